/**
 * The gate before tagging (src/coder/surface-gate.ts) must never turn away a sentence the matcher
 * would code. Checked on every sentence of our own reports: each one in which the main or the
 * relaxed patterns match once tagged must pass the gate for those patterns, as the coder skips
 * either pass where the gate says it cannot match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDefaultResolver } from '../src/actors/index.js';
import { Discourse } from '../src/coder/discourse.js';
import { findMatches, PatternIndex } from '../src/coder/match.js';
import { placeMentions } from '../src/coder/mentions.js';
import { loadPatterns } from '../src/coder/patterns.js';
import { createSurfaceGate } from '../src/coder/surface-gate.js';
import { readDocumentFromBytes } from '../src/ingest/index.js';
import { analyze } from '../src/nlp/index.js';
import { irregularBases } from '../src/nlp/irregular-verbs.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

describe('the gate before tagging, on our own reports', () => {
  it('lets through every sentence in which a pattern matches', async () => {
    const patterns = loadPatterns();
    const index = new PatternIndex(patterns);
    const relaxed = new Discourse(patterns).relaxedIndex;
    const gate = createSurfaceGate([index, relaxed], irregularBases(), index.triggerWords);
    const resolver = loadDefaultResolver();
    const sets = readdirSync(FIXTURES).filter((d) => d.startsWith('heldout-dev'));
    let matched = 0;
    let turnedAway = 0;
    const missed: string[] = [];
    for (const set of sets) {
      for (const name of readdirSync(join(FIXTURES, set)).filter(
        (f) => f.endsWith('.md') && f !== 'README.md',
      )) {
        const doc = await readDocumentFromBytes(readFileSync(join(FIXTURES, set, name)), name);
        for (const s of doc.sentences) {
          const a = analyze(s.text, s.start);
          const placed = placeMentions(a.tokens, resolver.findMentions(s.text), s.start, s.text);
          const mainMatches = findMatches(index, a.tokens, placed).length;
          const relaxedMatches = findMatches(relaxed, a.tokens, placed).length;
          const verdicts = gate(s.text);
          // no trigger word: whether the coder tags the sentence is not this gate's call
          if (verdicts === null) continue;
          const [mainPasses, relaxedPasses] = verdicts;
          if (mainMatches + relaxedMatches > 0) matched++;
          if ((mainMatches > 0 && !mainPasses) || (relaxedMatches > 0 && !relaxedPasses))
            missed.push(`${set}/${name}: ${s.text}`);
          if (!mainPasses && !relaxedPasses) turnedAway++;
        }
      }
    }
    expect(missed).toEqual([]);
    // it does turn sentences away, and it lets through those the patterns code
    expect(matched).toBeGreaterThan(500);
    expect(turnedAway).toBeGreaterThan(500);
  }, 120_000);
});
