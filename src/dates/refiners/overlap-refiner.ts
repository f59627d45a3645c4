/**
 * Keeps one reading per stretch of text: the longest span wins ("June 2006" over "2006"),
 * and on equal length the parser listed first in the configuration.
 * @module
 */
import type { Candidate, Refiner } from '../candidate.js';

export function createOverlapRefiner(priority: readonly string[]): Refiner {
  const rank = new Map(priority.map((id, i) => [id, i]));
  const rankOf = (c: Candidate) => rank.get(c.ruleId) ?? priority.length;
  return {
    id: 'overlap',
    refine(candidates: Candidate[]): Candidate[] {
      if (candidates.length < 2) return candidates;
      const byStrength = [...candidates].sort(
        (a, b) => b.end - b.start - (a.end - a.start) || rankOf(a) - rankOf(b) || a.start - b.start,
      );
      const kept: Candidate[] = [];
      for (const c of byStrength) {
        if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
      }
      return kept.sort((a, b) => a.start - b.start);
    },
  };
}
