/**
 * Table tests of constructions found missing in the twenty-second session, on sentences of our own:
 * accords told by a relative or reduced clause ("the memorandum they signed", "the treaty, signed in
 * 1990,") belong to the report's pair, and an accord signed in a capital is not that capital's act.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { type CoderRow, checkRow, markdownReport, shown } from './helpers/coder-rows.js';

const coder = createCoder();

/** the events coded in a report on Ghana and Togo made of these paragraphs */
const inReport = (paragraphs: string[]) =>
  markdownReport('Ghana and Togo', '2016-01-01', paragraphs).then((doc) => shown(coder.codeDocument(doc)));
const pairSigned = (got: string[]) => got.some((g) => /^(?:GHA>TGO|TGO>GHA):057$/.test(g));

describe('an accord told by the clause that signed it', () => {
  it.each([
    'The Border Agreement, which both governments signed on 9 August 1965, still holds.',
    'The memorandum they signed in Lome in August 2019 is finally in force.',
    'The Joint Declaration signed in Lome on 19 October 1956 ended the war.',
    'The Volta Treaty, signed in March 1990, ended the quarrel.',
  ])('is the report pair\'s: "%s"', async (text) => {
    expect(pairSigned(await inReport(['Ghana and Togo quarrelled over the border for years.', text]))).toBe(
      true,
    );
  });

  it('is no act told by "the biggest deal it has ever signed"', async () => {
    const got = await inReport([
      'Ghana and Togo quarrelled over the border for years.',
      'It was one of the biggest arms deals the Ghanaian government has ever signed.',
    ]);
    expect(got.filter((g) => g.endsWith(':057'))).toEqual([]);
  });

  it('is no act of a capital it was signed in', async () => {
    const got = await inReport(['The fisheries accord was signed in Accra in May 2010.']);
    expect(pairSigned(got)).toBe(true);
  });

  it('names another pair when the sentence does', async () => {
    const got = await inReport([
      'Ghana and Togo quarrelled over the border for years.',
      'Ghana honoured the Anglo-German treaty signed in Berlin in 1913.',
    ]);
    expect(pairSigned(got)).toBe(false);
  });
});

describe('a dispute taken to a court', () => {
  /** the events coded in a report on Mexico and Ecuador made of these paragraphs */
  const inMexicoEcuador = (text: string) =>
    markdownReport('Mexico and Ecuador', '2024-05-01', [
      'Relations between Mexico and Ecuador broke down in April.',
      text,
    ]).then((doc) => shown(coder.codeDocument(doc)));

  it.each([
    'Mexico decided to take the matter to the International Court of Justice.',
    'Mexico went to the International Court of Justice over the raid.',
    'Mexico also went to an arbitral tribunal over the raid.',
    'Mexico appealed to the Court, which has yet to rule.',
  ])('is a case against the other party: "%s"', async (text) => {
    const got = await inMexicoEcuador(text);
    expect(got).toContain('MEX>ECU:115');
    expect(got.filter((g) => g.startsWith('MEX>UNO'))).toEqual([]);
  });

  it('leaves a dispute put to a council a plea to the council', async () => {
    expect(await inMexicoEcuador('Mexico took the dispute to the Security Council.')).toContain(
      'MEX>UNO:020',
    );
  });
});

describe('"the two governments" after a sentence that named a bystander last', () => {
  it('are the report pair when both were just named', async () => {
    const got = await inReport([
      'Ghana and Togo condemned the raid that Nigeria carried out against Benin.',
      'The two governments signed a security pact the next day.',
    ]);
    expect(pairSigned(got)).toBe(true);
    expect(got.filter((g) => /NGA|BEN/.test(g) && g.endsWith(':057'))).toEqual([]);
  });
});

describe('a combining form before a hyphen', () => {
  it('names its state in a title and in the text', async () => {
    const doc = await markdownReport('Franco-German relations since 1963', '2023-01-22', [
      'The two governments signed the Treaty of Friendship in Paris in January 1963.',
      'In 1987 the Franco-German brigade was announced, and Sino-Soviet rivalry was fading.',
    ]);
    const got = shown(coder.codeDocument(doc));
    expect(got.some((g) => /^(?:FRA>DEU|DEU>FRA):057$/.test(g))).toBe(true);
    expect(got.filter((g) => g.includes('ESP'))).toEqual([]);
  });
});

const rows: Record<string, CoderRow[]> = {
  'a charge rejected is denied': [
    { text: 'Pakistan rejected the charge made by India.', expect: ['PAK>IND:016'], absent: ['PAK>IND:12'] },
    { text: 'Qatar dismissed the accusations of Saudi Arabia as baseless.', expect: ['QAT>SAU:016'] },
    // a territorial claim turned down is still a rejection
    {
      text: 'Ghana rejected the claim of Togo to the island.',
      expect: ['GHA>TGO:12'],
      absent: ['GHA>TGO:016'],
    },
  ],
  'praise for what two others do together': [
    {
      text: 'The United States welcomed the growing defence cooperation between India and Japan.',
      expect: ['USA>IND:051', 'USA>JPN:051'],
    },
  ],
  "an exercise held with others' forces": [
    {
      text: 'Japan hosted the exercise off Yokosuka with the navies of India and Australia.',
      expect: ['JPN>IND:062', 'JPN>AUS:062'],
      absent: ['JPN>IND:15', 'JPN>AUS:15'],
    },
    { text: 'China held drills off Taiwan.', expect: ['CHN>TWN:150'] },
  ],
  'forces a relative clause describes act for whoever sent them': [
    {
      text: 'The United Arab Emirates sent ground troops who helped to drive the Houthis out of Aden that July.',
      expect: ['ARE>YEM:190'],
    },
    { text: 'Russia sent mercenaries who attacked Malian villages.', expect: ['RUS>MLI:190'] },
  ],
  "drones and missiles striking the other side's towns": [
    {
      text: 'Houthi drones and missiles kept striking Saudi cities and oil facilities into 2022.',
      expect: ['YEM>SAU:195'],
    },
    { text: 'Russian troops struck Ukrainian towns.', expect: ['RUS>UKR:190'], absent: ['RUS>UKR:195'] },
  ],
  'the agent of a participle on the object is no party': [
    {
      text: 'Within a week India and Pakistan accept the ceasefire demanded by the Security Council.',
      expect: ['IND>PAK:0871'],
      absent: ['IND>UNO', 'PAK>UNO'],
    },
  ],
  'a bombing on the ground is no air raid': [
    {
      text: 'The Baloch Liberation Army says one of its members carried out the suicide bombing here that killed three Chinese teachers.',
      expect: ['PAK>CHN:1831'],
      absent: ['PAK>CHN:195'],
    },
    { text: 'Israeli jets carried out a bombing of Gaza.', expect: ['ISR>PSE:195'] },
  ],
  'investment pledged to another state': [
    { text: 'The Emir of Qatar pledged $15 billion of investment in Turkey.', expect: ['QAT>TUR:0331'] },
  ],
  'a wide gap ends where an actor and its verb open the main clause': [
    {
      text: 'In April 1986, after American aircraft had bombed Tripoli and Benghazi, Libya fired two missiles at the Italian island of Lampedusa.',
      expect: ['USA>LBY:195', 'LBY>ITA:195'],
      absent: ['USA>ITA'],
    },
  ],
  'a crowd that acts': [
    { text: 'A crowd attacked the Italian consulate in Benghazi.', expect: ['LBY>ITA:145'] },
    { text: 'The minister spoke to a crowd in Hamburg.', expect: [] },
  ],
  "a body recognised as a state's legitimate voice": [
    {
      text: "Rome recognised the National Transitional Council as Libya's legitimate interlocutor in April.",
      expect: ['ITA>LBY:054'],
    },
  ],
  "a state's aircraft in an alliance's strikes": [
    {
      text: "Italian aircraft took part in NATO's strikes on the forces of the Libyan regime.",
      expect: ['ITA>LBY:195'],
    },
  ],
  "foreigners' property confiscated": [
    {
      text: 'Libya confiscated the land, houses and bank deposits of Italian nationals.',
      expect: ['LBY>ITA:1711'],
    },
  ],
  'former names and seats of government': [
    {
      text: 'The same day Leopoldville broke off diplomatic relations with Belgium.',
      expect: ['COD>BEL:161'],
    },
    { text: 'Batavia protested to Tokyo.', expect: ['IDN>JPN:114'] },
    { text: 'Wisma Putra expelled the North Korean ambassador.', expect: ['MYS>PRK:161'] },
    { text: 'Ceylon and Siam signed a trade agreement.', expect: ['LKA>THA:057'] },
  ],
  'a call to withdraw forces or stop is a demand': [
    {
      text: 'On 14 July the Security Council called on Belgium to withdraw its troops.',
      expect: ['UNO>BEL:1056'],
    },
    { text: 'Washington urged Ankara to show restraint.', expect: ['USA>TUR:0256'] },
  ],
  "another state's people ordered out": [
    {
      text: 'Zaire ordered several hundred Belgian aid workers out of the country.',
      expect: ['COD>BEL:174'],
    },
    // the speaker's own staff, of many nationalities, are no state's people
    {
      text: 'In December 2005 it ordered our American, Canadian and Russian staff out of the country.',
      expect: [],
    },
  ],
  'a quarrel two parties settled together': [
    { text: 'Ghana and Togo settled the quarrel in Lome in July 1989.', expect: ['GHA>TGO:057'] },
    { text: 'In it, Madrid describes the plan as the best basis for settling the dispute.', expect: [] },
  ],
  'a thing sent is no envoy': [
    {
      text: 'The Lisbon Court of Appeal sent the case against the vice-president to Angola.',
      expect: [],
      absent: ['PRT>AGO:042'],
    },
    { text: 'Beijing dispatched its envoy to Kabul.', expect: ['CHN>AFG:042'] },
  ],
  "a people's republic by its historical name": [
    {
      text: "Portugal recognised the People's Republic of Angola in February 1976.",
      expect: ['PRT>AGO:054'],
    },
  ],
  'cultural objects handed back': [
    { text: 'Germany returned the Benin Bronzes to Nigeria.', expect: ['DEU>NGA:0842'] },
  ],
  "another state's vehicles or drivers barred": [
    { text: 'Tanzania answered by barring Kenyan lorry drivers.', expect: ['TZA>KEN:172'] },
    {
      text: 'The Kenya Airports Authority barred Tanzanian-registered tour vans from picking up passengers.',
      expect: ['KEN>TZA:172'],
    },
  ],
  'leaders who agree on how to divide': [
    {
      text: 'Moi, Nyerere and Obote agreed on the division of the assets.',
      expect: ['KEN>TZA:057', 'TZA>UGA:057'],
    },
  ],
  'an en dash joining a compound name': [
    {
      text: 'In October 1979 Argentina, Brazil and Paraguay signed the Corpus–Itaipú agreement.',
      expect: ['ARG>BRA:057', 'ARG>PRY:057', 'BRA>PRY:057'],
    },
  ],
  'what was done instead is done': [
    {
      text: 'India chose not to attend the San Francisco conference and instead concluded a separate peace treaty with Japan in June 1952.',
      expect: ['IND>JPN:057', 'IND>JPN:042!neg'],
    },
  ],
  'sanctions lifted by pronoun': [
    {
      text: 'After the tests in 1998 Ghana imposed sanctions on Togo, and lifted them in September 2001.',
      expect: ['GHA>TGO:163', 'GHA>TGO:085'],
    },
  ],
  'a loan told with its recipient first, and help that came as money': [
    {
      text: 'In 1958 Japan extended to India the first yen loan it ever made to any country.',
      expect: ['JPN>IND:071'],
    },
    {
      text: "In 1991 Japan was among the first to come to India's aid with emergency loans.",
      expect: ['JPN>IND:071'],
    },
    { text: "Russia came to Serbia's aid.", expect: ['RUS>SRB:052'] },
  ],
  'a subject between a fronted year and an aside': [
    { text: 'In 1998 Ghana, in turn, imposed sanctions on India.', expect: ['GHA>IND:163'] },
    { text: 'In 1998 Ghana, for its part, imposed sanctions on India.', expect: ['GHA>IND:163'] },
  ],
};

for (const [construction, cases] of Object.entries(rows)) {
  describe(construction, () => {
    for (const row of cases) it(row.text, () => checkRow(coder, row, { quietWhenEmpty: true }));
  });
}

describe('measures lifted with no party named', () => {
  it('are lifted by whoever imposed them, on whom they were imposed', async () => {
    const doc = await markdownReport('Japan and India', '2005-01-01', [
      'In May 1998 Japan imposed sanctions on India after the nuclear tests.',
      'The measures were lifted in October 2001.',
    ]);
    const lifted = coder.codeDocument(doc).filter((e) => e.code === '085');
    expect(shown(lifted)).toEqual(['JPN>IND:085']);
    expect(lifted[0].date?.start).toBe('2001-10');
  });
});

describe('an armed movement a title sets against a state', () => {
  it('stands for its country in the report pair', async () => {
    const doc = await markdownReport('Saudi Arabia and the Houthis: a summary', '2023-10-11', [
      'Participants came from the region, Europe and the United States. The session closed with the talks between Riyadh and the Houthis.',
      'A speaker recalled that the two countries had fought over their border before.',
    ]);
    const got = shown(coder.codeDocument(doc)).filter((g) => g.endsWith(':190'));
    expect(got.some((g) => /^(?:SAU>YEM|YEM>SAU):190$/.test(g))).toBe(true);
    expect(got.filter((g) => g.includes('USA'))).toEqual([]);
  });
});

describe('objects handed back with no recipient named', () => {
  it('go to the other party of the report', async () => {
    const doc = await markdownReport('The Netherlands and Indonesia', '2023-08-01', [
      'In March 2020 the Dutch king visited Jakarta.',
      'In July 2023 the Netherlands handed back 472 more objects.',
    ]);
    expect(shown(coder.codeDocument(doc))).toContain('NLD>IDN:0842');
  });
});
