/**
 * Named units relative to narrative time: "that year", "that same month", "later that year",
 * "the following year", "the next decade", "the previous month", "that summer",
 * "the following spring".
 * @module
 */
import { regexParser, relative } from '../candidate.js';
import { adjacentUnit, sameUnit } from '../shift.js';
import { firstPoint, lastPoint } from '../time-value-ops.js';
import { SEASON_START, seasonValue } from './season-parser.js';

const SAME =
  /\b(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that|the\s+same|that\s+same|that\s+very)\s+(year|month|decade|spring|summer|autumn|fall|winter)\b|\b(?:during|in|over|through|throughout)\s+the\s+(spring|summer|autumn|winter)(?!\s+of\b|\s*,?\s*\d|[\w-])/gi;
const ADJACENT =
  /\bthe\s+(following|next|subsequent|succeeding|previous|preceding|prior)\s+(year|month|decade|spring|summer|autumn|fall|winter)\b|\bthe\s+(year|month|decade)\s+(before|after)\b/gi;

export const sameUnitParser = regexParser('relative-same', SAME, (m) => {
  const unit = (m[1] ?? m[2]).toLowerCase();
  if (unit in SEASON_START) {
    return relative('relative', 'narrative', 'season', (ref) => {
      const p = firstPoint(ref);
      return p ? { ...seasonValue(unit, p.year), inferred: true } : null;
    });
  }
  const u = unit as 'year' | 'month' | 'decade';
  return relative('relative', 'narrative', u, (ref) => sameUnit(ref, u));
});

export const adjacentUnitParser = regexParser('relative-adjacent', ADJACENT, (m) => {
  const word = (m[1] ?? m[4]).toLowerCase();
  const unit = (m[2] ?? m[3]).toLowerCase();
  const step = /^(following|next|subsequent|succeeding|after)$/.test(word) ? 1 : -1;
  if (unit in SEASON_START) {
    return relative('relative', 'narrative', 'season', (ref) => {
      const p = step > 0 ? lastPoint(ref) : firstPoint(ref);
      if (!p) return null;
      const first = SEASON_START[unit];
      // the next summer after March 2007 is summer 2007; after August 2007 it is summer 2008
      let year = p.year + step;
      if (p.month !== undefined && step > 0 && p.month < first) year = p.year;
      if (p.month !== undefined && step < 0 && p.month > first + 2) year = p.year;
      return { ...seasonValue(unit, year), inferred: true };
    });
  }
  const u = unit as 'year' | 'month' | 'decade';
  return relative('relative', 'narrative', u, (ref) => adjacentUnit(ref, u, step));
});
