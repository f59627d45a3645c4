/**
 * The shorthand the coder's table tests use for an event: "SRC>TGT:CODE" with actor roots and
 * "!neg" / "!hyp" appended when the event is flagged.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { actorRoot, type CodedEvent, type Coder } from '../../src/coder/index.js';

const root = (code: string) => actorRoot(code).slice(0, 3);

export function shown(events: CodedEvent[]): string[] {
  return events.map(
    (e) =>
      `${root(e.source.code)}>${root(e.target?.code ?? '')}:${e.code}${e.negated ? '!neg' : ''}${e.hypothetical ? '!hyp' : ''}`,
  );
}

export function codedAs(coder: Coder, text: string, date = '2019'): string[] {
  return shown(coder.codeText(text, { date }).events);
}

/**
 * The shown event that satisfies `want` ("SRC>TGT:CODEPREFIX[!flag…]"): same dyad, a code that
 * starts with the prefix, and exactly the flags asked for (none when none are given).
 */
export function findWanted(got: string[], want: string): string | undefined {
  const [dyad, codeAndFlags] = want.split(':');
  const [code, ...flags] = codeAndFlags.split('!');
  return got.find((g) => {
    const [gd, gc] = g.split(':');
    const [gcode, ...gflags] = gc.split('!');
    return (
      gd === dyad &&
      gcode.startsWith(code) &&
      (flags.length > 0 ? flags.every((f) => gflags.includes(f)) : gflags.length === 0)
    );
  });
}

export interface CoderRow {
  text: string;
  /** "SRC>TGT:CODEPREFIX" with flags when expected */
  expect: string[];
  /** dyads ("SRC>TGT") or dyad and code prefix ("SRC>TGT:04") that must not be coded as having happened */
  absent?: string[];
}

/**
 * Codes a row's text (dated 2019) and asserts every wanted event is there and no `absent` dyad is
 * coded as having happened; with `quietWhenEmpty`, a row expecting nothing must code nothing that
 * happened (flagged negated or hypothetical events may remain).
 */
export function checkRow(coder: Coder, row: CoderRow, options: { quietWhenEmpty?: boolean } = {}): void {
  const got = codedAs(coder, row.text);
  for (const want of row.expect)
    expect(findWanted(got, want), `${want} in ${JSON.stringify(got)} for "${row.text}"`).toBeDefined();
  for (const dyad of row.absent ?? [])
    expect(
      got.filter((g) => g.startsWith(dyad.includes(':') ? dyad : `${dyad}:`) && !g.includes('!')),
      `${dyad} must not be coded: ${JSON.stringify(got)} for "${row.text}"`,
    ).toEqual([]);
  if (options.quietWhenEmpty && row.expect.length === 0)
    expect(
      got.filter((g) => !g.includes('!')),
      `nothing should be coded for "${row.text}"`,
    ).toEqual([]);
}

/**
 * One test per row, grouped by CAMEO root: each [text, "SRC>TGT:CODEPREFIX"] must be coded; then
 * one test per near-miss text, which must code nothing that happened.
 */
export function describeRootTable(
  title: string,
  coder: Coder,
  byRoot: Record<string, [string, string][]>,
  quiet: string[],
): void {
  describe(`${title} by CAMEO root`, () => {
    for (const [root, rows] of Object.entries(byRoot)) {
      describe(root, () => {
        for (const [text, want] of rows) {
          it(text, () => {
            const got = codedAs(coder, text);
            expect(findWanted(got, want), `${want} in ${JSON.stringify(got)}`).toBeDefined();
          });
        }
      });
    }
  });
  describe(`${title}: near-misses stay quiet`, () => {
    for (const text of quiet) {
      it(text, () => {
        expect(codedAs(coder, text).filter((g) => !g.includes('!'))).toEqual([]);
      });
    }
  });
}

/** a markdown report with front matter (title, date) and the given paragraphs, as the reader ingests it */
export async function markdownReport(title: string, date: string, paragraphs: string[]) {
  const { readDocumentFromBytes } = await import('../../src/ingest/index.js');
  const text = [
    '---',
    `title: "${title}"`,
    `date: ${date}`,
    '---',
    '',
    ...paragraphs.flatMap((p) => [p, '']),
  ].join('\n');
  return readDocumentFromBytes(new TextEncoder().encode(text), 'report.md');
}
