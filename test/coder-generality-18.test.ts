/**
 * Table tests of constructions found missing in the twenty-first session, on sentences of our own:
 * aircraft that bomb a town or a site in it employ aerial weapons, and towns the reviewed
 * gazetteer lacks (generated from GeoNames) stand for their state as targets of force.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { type CoderRow, checkRow, markdownReport, shown } from './helpers/coder-rows.js';

const coder = createCoder();

const rows: Record<string, CoderRow[]> = {
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
