/**
 * Scores the whole pipeline on the held-out development set (five original reports on other dyads,
 * test/fixtures/heldout/) with ../shared/eval/score.py, so that rules tuned on the seed essay alone
 * show up as a drop here. Run `npx tsx scripts/score-heldout.ts` to see the missed items and false
 * positives behind the figures.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  canScore,
  checkGold,
  codeDocument,
  formatRow,
  heldoutDocuments,
  readGold,
  runHeldout,
  type Score,
  tableHeader,
} from '../scripts/score-heldout.js';

/**
 * Pooled core F1 the coder must keep. Measured 0.29 when the set was written; the floor sits a
 * little below so that ordinary rule edits pass and a general regression fails. Raise it as the
 * coder improves.
 */
const POOLED_CORE_F1_FLOOR = 0.79;

const documents = heldoutDocuments();
const scorable = canScore();
if (!scorable) console.warn('skipping held-out scoring: python3 or ../shared/eval/score.py is absent');

describe('held-out development set', () => {
  it('has five documents, each with a gold file in the seed format', () => {
    expect(documents.length).toBe(5);
    for (const d of documents) {
      const gold = readGold(d.goldPath);
      expect(gold.length, d.name).toBeGreaterThanOrEqual(25);
      for (const g of gold) {
        expect(g.id, d.name).toMatch(/^[A-Z]{2}\d{2}$/);
        expect(g.source, g.id).toMatch(/^[A-Z]{3,4}$/);
        expect(g.target, g.id).toMatch(/^[A-Z]{3,4}$/);
        expect(g.code, g.id).toMatch(/^\d{3,4}$/);
        expect(g.date === null || /^\d{4}(-\d{2})?(\/\d{4}(-\d{2})?)?$/.test(g.date), g.id).toBe(true);
        expect(typeof g.required, g.id).toBe('boolean');
      }
      const text = readFileSync(d.textPath, 'utf8');
      expect(text.match(/<sup>\d+<\/sup>/g)?.length ?? 0, d.name).toBeGreaterThanOrEqual(4);
      expect(text, d.name).toMatch(/^## (Notes|ENDNOTES)$/m);
    }
  });

  it('flags a quote that no sentence contains and an unknown code', () => {
    const problems = checkGold(
      [
        {
          id: 'XX01',
          quote: 'Ankara recalled its ambassador',
          source: 'TUR',
          target: 'ISR',
          code: '161',
          date: null,
        },
        { id: 'XX02', quote: 'a quote from nowhere', source: 'TUR', target: 'ISR', code: '999', date: null },
      ],
      ['Ankara recalled its ambassador immediately.'],
    );
    expect(problems.some((p) => p.startsWith('XX02: quote is in no pipeline sentence'))).toBe(true);
    expect(problems.some((p) => p.startsWith('XX01'))).toBe(false);
    if (scorable) expect(problems).toContain('XX02: unknown CAMEO code 999');
  });
});

describe.skipIf(!scorable)('pipeline scored on the held-out set', () => {
  let result: Awaited<ReturnType<typeof runHeldout>>;

  beforeAll(async () => {
    result = await runHeldout();
    const lines = [
      tableHeader(),
      ...result.runs.map((r) => formatRow(r.doc.name, r.score)),
      formatRow('POOLED', result.pooled),
    ];
    console.log(
      `held-out scores (P/R/F1 per level; sys = exported events; found = required gold matched at core)\n${lines.join('\n')}`,
    );
  }, 300_000);

  it('locates every gold quote in exactly one pipeline sentence and knows every code', () => {
    for (const r of result.runs) expect(r.problems, r.doc.name).toEqual([]);
  });

  it('scores every document at all three levels', () => {
    expect(result.runs.length).toBe(documents.length);
    for (const r of result.runs) {
      const s: Score = r.score;
      for (const level of ['core', 'strict', 'dated'] as const) {
        expect(s[level].gold_required, `${r.doc.name} ${level}`).toBeGreaterThan(0);
        expect(Number.isFinite(s[level].f1), `${r.doc.name} ${level}`).toBe(true);
      }
    }
  });

  it(`keeps the pooled core F1 at or above ${POOLED_CORE_F1_FLOOR}`, () => {
    expect(result.pooled.core.f1).toBeGreaterThanOrEqual(POOLED_CORE_F1_FLOOR);
  });

  it('re-reads the same export the scorer saw (exports are deterministic)', async () => {
    const first = result.runs[0];
    const again = `${result.outDir}/again.jsonl`;
    await codeDocument(first.doc.textPath, again);
    const strip = (p: string) =>
      readFileSync(p, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          const e = JSON.parse(l) as {
            sentence: string;
            source: { code: string };
            target: { code: string } | null;
            code: string;
          };
          return `${e.sentence}|${e.source.code}|${e.target?.code}|${e.code}`;
        });
    expect(strip(again)).toEqual(strip(first.systemPath));
  });
});
