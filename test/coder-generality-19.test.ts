/**
 * Table tests of constructions found missing in the twenty-second session, on sentences of our own:
 * accords told by a relative or reduced clause ("the memorandum they signed", "the treaty, signed in
 * 1990,") belong to the report's pair, and an accord signed in a capital is not that capital's act.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { markdownReport, shown } from './helpers/coder-rows.js';

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
