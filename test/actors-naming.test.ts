import { describe, expect, it } from 'vitest';
import { type ActorMention, loadDefaultResolver } from '../src/actors/index.js';

const resolver = loadDefaultResolver();

function find(text: string, date = '2015-06-01'): ActorMention[] {
  return resolver.findMentions(text, { date });
}

function codes(text: string, date?: string): [string, string][] {
  return find(text, date).map((m) => [m.text, m.code]);
}

function one(text: string, words: string, date?: string): ActorMention {
  const m = find(text, date).find((x) => x.text === words);
  if (!m) throw new Error(`no mention "${words}" in ${JSON.stringify(find(text, date).map((x) => x.text))}`);
  return m;
}

describe('names, short forms, metonyms and demonyms', () => {
  it('resolves country names and official names', () => {
    expect(codes('Russia and the Russian Federation courted the Islamic Republic of Iran.')).toEqual([
      ['Russia', 'RUS'],
      ['Russian Federation', 'RUS'],
      ['Islamic Republic of Iran', 'IRN'],
    ]);
  });

  it('treats capitals and seats of power as metonyms', () => {
    const ms = find(
      'The Kremlin warned Washington, while Tehran and Beijing watched Foggy Bottom and Whitehall.',
    );
    expect(ms.map((m) => [m.text, m.code, m.how])).toEqual([
      ['The Kremlin', 'RUS', 'metonym'],
      ['Washington', 'USA', 'metonym'],
      ['Tehran', 'IRN', 'metonym'],
      ['Beijing', 'CHN', 'metonym'],
      ['Foggy Bottom', 'USA', 'metonym'],
      ['Whitehall', 'GBR', 'metonym'],
    ]);
  });

  it('codes Brussels as the EU, not Belgium', () => {
    expect(one('Brussels imposed new restrictions.', 'Brussels').code).toBe('IGOEUREEC');
  });

  it('reads plural demonyms as the state, marking plural and generic', () => {
    const the = one('Later the Iranians sued the Russians.', 'Iranians');
    expect([the.code, the.how, the.plural, the.generic]).toEqual(['IRN', 'demonym', true, undefined]);
    const bare = one('Many Iranians distrust Moscow.', 'Iranians');
    expect(bare.generic).toBe(true);
    expect(one('Later the Iranians sued the Russians.', 'Russians').code).toBe('RUS');
  });

  it('reads adjectives and Soviet as demonyms', () => {
    expect(codes('Iranian anger at the Soviet withdrawal')).toEqual([
      ['Iranian', 'IRN'],
      ['Soviet', 'USR'],
    ]);
    expect(one('the Soviet Union collapsed', 'Soviet Union').country).toBe('RUS');
  });

  it('matches US only in capitals, with or without dots', () => {
    expect(codes('Let us see what the US and the U.S. Congress do.')).toEqual([
      ['US', 'USA'],
      ['U.S. Congress', 'USALEG'],
    ]);
  });

  it('tolerates case in role nouns but not in names', () => {
    expect(codes('RUSSIAN TROOPS crossed; chinese officials left')).toEqual([['RUSSIAN TROOPS', 'RUSMIL']]);
  });
});

describe('possessives, hyphenated compounds and lists', () => {
  it('keeps the possessive out of the span and flags it', () => {
    const m = one("Iran's nuclear programme worried Russia’s diplomats.", 'Iran');
    expect(m.possessive).toBe(true);
    expect(one("Iran's nuclear programme worried Russia’s diplomats.", 'Russia’s diplomats').code).toBe(
      'RUSGOV',
    );
  });

  it('splits Iranian-Russian and Tehran-Moscow into two mentions', () => {
    expect(codes('the Iranian-Russian partnership and the Tehran-Moscow axis')).toEqual([
      ['Iranian', 'IRN'],
      ['Russian', 'RUS'],
      ['Tehran', 'IRN'],
      ['Moscow', 'RUS'],
    ]);
  });

  it('reads X-backed and X-led as the country with the compound word', () => {
    const ms = find(
      'the Pakistani and Saudi-backed Taliban joined the Russia-led Eurasian Economic Union',
      '1998',
    );
    expect(ms.map((m) => [m.text, m.code, m.compound])).toEqual([
      ['Pakistani', 'PAK', undefined],
      ['Saudi', 'SAU', 'backed'],
      ['Taliban', 'AFGGOV', undefined],
      ['Russia', 'RUS', 'led'],
      ['Eurasian Economic Union', 'IGOCASEEU', undefined],
    ]);
  });

  it('flags pro- and anti- prefixes', () => {
    expect(one('an anti-American front', 'American').prefix).toBe('anti');
    expect(one('the anti-Western camp', 'Western').code).toBe('WST');
  });

  it('gives one mention per member of a list', () => {
    expect(codes('Among its defenders were Russia, China, Cuba and Venezuela.')).toEqual([
      ['Russia', 'RUS'],
      ['China', 'CHN'],
      ['Cuba', 'CUB'],
      ['Venezuela', 'VEN'],
    ]);
  });

  it('shares a role noun across a list of demonyms', () => {
    expect(codes('Russian and Iranian officials called the ties strategic.')).toEqual([
      ['Russian', 'RUSGOV'],
      ['Iranian officials', 'IRNGOV'],
    ]);
  });
});

describe('agents: country plus role noun', () => {
  it.each([
    ['Russian troops entered the town.', 'Russian troops', 'RUSMIL'],
    ['One member of the Iranian parliament spoke out.', 'member of the Iranian parliament', 'IRNLEG'],
    [
      "Iran's largest telecommunications firm signed the deal.",
      "Iran's largest telecommunications firm",
      'IRNBUS',
    ],
    ['It bought the system from a Chinese company.', 'Chinese company', 'CHNBUS'],
    ['A Russian minister cancelled his trip.', 'Russian minister', 'RUSGOV'],
    ['Iranian officials and commentators complained.', 'Iranian officials', 'IRNGOV'],
    ['Russian commentators praised Iran.', 'Russian commentators', 'RUSMED'],
    ['The government of Iran denied it.', 'government of Iran', 'IRNGOV'],
    ['Syrian rebels lost ground.', 'Syrian rebels', 'SYRREB'],
    ['Turkish police detained him.', 'Turkish police', 'TURCOP'],
    ['an Iranian court ruled', 'Iranian court', 'IRNJUD'],
    ['Iranian protesters gathered', 'Iranian protesters', 'IRNOPP'],
    ['US officials said', 'US officials', 'USAGOV'],
    ['Western broadcasters such as the BBC', 'Western broadcasters', 'WSTMED'],
  ])('%s', (text, words, code) => {
    const m = one(text, words);
    expect(m.code).toBe(code);
    expect(m.how).toBe('agent');
  });

  it('spans "the head of the Russian Security Council" and codes it RUSGOV', () => {
    const m = one(
      'Khamenei told Igor Ivanov, the head of the Russian Security Council, of his plan.',
      'head of the Russian Security Council',
      '2007-01-15',
    );
    expect(m.code).toBe('RUSGOV');
  });

  it('marks "a Chinese company" generic and "Russian troops" plural', () => {
    expect(one('a Chinese company', 'Chinese company').generic).toBe(true);
    expect(one('Russian troops', 'Russian troops').plural).toBe(true);
  });

  it('composes a leader name with government: "the Rouhani government"', () => {
    const m = one('the Rouhani government favoured Western goods', 'Rouhani government', '2016');
    expect([m.code, m.type]).toEqual(['IRNGOV', 'government']);
  });

  it('does not compose across a verb', () => {
    expect(codes('Russia deployed troops to Syria.')).toEqual([
      ['Russia', 'RUS'],
      ['Syria', 'SYR'],
    ]);
  });
});

describe('people and dated roles', () => {
  it('codes Putin by the role he held: prime minister in 2010, president in 2015', () => {
    const pm = one('President Putin visited Tehran.', 'President Putin', '2010-06-01');
    expect([pm.code, pm.how, pm.role]).toEqual(['RUSGOV', 'title', 'prime minister']);
    expect(one('Putin visited Tehran.', 'Putin', '2015-11-23').role).toBe('president');
  });

  it('codes Medvedev, Rouhani and Kharazi at their dates', () => {
    expect(one('Medvedev banned the sale.', 'Medvedev', '2009').code).toBe('RUSGOV');
    expect(one('Rouhani led the talks.', 'Rouhani', '2005-03').role).toMatch(
      /Supreme National Security Council/,
    );
    expect(one('Rouhani led the talks.', 'Rouhani', '2015').role).toBe('president');
    expect(one('Foreign Minister Kamal Kharazi said', 'Foreign Minister Kamal Kharazi', '2001').code).toBe(
      'IRNGOV',
    );
  });

  it('switches roles exactly at the boundary (upper bound exclusive)', () => {
    expect(one('Medvedev spoke.', 'Medvedev', '2008-05-06').role).toMatch(/first deputy prime minister/);
    expect(one('Medvedev spoke.', 'Medvedev', '2008-05-07').role).toBe('president');
    expect(one('Medvedev spoke.', 'Medvedev', '2012-05-08').role).toBe('prime minister');
    expect(one('Kharazi spoke.', 'Kharazi', '2005-08-23').role).toBe('foreign minister');
    expect(one('Kharazi spoke.', 'Kharazi', '2005-08-24').fallback).toBe('country');
  });

  it('falls back to the country when no role holds at the date', () => {
    const m = one('Ahmadinejad spoke.', 'Ahmadinejad', '1990');
    expect([m.code, m.fallback]).toEqual(['IRN', 'country']);
  });

  it('codes IRGC commanders IRNMIL and keeps the IRGC distinguishable', () => {
    const s = one('Qasem Soleimani flew to Moscow.', 'Qasem Soleimani', '2015-07');
    expect([s.code, s.role]).toEqual(['IRNMIL', 'commander of the IRGC Quds Force']);
    const irgc = one('The IRGC praised Russia.', 'IRGC');
    expect([irgc.code, irgc.entryId]).toEqual(['IRNMIL', 'irgc']);
    expect(one('The Quds Force trained them.', 'Quds Force').entryId).toBe('quds-force');
  });

  it('folds "Then-Iranian President" and "Supreme Leader Ayatollah" into the person', () => {
    const r = one(
      'Then-Iranian President Akbar Hashemi Rafsanjani went to Moscow.',
      'Then-Iranian President Akbar Hashemi Rafsanjani',
      '1989-06-20',
    );
    expect([r.code, r.entryId]).toEqual(['IRNLEG', 'rafsanjani']);
    expect(
      one(
        'Then-Iranian President Akbar Hashemi Rafsanjani went to Moscow.',
        'Then-Iranian President Akbar Hashemi Rafsanjani',
        '1990',
      ).role,
    ).toBe('president');
    const k = one(
      'Supreme Leader Ayatollah Ali Khamenei received him.',
      'Supreme Leader Ayatollah Ali Khamenei',
      '2007',
    );
    expect([k.code, k.role, k.entryIds.includes('agent-president')]).toEqual([
      'IRNGOV',
      'Supreme Leader',
      true,
    ]);
  });

  it('prefers the namesake in office: Bush, Rice, Ivanov', () => {
    expect(one('Bush met Putin.', 'Bush', '1990').entryId).toBe('bush-sr');
    expect(one('Bush met Putin.', 'Bush', '2003').entryId).toBe('bush');
    expect(one('Rice flew to Moscow.', 'Rice', '2006').entryId).toBe('condoleezza-rice');
    expect(one('Rice flew to Moscow.', 'Rice', '2014').entryId).toBe('susan-rice');
    expect(one('Ivanov said', 'Ivanov', '2005').alternatives?.length).toBeGreaterThan(0);
  });

  it('matches "May" only after a title, and "Gates" not beside another capitalised name', () => {
    expect(codes('In May 2017 Prime Minister May met the press.', '2017-05-02')).toEqual([
      ['Prime Minister May', 'GBRGOV'],
    ]);
    expect(codes('Bill Gates met Robert Gates.', '2008')).toEqual([['Robert Gates', 'USAGOV']]);
  });

  it('takes a guarded surname alone for the holder in office of a country the report is about', () => {
    const pair = (text: string, date: string, countries: string[]) =>
      resolver.findMentions(text, { date, bareSurnameCountries: countries }).map((m) => [m.text, m.code]);
    expect(pair('Sadat read the letter from Begin twice.', '1977-11-15', ['EGY', 'ISR'])).toContainEqual([
      'Begin',
      'ISRGOV',
    ]);
    expect(pair("Begin's answer was long.", '1977-11-22', ['EGY', 'ISR'])).toEqual([['Begin', 'ISRGOV']]);
    expect(pair('Begin came back on Sunday.', '1977-12-22', ['EGY', 'ISR'])).toEqual([['Begin', 'ISRGOV']]);
    // a report on another pair, a date out of office, a sentence's first word, a month: no name
    expect(pair('A letter came from Begin.', '1977-11-15', ['GBR', 'ISL'])).toEqual([]);
    expect(pair('A letter came from Begin.', '1990-01-15', ['EGY', 'ISR'])).toEqual([]);
    expect(pair('Begin the talks at once.', '1977-11-15', ['EGY', 'ISR'])).toEqual([]);
    expect(pair('The talks resumed in May.', '2017-05-02', ['GBR', 'EUR'])).toEqual([]);
  });
});

describe('false friends', () => {
  it('does not take Jordan, Georgia or China inside other names', () => {
    expect(codes('Michael Jordan flew over the South China Sea and Atlanta, Georgia.')).toEqual([]);
    expect(codes('Jordan and Georgia signed.')).toEqual([
      ['Jordan', 'JOR'],
      ['Georgia', 'GEO'],
    ]);
  });

  it('takes a guarded name after a number, which is no first name', () => {
    expect(codes('In 2019 Georgia and Moldova signed.')).toEqual([
      ['Georgia', 'GEO'],
      ['Moldova', 'MDA'],
    ]);
    expect(codes('By 1991 Jordan had left.')).toEqual([['Jordan', 'JOR']]);
  });

  it('never returns overlapping mentions, sorted by start', () => {
    const ms = find(
      'The UN Security Council, the United Nations Human Rights Council and the IAEA met Iran’s envoy.',
    );
    for (let i = 1; i < ms.length; i++) expect(ms[i].start).toBeGreaterThanOrEqual(ms[i - 1].end);
    expect(ms.map((m) => m.code)).toEqual(['IGOUNO', 'IGOUNOHRI', 'IGOUNOIAE', 'IRNGOV']);
  });
});

describe('the seed essay actors, in our own words', () => {
  it.each([
    [
      'In late 2015 Moscow chose to send its air force to the war in Syria.',
      [
        ['Moscow', 'RUS'],
        ['Syria', 'SYR'],
      ],
    ],
    [
      'Washington worried that Vladimir Putin wanted to replace American influence.',
      [
        ['Washington', 'USA'],
        ['Vladimir Putin', 'RUSGOV'],
        ['American', 'USA'],
      ],
    ],
    [
      'Yeltsin and Rafsanjani announced arms deals.',
      [
        ['Yeltsin', 'RUSGOV'],
        ['Rafsanjani', 'IRNGOV'],
      ],
    ],
    [
      'Vice President Al Gore and Prime Minister Viktor Chernomyrdin signed a secret deal.',
      [
        ['Vice President Al Gore', 'USAGOV'],
        ['Prime Minister Viktor Chernomyrdin', 'RUSGOV'],
      ],
    ],
    [
      'Dehghan, the Iranian defence minister, spoke of betrayal.',
      [
        ['Dehghan', 'IRNGOV'],
        ['Iranian defence minister', 'IRNGOV'],
      ],
    ],
    [
      'Kayhan compared the deal to Soviet Pravda.',
      [
        ['Kayhan', 'IRNMED'],
        ['Soviet', 'USR'],
        ['Pravda', 'RUSMED'],
      ],
    ],
    [
      'The Gulf Arabs, the Turks and the Israelis dealt with Moscow.',
      [
        ['Gulf Arabs', 'PGS'],
        ['Turks', 'TUR'],
        ['Israelis', 'ISR'],
        ['Moscow', 'RUS'],
      ],
    ],
    [
      'Tehran chaired the Organization of Islamic States (OIC) and wanted to join the Shanghai Cooperation Organization.',
      [
        ['Tehran', 'IRN'],
        ['Organization of Islamic States', 'IGOMOSOIC'],
        ['OIC', 'IGOMOSOIC'],
        ['Shanghai Cooperation Organization', 'IGOCASSCO'],
      ],
    ],
    [
      'The European Union (EU) limited sales to Iran after the Green opposition movement protests.',
      [
        ['European Union', 'IGOEUREEC'],
        ['EU', 'IGOEUREEC'],
        ['Iran', 'IRN'],
        ['Green opposition movement', 'IRNOPP'],
      ],
    ],
    [
      'Ankara backed Azerbaijan against Armenia in the South Caucasus.',
      [
        ['Ankara', 'TUR'],
        ['Azerbaijan', 'AZE'],
        ['Armenia', 'ARM'],
        ['South Caucasus', 'CAU'],
      ],
    ],
    [
      "RT was launched two years before Iran's Press TV.",
      [
        ['RT', 'RUSMED'],
        ['Iran', 'IRN'],
        ['Press TV', 'IRNMED'],
      ],
    ],
    [
      'the Northern Alliance fought the Taliban',
      [
        ['Northern Alliance', 'AFGREB'],
        ['Taliban', 'AFGGOV'],
      ],
    ],
  ])('%s', (text, expected) => {
    const date = text.includes('Gore')
      ? '1995-06'
      : text.includes('Yeltsin')
        ? '1992'
        : text.includes('Northern')
          ? '1998'
          : '2016';
    expect(codes(text, date)).toEqual(expected);
  });
});

describe('names listed in two cases', () => {
  it('finds an acronym also spelt with one capital, as the British press writes it', () => {
    expect(
      codes('Nato and NATO are one alliance; Tass and TASS one agency.').map(([t, c]) => [t, c.slice(0, 9)]),
    ).toEqual([
      ['Nato', 'IGOWSTNAT'],
      ['NATO', 'IGOWSTNAT'],
      ['Tass', codes('TASS reported it.')[0][1].slice(0, 9)],
      ['TASS', codes('TASS reported it.')[0][1].slice(0, 9)],
    ]);
  });

  it('still wants the capital where both spellings have one', () => {
    expect(codes('The nato summit opened.')).toEqual([]);
  });
});
