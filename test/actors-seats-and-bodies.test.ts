import { describe, expect, it } from 'vitest';
import { loadDefaultResolver } from '../src/actors/index.js';

// Seats of power, ministries and legislatures stand for their government
const resolver = loadDefaultResolver();

function mentionsOf(text: string, date = '2016-01-01') {
  return resolver.findMentions(text, { date });
}

function codeOf(text: string, words: string, date = '2016-01-01'): string | undefined {
  return mentionsOf(text, date).find((m) => m.text === words)?.code;
}

describe('ministries, seats and legislatures', () => {
  it.each([
    ['The Treasury added three banks to its list.', 'The Treasury', 'USAGOV'],
    ['The Treasury Department froze the assets.', 'Treasury Department', 'USAGOV'],
    ['The Commerce Department restricted chip exports to the firm.', 'Commerce Department', 'USAGOV'],
    ['An entity list kept by the Department of Commerce grew.', 'Department of Commerce', 'USAGOV'],
    ['The Justice Department indicted two officers.', 'Justice Department', 'USAGOV'],
    ['Jerusalem protested the sale of the missiles.', 'Jerusalem', 'ISR'],
    ['The Bundestag approved the mission.', 'Bundestag', 'DEULEG'],
    ['A bill in the Duma would ban the group.', 'the Duma', 'RUSLEG'],
    ['The Blue House welcomed the offer.', 'Blue House', 'KORGOV'],
    ['Ecuadorian troops patrolled the border.', 'Ecuadorian troops', 'ECUMIL'],
    ['The M23 seized the town of Bunagana.', 'M23', 'CODREB'],
  ])('%s', (text, words, code) => {
    expect(codeOf(text, words)).toBe(code);
  });

  it('reads East Jerusalem as a place, not the Israeli government', () => {
    expect(mentionsOf('Families were evicted in East Jerusalem.').some((m) => m.code === 'ISR')).toBe(false);
  });
});
