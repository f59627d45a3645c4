import { describe, expect, it } from 'vitest';
import { type ActorMention, loadDefaultResolver } from '../src/actors/index.js';

// Reviewer findings on the people files: bare Korean surnames, titled names that two people share,
// Gulf rulers' usual forms, and roles held outside the top office
const resolver = loadDefaultResolver();

function find(text: string, words: string, date: string): ActorMention | undefined {
  return resolver.findMentions(text, { date }).find((m) => m.text === words);
}

function who(text: string, words: string, date: string): string {
  const m = find(text, words, date);
  if (!m) throw new Error(`no mention "${words}" in "${text}" at ${date}`);
  return `${m.entryId} ${m.code}`;
}

describe('North and South Korean surnames', () => {
  const line = 'Kim sent a letter to Seoul last week.';
  it('a bare Kim is the North Korean leader of the day, successors included', () => {
    expect(who(line, 'Kim', '1991-03-01')).toBe('kim-il-sung PRKGOV');
    expect(who(line, 'Kim', '1994-07-08')).toBe('kim-jong-il PRKGOV');
    expect(who(line, 'Kim', '2011-12-16')).toBe('kim-jong-il PRKGOV');
    expect(who(line, 'Kim', '2011-12-17')).toBe('kim-jong-un PRKGOV');
    expect(who(line, 'Kim', '2019-02-27')).toBe('kim-jong-un PRKGOV');
  });
  it('a South Korean Kim needs a title, and the title picks him over the northern leader', () => {
    const text = 'Talks opened in Pyongyang, and President Kim praised the hosts.';
    expect(who(text, 'President Kim', '2000-06-14')).toBe('kim-dae-jung KORGOV');
    expect(who(text, 'President Kim', '1995-05-01')).toBe('kim-young-sam KORGOV');
    expect(who('South Korean President Kim flew home.', 'South Korean President Kim', '2000-06-15')).toBe(
      'kim-dae-jung KORGOV',
    );
  });
  it('a bare Kim next to another capitalised word is someone else', () => {
    expect(find('Kim Darroch cabled London about the summit.', 'Kim', '2018-06-12')).toBeUndefined();
  });
  it('Moon, Yoon and Park alone resolve by date', () => {
    expect(who('Moon urged restraint on the peninsula.', 'Moon', '2018-09-19')).toBe('moon-jae-in KORGOV');
    expect(who('Yoon declared martial law overnight.', 'Yoon', '2024-12-03')).toBe('yoon-suk-yeol KORGOV');
    expect(who('Park visited Beijing for the parade.', 'Park', '2015-09-03')).toBe('park-geun-hye KORGOV');
    expect(who('Park seized power in a coup.', 'Park', '1962-01-01')).toBe('park-chung-hee KORGOV');
    expect(find('The Moon Treaty was signed.', 'Moon', '2018-01-01')).toBeUndefined();
  });
});

describe('titled names shared by two people', () => {
  const text = 'Saddam Hussein rejected the plan, and King Hussein flew to Baghdad to mediate.';
  it('King Hussein is the Jordanian king, not Saddam', () => {
    expect(who(text, 'King Hussein', '1990-08-03')).toBe('king-hussein JORGOV');
    expect(who(text, 'Saddam Hussein', '1990-08-03')).toBe('saddam IRQGOV');
  });
  it('a bare Hussein stays unresolved when it could be either', () => {
    expect(find('Hussein refused to withdraw.', 'Hussein', '1990-08-03')).toBeUndefined();
  });
});

describe('Gulf rulers under their common forms', () => {
  it.each([
    ['Tamim bin Hamad', 'tamim QATGOV'],
    ['Sheikh Tamim bin Hamad', 'tamim QATGOV'],
    ['Mohammed bin Salman', 'mbs SAUGOV'],
    ['MBS', 'mbs SAUGOV'],
    ['Mohamed bin Zayed', 'mbz AREGOV'],
    ['Sheikh Mohamed bin Zayed', 'mbz AREGOV'],
    ['MBZ', 'mbz AREGOV'],
  ])('%s', (name, expected) => {
    expect(who(`Officials said ${name} had spoken to the envoy.`, name, '2021-03-01')).toBe(expected);
  });
  it('MBN and the Qatari emir before he succeeded', () => {
    expect(who('MBN met the CIA director.', 'MBN', '2016-02-01')).toBe('mbn SAUGOV');
    expect(who('Tamim bin Hamad toured the stadium sites.', 'Tamim bin Hamad', '2010-12-03')).toBe(
      'tamim QATGOV',
    );
  });
});

describe('roles outside the top office', () => {
  it.each([
    ['Isaac Herzog', '2015-02-10', 'ISROPP'],
    ['Isaac Herzog', '2009-06-01', 'ISRGOV'],
    ['Isaac Herzog', '2022-03-01', 'ISRGOV'],
    ['Imran Khan', '2014-08-20', 'PAKOPP'],
    ['Imran Khan', '2019-01-01', 'PAKGOV'],
    ['Yulia Tymoshenko', '2003-06-01', 'UKROPP'],
    ['Yulia Tymoshenko', '2012-06-01', 'UKROPP'],
    ['Saddam Hussein', '1975-03-06', 'IRQGOV'],
    ['Ehud Olmert', '2004-01-01', 'ISRGOV'],
    ['Naftali Bennett', '2016-05-01', 'ISRGOV'],
    ['Yoav Gallant', '2024-11-06', 'ISRGOV'],
    ['Kim Jong Un', '2011-01-01', 'PRKGOV'],
  ])('%s on %s is %s', (name, date, code) => {
    const m = find(`${name} spoke to reporters.`, name, date);
    expect(m?.code).toBe(code);
    expect(m?.fallback).toBeUndefined();
  });
  it('a person before any role still falls back to the country', () => {
    expect(find('Naftali Bennett spoke to reporters.', 'Naftali Bennett', '1995-01-01')?.fallback).toBe(
      'country',
    );
  });
});
