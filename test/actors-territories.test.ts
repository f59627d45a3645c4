import { describe, expect, it } from 'vitest';
import { loadDefaultResolver } from '../src/actors/index.js';

// Territories stand for the state they belong to; separatist authorities are rebels
const resolver = loadDefaultResolver();

function codeOf(text: string, words: string, date = '2016-01-01'): string | undefined {
  return resolver.findMentions(text, { date }).find((m) => m.text === words)?.code;
}

describe('territories coded as their state', () => {
  it.each([
    ['Moscow completed its seizure of Crimea within weeks.', 'Crimea', 'UKR'],
    ['Artillery hit Luhansk again on Tuesday.', 'Luhansk', 'UKR'],
    ['The Kremlin recognised Abkhazia after the war.', 'Abkhazia', 'GEO'],
    ['Peacekeepers left South Ossetia.', 'South Ossetia', 'GEO'],
    ['Baku launched an offensive on Nagorno-Karabakh.', 'Nagorno-Karabakh', 'AZE'],
    ['Airstrikes on the Gaza Strip resumed.', 'the Gaza Strip', 'PSE'],
    ['Settlement building in the West Bank drew protests.', 'the West Bank', 'PSE'],
    ['Washington recognised Israeli rule over the Golan Heights.', 'the Golan Heights', 'SYR'],
    ['Ankara warned of an assault on Idlib.', 'Idlib', 'SYR'],
    ['Beijing tightened its grip on Xinjiang.', 'Xinjiang', 'CHN'],
    ['Pyongyang threatened to fire missiles at Guam.', 'Guam', 'USAGUM'],
  ])('%s', (text, words, code) => {
    expect(codeOf(text, words)).toBe(code);
  });
  it('separatist authorities are rebels of the state they fight or serve', () => {
    expect(codeOf('The Donetsk People’s Republic held a vote.', 'Donetsk People’s Republic')).toBe('UKRREB');
    expect(codeOf('Donetsk separatists shelled the airport.', 'Donetsk separatists')).toBe('UKRREB');
    expect(codeOf('The Republic of Artsakh dissolved itself.', 'Republic of Artsakh', '2023-09-28')).toBe(
      'ARMREB',
    );
  });
  it("a dependent territory keeps its own code under its sovereign's, as Phoenix codes it", () => {
    expect(codeOf('A hurricane struck Puerto Rico.', 'Puerto Rico')).toBe('USAPRI');
    expect(codeOf('Spain tightened checks on the border with Gibraltar.', 'Gibraltar')).toBe('GBRGIB');
    expect(codeOf('Washington renewed its offer to buy Greenland.', 'Greenland')).toBe('DNKGRL');
    expect(
      codeOf('Argentina landed troops on the Falkland Islands.', 'the Falkland Islands') ??
        codeOf('Argentina landed troops on the Falkland Islands.', 'Falkland Islands'),
    ).toBe('GBRFLK');
  });
  it('a territory with its own standing in the dictionary keeps its own code', () => {
    expect(codeOf('Beijing imposed a security law on Hong Kong.', 'Hong Kong')).toBe('HKG');
  });
});
