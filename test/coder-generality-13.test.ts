/**
 * Table tests of constructions found missing in the sixteenth session, on the development sets
 * and on sentences of our own. Each row is our own text with the events that must (and must not)
 * come out.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { type CoderRow, checkRow, markdownReport, shown } from './helpers/coder-rows.js';

const coder = createCoder();

const rows: Record<string, CoderRow[]> = {
  'forces named by their arm or formation with a country adjective': [
    { text: 'Honduran aircraft bombed Salvadoran towns.', expect: ['HND>SLV:19'] },
    {
      text: 'Ugandan battalions crossed into Tanzania and attacked Tanzanian villages.',
      expect: ['UGA>TZA:19'],
    },
  ],
  'an irregular past the tagger does not know, read as the verb after its subject': [
    { text: 'Libyan troops overran Chadian positions at Faya.', expect: ['LBY>TCD:19'] },
  ],
  '"provided" opening a condition gives nothing': [
    {
      text: 'Havana said it would meet Washington, provided Washington lifted its travel ban.',
      expect: [],
      absent: ['CUB>USA:06'],
    },
    { text: 'Moscow provided Damascus with air defence systems.', expect: ['RUS>SYR:07'] },
  ],
  'an act called a breach or an escalation': [
    {
      text: 'Canberra called the new tariffs a breach of the free trade agreement with Beijing.',
      expect: ['AUS>CHN:11'],
    },
  ],
  "an office in apposition to a named person is that person's": [
    {
      text: 'In Berlin, Olaf Scholz, the chancellor, called the Russian strikes barbaric.',
      expect: ['DEU>RUS:111'],
      absent: ['RUS>RUS'],
    },
  ],
  'talks and channels called off': [
    {
      text: 'The same evening Beijing called off two channels of military dialogue with Washington.',
      expect: ['CHN>USA:164'],
    },
  ],
  'a state held responsible, data handed over': [
    {
      text: 'Canberra and Ottawa formally held Tehran responsible for the downing.',
      expect: ['AUS>IRN:112', 'CAN>IRN:112'],
    },
    {
      text: 'Ottawa imposed sanctions on seventeen Saudi nationals it held responsible for the killing.',
      expect: ['CAN>SAU:163'],
      absent: ['CAN>SAU:112'],
    },
    { text: 'Minsk handed the radar data to the Lithuanian investigators in 2021.', expect: ['BLR>LTU:064'] },
  ],
  'a craft of the other side shot down, whatever its type, after a fronted span of time': [
    { text: 'Four days later Saudi fighter aircraft shot down an Iranian F-4.', expect: ['SAU>IRN:190'] },
    {
      text: 'In 1988 the USS Vincennes shot down an Iranian airliner over the Gulf.',
      expect: ['USA>IRN:190'],
    },
    { text: 'The delegates shot down the proposal.', expect: [] },
  ],
  'restrictions relaxed, missions pelted, forces and missions surrounded': [
    {
      text: 'In 1978 Washington relaxed its restrictions on travel to and trade with Havana.',
      expect: ['USA>CUB:081'],
    },
    { text: 'Indian troops surrounded a Chinese patrol and destroyed it.', expect: ['IND>CHN:190'] },
    { text: 'Iranian guards surrounded the British embassy.', expect: ['IRN>GBR:191'] },
    { text: 'Angry Iranian crowds pelted the Danish embassy with stones.', expect: ['IRN>DNK:145'] },
  ],
  'an accord declared void, a truce reaffirmed': [
    { text: 'In 1960 Quito declared the protocol with Peru null and void.', expect: ['ECU>PER:127'] },
    { text: 'In March Quito and Lima reaffirmed the ceasefire.', expect: ['ECU>PER:0871'] },
  ],
  'forces withdrawn with no agent named, a gerund after the time spent': [
    {
      text: 'By early August the last Salvadoran units had been pulled back out of Honduras.',
      expect: ['SLV>HND:087'],
    },
    {
      text: 'The American envoy spent two weeks shuttling between Cairo and Jerusalem.',
      expect: ['USA>EGY:045', 'USA>ISR:045'],
    },
  ],
  'an act called "an act of aggression", or unforgivable': [
    {
      text: 'A North Korean torpedo sank the corvette. The White House called the sinking "an act of aggression".',
      expect: ['USA>PRK:111'],
    },
    {
      text: 'Pyongyang shelled the island. Tokyo called the shelling unforgivable.',
      expect: ['JPN>PRK:111'],
    },
  ],
  "a mission's staff withdrawn": [
    { text: 'Canadian diplomats withdrew from Caracas.', expect: ['CAN>VEN:166'] },
    { text: 'Russian troops withdrew from Kherson.', expect: ['RUS>UKR:087'], absent: ['RUS>UKR:166'] },
  ],
};

for (const [construction, cases] of Object.entries(rows)) {
  describe(construction, () => {
    for (const row of cases) it(row.text, () => checkRow(coder, row));
  });
}

describe('an office named without its country', () => {
  it('is the country the paragraph opens on, not one named inside a compound after it', async () => {
    const doc = await markdownReport('Beijing and Taipei after the visit', '2022-08-20', [
      'The delegation from Washington spent a day in Taiwan.',
      "Beijing's reply was swift. That night the foreign ministry denounced the trip as a breach of the one-China policy. Within hours a vice foreign minister summoned the American ambassador.",
    ]);
    const events = shown(coder.codeDocument(doc));
    expect(events.some((e) => e.startsWith('CHN>') && e.endsWith(':111'))).toBe(true);
    expect(events.filter((e) => e.startsWith('TWN>CHN'))).toEqual([]);
    expect(events.some((e) => /^CHN>USA:1/.test(e))).toBe(true);
  });
});

describe("a State Department cable's voice", () => {
  const cable = [
    'O 101200Z MAR 79',
    'FROM: AMEMBASSY AMMAN',
    'TO: SECSTATE WASHDC IMMEDIATE',
    'SUBJECT: THE KING AND THE TREATY',
    '1. In March the President flew to Amman and met King Hussein.',
  ];
  it('makes "the President" the American one', async () => {
    const doc = await markdownReport('Embassy Amman cable', '1979-03-12', cable);
    const events = shown(coder.codeDocument(doc));
    expect(events).toContain('USA>JOR:042');
  });
  it('leaves an unaddressed report alone', async () => {
    const doc = await markdownReport('Notes on Jordan', '1979-03-12', [cable[4]]);
    const events = shown(coder.codeDocument(doc));
    expect(events.filter((e) => e.startsWith('USA>'))).toEqual([]);
  });
});

describe("a wire dispatch's dateline", () => {
  it('is no antecedent of the pronoun in the story', async () => {
    const doc = await markdownReport('Wire stories', '2010-05-26', [
      'SEOUL, May 25 (Newswire) — North Korea said on Tuesday it was cutting all ties with South Korea.',
    ]);
    const events = shown(coder.codeDocument(doc));
    expect(events).toContain('PRK>KOR:161');
    expect(events.filter((e) => e.startsWith('KOR>KOR'))).toEqual([]);
  });
});

describe('an answer in kind', () => {
  it('repeats the deed answered, not the words said about it', async () => {
    const doc = await markdownReport('Berlin and Moscow', '2021-12-20', [
      'On 15 December Berlin expelled two Russian diplomats, and the chancellor called the murder a breach of German sovereignty. Moscow answered in kind within the week.',
    ]);
    const events = shown(coder.codeDocument(doc));
    expect(events).toContain('RUS>DEU:174');
    expect(events.filter((e) => /^RUS>DEU:11/.test(e))).toEqual([]);
  });
});

describe('a report on two neighbours', () => {
  const title = 'Guatemala and Belize';
  it('reads "Central America" as the region, not the United States', async () => {
    const doc = await markdownReport(title, '2020-01-10', [
      'Belize, the least populous country in Central America, protested to Guatemala.',
    ]);
    const events = shown(coder.codeDocument(doc));
    expect(events).toContain('BLZ>GTM:114');
    expect(events.filter((e) => e.includes('USA'))).toEqual([]);
  });
  it('takes a government named by its head as a state, through a relative clause', async () => {
    const doc = await markdownReport(title, '2020-01-10', [
      'The government of Manuel Esquivel, which feared an incursion, accused Guatemala of massing troops.',
    ]);
    expect(shown(coder.codeDocument(doc))).toContain('BLZ>GTM:112');
  });
  it('codes an accord left to lapse as a rejection by the side that declined', async () => {
    const doc = await markdownReport(title, '2020-01-10', [
      'A fishing accord of 2009 lapsed in March, and Guatemala City declined to renew it.',
    ]);
    expect(shown(coder.codeDocument(doc))).toContain('GTM>BLZ:127');
  });
});

describe("a memoir's writer posted in a capital", () => {
  it('speaks for the state that posted him, not the one whose capital he served in', async () => {
    const doc = await markdownReport('Recollections of a Hungarian diplomat', '2001-04-20', [
      '*From the memoir of a former counsellor of the Hungarian embassy in Vienna.*',
      'Anyone who served in Vienna in those years remembers the cold. We in the embassy protested twice to the Austrian foreign ministry about the searches at our gate.',
    ]);
    const events = shown(coder.codeDocument(doc));
    expect(events.some((e) => e.startsWith('HUN>AUT:11'))).toBe(true);
    expect(events.filter((e) => e.startsWith('AUT>AUT'))).toEqual([]);
  });
});

describe("a ministry's briefing in its own voice", () => {
  const opening =
    'Weekly briefing by the spokesperson of the Ministry of Foreign Affairs of the Republic of Belarus.';
  it('gives "our" bodies, praise of colleagues and refusals to take part to that state', async () => {
    const doc = await markdownReport('Briefing', '2022-11-24', [
      opening,
      'Our Defence Ministry protested to Vilnius. We value the balanced position of our Latvian colleagues. We will not take part in talks whose outcome has been decided in advance.',
    ]);
    const events = shown(coder.codeDocument(doc));
    expect(events).toContain('BLR>LTU:114');
    expect(events).toContain('BLR>LVA:051');
    expect(events.some((e) => /^BLR>\w+:125$/.test(e))).toBe(true);
  });
  it('places a court by the city it sits in, for later mentions of "the court" too', async () => {
    const doc = await markdownReport('Briefing', '2022-11-24', [
      opening,
      'A week ago the District Court of Vilnius delivered its verdict. The court also declared that Belarus had organised the crossings. We regard this verdict as politically motivated.',
    ]);
    const events = shown(coder.codeDocument(doc));
    expect(events).toContain('BLR>LTU:111');
  });
});

describe('a subject pronoun joined to a name by "and"', () => {
  it('makes both the subject of a joint act', async () => {
    const doc = await markdownReport('Moscow and Beijing', '2001-04-20', [
      'Kosygin flew to Beijing on 11 September. He and Zhou Enlai talked for three hours at the airport.',
    ]);
    expect(shown(coder.codeDocument(doc))).toContain('RUS>CHN:040');
  });
});

describe('"the Foreign Office" with capitals', () => {
  it("is Berlin's in a report on Germany and a partner other than Britain, else London's", async () => {
    const german = await markdownReport('Germany and Morocco', '2022-09-12', [
      'The Foreign Office published a statement describing Morocco as a central partner.',
    ]);
    expect(shown(coder.codeDocument(german))).toContain('DEU>MAR:051');
    const british = await markdownReport('Britain and Iran', '2022-09-12', [
      'The Foreign Office summoned the Iranian ambassador.',
    ]);
    expect(shown(coder.codeDocument(british))).toContain('GBR>IRN:114');
  });
});

describe('parties brought together by a third', () => {
  it('is a mediation with each of them', async () => {
    const doc = await markdownReport('Iceland and Britain', '1976-06-01', [
      'Reykjavik broke off relations with London in February. In the end it was the Norwegians who brought the two sides together.',
      'Fidel Castro brought the leaders of Somalia and Ethiopia together in Aden.',
    ]);
    const events = shown(coder.codeDocument(doc));
    expect(events).toEqual(
      expect.arrayContaining(['NOR>ISL:045', 'NOR>GBR:045', 'CUB>SOM:045', 'CUB>ETH:045']),
    );
  });
});
