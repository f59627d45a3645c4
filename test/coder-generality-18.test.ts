/**
 * Table tests of constructions found missing in the twenty-first session, on sentences of our own:
 * aircraft that bomb a town or a site in it employ aerial weapons, and towns the reviewed
 * gazetteer lacks (generated from GeoNames) stand for their state as targets of force.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { type CoderRow, checkRow, markdownReport, shown } from './helpers/coder-rows.js';

const coder = createCoder();

/** the events coded in a report on Ghana and Togo made of these paragraphs */
const eventsInReport = (paragraphs: string[]) =>
  markdownReport('Ghana and Togo', '2016-01-01', paragraphs).then((doc) => coder.codeDocument(doc));
const inReport = (paragraphs: string[]) => eventsInReport(paragraphs).then(shown);

const rows: Record<string, CoderRow[]> = {
  'people named by their number alone, sent back': [
    { text: 'Lome handed all eleven back to Ghana on 14 August.', expect: ['TGO>GHA:0841'] },
    { text: 'Togo sent both home to Ghana in May.', expect: ['TGO>GHA:0841'] },
    // territory handed back is ceded, not released
    { text: 'Ghana handed the island back to Togo.', expect: ['GHA>TGO:080'], absent: ['GHA>TGO:0841'] },
  ],
  'foreigners as a class ordered out: a mass expulsion': [
    {
      text: 'In January 1983 the Nigerian government announced that all illegal aliens, most of them Ghanaians, had two weeks to leave the country.',
      expect: ['NGA>GHA:201'],
    },
    { text: 'In 1985 Nigeria ordered illegal Ghanaian aliens out again.', expect: ['NGA>GHA:201'] },
    // Lagos, the capital until 1991, still stands for Nigeria
    {
      text: 'Ghana and Nigeria quarrelled in 1982. In 1983 Lagos announced that foreigners had two weeks to leave.',
      expect: ['NGA>GHA:201'],
    },
    // one man told to leave is no mass expulsion
    { text: 'Nigeria ordered the Ghanaian trader out of the market.', expect: [], absent: ['NGA>GHA:201'] },
  ],
  'a visit told from the place visited, and forces flown in': [
    { text: 'Accra was the first capital the new Togolese president visited.', expect: ['TGO>GHA:042'] },
    { text: 'Moscow flew two hundred military advisers into Bangui in March.', expect: ['RUS>CAF:074'] },
    // citizens flown out are evacuated, not deployed
    { text: 'Accra flew its citizens out of Lome.', expect: ['GHA>TGO:166'], absent: ['GHA>TGO:074'] },
  ],
  'names put to a text, and forces side by side': [
    { text: 'Ghana and Togo put their signatures to the treaty in Lome.', expect: ['GHA>TGO:057'] },
    { text: 'Ghana put its signature to the accord with Togo.', expect: ['GHA>TGO:057'] },
    { text: 'Ghanaian and Nigerian troops served side by side in Liberia.', expect: ['GHA>NGA:062'] },
  ],
  'an enemy driven from where it held': [
    { text: 'Ugandan troops drove the Tanzanian garrison from Kagera.', expect: ['UGA>TZA:190'] },
    { text: 'The rains drove farmers from their fields.', expect: [] },
  ],
  'aircraft that bomb a town, or a site at a town, employ aerial weapons': [
    { text: 'Chilean jets bombed Tacna in 1880.', expect: ['CHL>PER:195'] },
    { text: 'Peruvian warplanes had already bombed Arica that week.', expect: ['PER>CHL:195'] },
    {
      text: 'Honduran aircraft bombed the airfield at Ilopango in July 1969.',
      expect: ['HND>SLV:195'],
    },
    { text: 'Russian helicopters strafed rebel positions near Idlib.', expect: ['RUS>SYR:195'] },
    // ground troops and gunners attack; they do not bomb from the air
    { text: 'Tanzanian troops took Masaka on 24 February.', expect: ['TZA>UGA:192'] },
    {
      text: 'Ugandan artillery shelled Bukoba in November 1978.',
      expect: ['UGA>TZA:190'],
      absent: ['UGA>TZA:195'],
    },
  ],
  'a town the reviewed gazetteer lacks stands for its state as a target of force': [
    { text: 'Ugandan MiGs bombed Bukoba, the regional town, earlier that month.', expect: ['UGA>TZA:195'] },
    // a town is no party to a meeting, and a name two states' towns share names neither
    {
      text: 'The Ugandan and Kenyan ministers met in Bukoba.',
      expect: ['UGA>KEN:04'],
      absent: ['UGA>TZA', 'KEN>TZA'],
    },
    { text: 'Canadian jets bombed Cordoba.', expect: [] },
  ],
};

for (const [construction, cases] of Object.entries(rows)) {
  describe(construction, () => {
    for (const row of cases) it(row.text, () => checkRow(coder, row, { quietWhenEmpty: true }));
  });
}

describe("a speech given on its host's ground", () => {
  const toast = (
    paragraphs: string[],
    title = 'Toast by the President of Ghana at the state dinner in Lome',
  ) => markdownReport(title, '2016-05-23', paragraphs).then((doc) => shown(coder.codeDocument(doc)));

  it('is in its speaker\'s voice, "I" and "my" too, and its "you" is the host', async () => {
    const got = await toast([
      'Mr President, friends:',
      'This morning you received me at your palace with a guard of honour.',
      'In 2014 my Government sent its first trade mission to Lome.',
      'I also thank your Government for its help in the search for our missing fishermen.',
    ]);
    expect(got).toContain('TGO>GHA:043');
    expect(got.some((g) => g.startsWith('GHA>TGO:042') || g.startsWith('GHA>TGO:04'))).toBe(true);
    expect(got).toContain('GHA>TGO:051');
  });

  it('leaves "you" told or assured alone, and a speech to an assembly has no host', async () => {
    expect(
      await toast(['Mr President, friends:', 'I can tell you that the weather in Accra is fine.']),
    ).toEqual([]);
    const assembly = await toast(
      ['Mr President, I congratulate you on your election and thank your predecessor, Sam Kutesa of Uganda.'],
      'Statement by the Foreign Minister of Ghana in the general debate of the General Assembly',
    );
    expect(assembly.filter((g) => g.startsWith('GHA>'))).toEqual([]);
  });
});

describe('a judgement on "the move" a fronted clause tells', () => {
  it("aims at the clause's doer, before any act told sentences earlier", async () => {
    const doc = await markdownReport('Ghana and Togo', '2016-01-01', [
      'Ghana sent a trade mission to Togo in March. Two years ago, when a Nigerian company towed a rig into waters that Ghana claims, the Ghanaian government called the move provocative.',
    ]);
    const got = shown(coder.codeDocument(doc));
    expect(got).toContain('GHA>NGA:111');
    expect(got.filter((g) => g.startsWith('GHA>TGO:111'))).toEqual([]);
  });
});

describe("acts told with the verb's idioms or a possessor, their party from the report", () => {
  it('"turned off the taps", "stopped pumping": an energy cut aimed at the other party', async () => {
    const got = await inReport([
      'Ghana and Togo quarrelled over gas prices. In January the Ghanaian gas company turned off the taps for a day.',
    ]);
    expect(got).toContain('GHA>TGO:162');
    expect(
      await inReport([
        'Ghana and Togo quarrelled over oil. Accra stopped pumping through the coastal pipeline.',
      ]),
    ).toContain('GHA>TGO:162');
  });

  it("\"London's formal protest, Dublin's expressions of regret\": a possessor's act, in a list", async () => {
    const got = await inReport([
      'Togolese rioters burned the Ghanaian embassy in Lome in 1972.',
      "Her chapter covers the aftermath: Accra's formal protest, Lome's expressions of regret and the compensation paid later.",
    ]);
    expect(got).toContain('GHA>TGO:114');
    expect(got).toContain('TGO>GHA:018');
    // a protest movement, and a protest told by the clause's own verb, are no possessor's protest
    expect(await inReport(["Ghana's protest movement grew in 1972."])).toEqual([]);
  });

  it('an accord named in full and signed in the passive is the pair\'s, and a signatory named after "between" keeps it', async () => {
    const got = await inReport([
      'Ghana and Togo grew close after 1990.',
      'The Treaty of Friendship, Trade and Navigation was signed in Lome on 22 May 1991.',
    ]);
    expect(got.filter((g) => /^(?:GHA>TGO|TGO>GHA):057/.test(g))).toHaveLength(1);
    const between = await inReport([
      'Ghana and Togo grew close after 1990.',
      'A memorandum on fisheries was signed between Benin and Togo in 1992.',
    ]);
    expect(between.some((g) => /^(?:BEN>TGO|TGO>BEN):057/.test(g))).toBe(true);
  });

  it("the KGB is the Soviet Union's until it ended, and Belarus's after", async () => {
    const source = (text: string, date: string) =>
      coder.codeText(text, { date }).events.find((e) => e.code === '173')?.source.code;
    expect(source('In 1986 the KGB arrested an American journalist in Moscow.', '1986')).toBe('USRSPY');
    expect(source('In July 2020 the KGB detained thirty-three Russians outside Minsk.', '2020')).toBe(
      'BLRSPY',
    );
  });
});

describe('"not … until" a time', () => {
  it('tells when the act came, dated then, not that it never did', async () => {
    const [recognised] = await eventsInReport(['Ghana did not recognise Togo until March 1995.']);
    expect(recognised?.code).toBe('054');
    expect(recognised?.negated).toBe(false);
    expect([recognised?.date?.start, recognised?.date?.end]).toEqual(['1995-03', '1995-03']);
    const exchanged = await eventsInReport(['Full ambassadors were not exchanged until 1991.']);
    expect(shown(exchanged)).toEqual(['GHA>TGO:050']);
  });

  it('leaves a plain negation, or an "until" of another clause, negated', async () => {
    expect(shown(await eventsInReport(['Ambassadors were not exchanged.']))).toEqual(['GHA>TGO:050!neg']);
    expect(
      shown(await eventsInReport(['Ghana did not recognise Togo, and relations stayed cold until 1995.'])),
    ).toEqual(['GHA>TGO:054!neg']);
  });
});

describe('envoys and vessels named by their own names', () => {
  it("an envoy named by title, placed by the context alone, is expelled as the other party's", async () => {
    const got = await inReport([
      'Ghana and Togo quarrelled over the border.',
      'Accra expelled Ambassador Kofi Mensah the same day.',
    ]);
    expect(got).toContain('GHA>TGO:174');
    expect(await inReport(['Accra sent the Togolese ambassador home.'])).toContain('GHA>TGO:174');
  });

  it("a vessel with its flag in apposition is the flag state's", async () => {
    expect(
      await inReport(['Ghanaian coastguards boarded the Sea Star, a Togolese trawler, off Keta.']),
    ).toContain('GHA>TGO:171');
    expect(
      await inReport(['Ghanaian commandos stormed the Sea Star, a Togolese passenger ferry, at dawn.']),
    ).toContain('GHA>TGO:190');
  });
});

describe('a crowd and the place it acts in', () => {
  it('is of the place where it attacks a foreign mission, though the mission is named after it', async () => {
    const doc = await markdownReport('Ghana and Togo', '2016-01-01', [
      'Crowds set the Togolese embassy in Accra alight on 3 May.',
    ]);
    expect(shown(coder.codeDocument(doc))).toContain('GHA>TGO:145');
  });
});

describe("a sentence's own date, stated after a paragraph dated otherwise", () => {
  it("gives its actors their roles of that date, not the carried one's", async () => {
    const doc = await markdownReport('Britain and Ireland', '2020-01-01', [
      '**A. Author, *Ten Days* (Belfast, 2008).** Forty interviews with negotiators. The agreement signed on 10 April 1998 by Tony Blair and Bertie Ahern ended the conflict.',
    ]);
    const signed = coder.codeDocument(doc).find((e) => e.code === '057');
    expect([signed?.source.code, signed?.target?.code].sort()).toEqual(['GBRGOV', 'IRLGOV']);
  });
});

describe("a government's written answers", () => {
  it('are in its voice: "we", "our Polish partners" and "the Federal Government" are Germany\'s', async () => {
    const doc = await markdownReport('Written questions: Germany and Poland', '2023-02-10', [
      '*Extract from the compilation of written questions, with the answers received from the Federal Foreign Office.*',
      'Answer by the Minister of State:',
      'Poland renounced reparations in 1953, and the Federal Government regards that renunciation as valid. We have instead offered our Polish partners closer cooperation on remembrance.',
    ]);
    const got = shown(coder.codeDocument(doc));
    expect(got).toContain('DEU>POL:030');
    expect(got.filter((g) => g.startsWith('POL>POL') || g.startsWith('DEU>DEU'))).toEqual([]);
  });
});

describe("a quiz's numbered questions", () => {
  it('ask about an act (flagged, not coded as done); the answer tells it', async () => {
    const doc = await markdownReport('Round 5: Ghana and Togo', '2018-10-25', [
      '**Q1.** In which year did Ghana recognise Togo?',
      '**Answer:** 1995, when Ghana recognised Togo after long talks.',
    ]);
    const got = shown(coder.codeDocument(doc));
    expect(got).toContain('GHA>TGO:054');
    expect(coder.codeDocument(doc).filter((e) => e.sentenceIndex <= 1 && !e.hypothetical)).toEqual([]);
  });
});

describe("an office another state's possessive owns", () => {
  it("is the possessor's, though the dictionary files the title under another state", () => {
    const got = shown(
      coder.codeText("Nigeria's Speaker of the House of Representatives travelled to Accra in August 2020.", {
        date: '2020',
      }).events,
    );
    expect(got).toContain('NGA>GHA:042');
    expect(got.filter((g) => g.startsWith('USA>'))).toEqual([]);
  });
});

describe('a debt written off', () => {
  it('is economic aid to the debtor, the share written off between', () => {
    const got = shown(
      coder.codeText("Moscow wrote off ninety per cent of Cuba's Soviet-era debt in 2014.", { date: '2014' })
        .events,
    );
    expect(got).toContain('RUS>CUB:071');
    expect(
      shown(coder.codeText('Paris cancelled the debts owed by Mali in 2002.', { date: '2002' }).events),
    ).toContain('FRA>MLI:071');
  });
});

describe('a city in brackets after a name', () => {
  it('says where a body sits and stands for no state', async () => {
    const doc = await markdownReport('Australia and Japan', '2023-03-01', [
      "Members' newsletter of the Australia–Japan Chamber of Trade (Victoria).",
      'When the two trade ministers put their names to the Agreement on Commerce in Tokyo on 6 July 1957, trade took off.',
    ]);
    const got = shown(coder.codeDocument(doc));
    expect(got.filter((g) => g.includes('SYC'))).toEqual([]);
    expect(got.some((g) => /^(?:AUS>JPN|JPN>AUS):057/.test(g))).toBe(true);
  });
});
