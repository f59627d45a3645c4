import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TimeValue } from '../src/dates/index.js';
import { createDocumentTimeline, timeValueOverlaps } from '../src/dates/index.js';
import { readDocument } from '../src/ingest/index.js';
import { hasShared, sharedPath } from './helpers/shared.js';

const present = hasShared('seed', 'irans-russian-conundrum.md') && hasShared('eval', 'seed-gold.jsonl');

// a stand-in for the coder's trigger: the first event-like word of the gold quote
const TRIGGER =
  /\b(\w+(?:ed|ing)|told|sent|met|signed|gave|put|sought|left|came|went|sold|made|took|brought|began|held|paid|annexation|trip|visit|decision|agreement|contract|purchase|lawsuit|ban|withdrawal|intervention|sanctions?|crackdown|statement|overtures?|talks|campaign)\b/;

const normalise = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

function goldValue(date: string): TimeValue {
  const [start, end] = date.split('/');
  return { start, end: end ?? start, precision: 'range', type: 'range', inferred: false };
}

describe.runIf(present)('dates on the seed essay', () => {
  it('dates most gold events within the gold interval', async () => {
    const doc = await readDocument(sharedPath('seed', 'irans-russian-conundrum.md'), { date: '2017-06-01' });
    const timeline = createDocumentTimeline(doc);
    const gold = readFileSync(sharedPath('eval', 'seed-gold.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; quote: string; date: string | null });
    let dated = 0;
    let overlapping = 0;
    const misses: string[] = [];
    for (const g of gold) {
      if (!g.date) continue;
      const quote = normalise(g.quote).slice(0, 60);
      const sentence = doc.sentences.find((s) => normalise(s.text).includes(quote));
      if (!sentence) continue;
      dated++;
      const m = TRIGGER.exec(normalise(g.quote)) ?? /\w+/.exec(g.quote)!;
      const at = sentence.start + normalise(sentence.text).indexOf(quote) + m.index;
      const attachment = timeline.dateFor(sentence.index, at, at + m[0].length);
      if (timeValueOverlaps(goldValue(g.date), attachment.value)) overlapping++;
      else misses.push(g.id);
    }
    expect(dated).toBeGreaterThan(90);
    // measured 84 of 108 on first landing; the misses need knowledge the text does not state
    expect(overlapping / dated, `missed: ${misses.join(' ')}`).toBeGreaterThanOrEqual(0.75);
  });
});
