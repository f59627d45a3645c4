/**
 * When a document gives no publication date, the latest year it states stands in for the
 * time of writing: analytical texts rarely state times after they were written, so "since
 * 2013" and "recently" end there rather than nowhere.
 * @module
 */
import type { Candidate } from './candidate.js';
import type { TimeValue } from './time-value.js';
import { lastPoint, yearValue } from './time-value-ops.js';

/** the latest year the candidates state, never later than the current year, or null */
export function impliedWritingYear(candidates: Iterable<Candidate>, now = new Date()): TimeValue | null {
  const cap = now.getUTCFullYear();
  let latest: number | null = null;
  for (const c of candidates) {
    // a future year ("by 2030") is cut off at the current year below
    if (c.anchor !== 'text' || !c.value) continue;
    const p = lastPoint(c.value);
    if (p && p.year <= cap && (latest === null || p.year > latest)) latest = p.year;
  }
  return latest === null ? null : { ...yearValue(latest), inferred: true };
}
