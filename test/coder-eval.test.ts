/**
 * `scoreEvents` must agree with ../shared/eval/score.py on the same export. The export is the
 * coder's own output on the seed, plus deliberately wrong variants (swapped actors, other codes,
 * shifted dates), so the comparison covers false positives as well as hits.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCoder, type GoldItem, type SystemEvent, scoreEvents } from '../src/coder/index.js';
import { readDocument } from '../src/ingest/index.js';
import { hasShared, sharedPath } from './helpers/shared.js';

function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    console.warn('skipping: python3 is not available');
    return false;
  }
}

const ready = hasShared('eval', 'score.py') && hasShared('seed', 'irans-russian-conundrum.md') && hasPython();

describe.skipIf(!ready)('coder eval agrees with score.py', () => {
  it('gives the same core, strict and dated figures on the seed export and its variants', async () => {
    const doc = await readDocument(sharedPath('seed', 'irans-russian-conundrum.md'));
    const events = createCoder()
      .codeDocument(doc)
      .filter((e) => !e.negated && !e.hypothetical && e.target);
    const base: SystemEvent[] = events.map((e) => ({
      sentence: doc.sentences[e.sentenceIndex].text,
      source: { code: e.source.code },
      target: { code: e.target?.code },
      code: e.code,
      date: e.date ? { start: e.date.start, end: e.date.end } : null,
    }));
    const variants: SystemEvent[] = base.flatMap((e, i) =>
      i % 3 === 0
        ? [
            { ...e, source: e.target, target: e.source },
            { ...e, code: '190' },
            { ...e, date: '1950' },
          ]
        : [],
    );
    const system = [...base, ...variants];
    const dir = mkdtempSync(join(tmpdir(), 'entente-eval-'));
    const file = join(dir, 'system.jsonl');
    writeFileSync(file, `${system.map((e) => JSON.stringify(e)).join('\n')}\n`);
    const goldFile = sharedPath('eval', 'seed-gold.jsonl');
    const py = JSON.parse(
      execFileSync('python3', [sharedPath('eval', 'score.py'), goldFile, file, '--json'], {
        encoding: 'utf8',
      }),
    );
    const gold = readFileSync(goldFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as GoldItem);
    const ours = scoreEvents(gold, system);
    for (const level of ['core', 'strict', 'dated'] as const) {
      expect(ours[level].tp, level).toBe(py[level].tp);
      expect(ours[level].fp, level).toBe(py[level].fp);
      expect(ours[level].f1, level).toBe(py[level].f1);
      expect(ours[level].missed, level).toEqual(py[level].missed);
    }
    expect(ours.core.fp).toBeGreaterThan(0);
  }, 60_000);
});
