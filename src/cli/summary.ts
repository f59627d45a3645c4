/**
 * The short store summary printed after `ingest` and `start`.
 * @module
 */
import type { Store } from '../store/store.js';

const QUAD_NAMES: Record<number, string> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

export function formatSummary(store: Store): string {
  const s = store.stats();
  const lines = [
    `${s.documents} documents, ${s.sentences} sentences, ${s.citations} citations, ${s.events} events`,
  ];
  if (s.events > 0) {
    lines.push('events by quad class:');
    for (const q of [1, 2, 3, 4] as const) {
      lines.push(`  ${String(s.byQuad[q] ?? 0).padStart(5)}  ${QUAD_NAMES[q]}`);
    }
  }
  if (s.topDyads.length > 0) {
    lines.push('top dyads:');
    for (const d of s.topDyads.slice(0, 8)) lines.push(`  ${String(d.count).padStart(5)}  ${d.a}–${d.b}`);
  }
  return lines.join('\n');
}
