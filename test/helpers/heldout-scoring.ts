/**
 * The scoring half shared by the held-out set tests: code every document of a fixture set with the
 * real pipeline, score it with ../shared/eval/score.py, print the table, and guard the pooled core
 * F1 with a floor set far below the measured figure (it catches a broken pipeline, not a rule edit).
 */

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  canScore,
  formatRow,
  heldoutDocuments,
  projectRoot,
  readGold,
  runHeldout,
  tableHeader,
} from '../../scripts/score-heldout.js';

export interface HeldoutScoringOptions {
  /** what the set is called in test names and the printed table */
  label: string;
  dir: string;
  floor: number;
  /** gold problems that are annotation choices of this set rather than errors */
  tolerated?: (problem: string) => boolean;
}

export function describeHeldoutScoring({ label, dir, floor, tolerated }: HeldoutScoringOptions): void {
  const scorable = canScore();
  if (!scorable) console.warn(`skipping ${label} scoring: python3 or ../shared/eval/score.py is absent`);

  describe.skipIf(!scorable)(`pipeline scored on the ${label}`, () => {
    let result: Awaited<ReturnType<typeof runHeldout>>;

    beforeAll(async () => {
      result = await runHeldout(undefined, undefined, dir);
      const lines = [
        tableHeader(),
        ...result.runs.map((r) => formatRow(r.doc.name, r.score)),
        formatRow('POOLED', result.pooled),
      ];
      console.log(
        `${label} scores (P/R/F1 per level; sys = exported events; found = required gold matched at core)\n${lines.join('\n')}`,
      );
    }, 300_000);

    it('locates every gold quote in exactly one pipeline sentence and knows every code', () => {
      for (const r of result.runs) {
        const problems = r.problems.filter((p) => !tolerated?.(p));
        expect(problems, r.doc.name).toEqual([]);
      }
    });

    it('scores every document at all three levels', () => {
      for (const r of result.runs) {
        for (const level of ['core', 'strict', 'dated'] as const) {
          expect(r.score[level].gold_required, `${r.doc.name} ${level}`).toBeGreaterThan(0);
          expect(Number.isFinite(r.score[level].f1), `${r.doc.name} ${level}`).toBe(true);
        }
      }
    });

    it(`keeps the pooled core F1 at or above ${floor} (a collapse guard, not a target)`, () => {
      expect(result.pooled.core.f1).toBeGreaterThanOrEqual(floor);
    });
  });
}

export interface DevelopmentSetOptions {
  /** "third development set" */
  label: string;
  /** the fixture directory's name under test/fixtures */
  fixture: string;
  /** the documents' names, in order */
  names: string[];
  floor: number;
}

/**
 * A development set written without sight of the coder: its documents are there, each gold file
 * has at least 25 required items and no negative item that is also required; then it is scored.
 */
export function describeDevelopmentSet({ label, fixture, names, floor }: DevelopmentSetOptions): void {
  const dir = join(projectRoot, 'test', 'fixtures', fixture);
  const documents = heldoutDocuments(dir);
  describe(label, () => {
    it(`has ${names.length} documents, each with a gold file whose quotes locate one sentence`, () => {
      expect(documents.map((d) => d.name)).toEqual(names);
      for (const d of documents) {
        const gold = readGold(d.goldPath);
        expect(gold.filter((g) => g.required && !g.negative).length, d.name).toBeGreaterThanOrEqual(25);
        for (const g of gold) if (g.negative) expect(g.required, g.id).toBe(false);
      }
    });
  });
  describeHeldoutScoring({ label, dir, floor });
}
