/**
 * Seasons told from the moment of writing: "this summer", "last winter", "next spring". A report
 * of November 2020 that says "this summer" means June–August 2020; "last summer" is the last
 * summer over before the writing, "next spring" the first that starts after it.
 * @module
 */

import { type Parser, regexParser, relative } from '../candidate.js';
import type { TimeValue } from '../time-value.js';
import { firstPoint } from '../time-value-ops.js';
import { SEASON_START, seasonValue } from './season-parser.js';

const PATTERN = /\b(this|last|next|past|coming)\s+(spring|summer|autumn|fall|winter)\b/gi;

/** the year the season named starts in, `which` counted from the writing's month */
function seasonYear(doc: TimeValue, season: string, which: string): number | null {
  const p = firstPoint(doc);
  if (!p) return null;
  const month = p.month ?? 12;
  const first = SEASON_START[season];
  // the last season of this name to have begun by the writing, and whether it is still running
  const lastBegun = month >= first ? p.year : p.year - 1;
  const running = (month - first + 12) % 12 <= 2;
  // "this winter" in November is the coming one; "this summer" in November the one just over
  const current = season === 'winter' ? (month < 3 ? p.year - 1 : p.year) : p.year;
  if (which === 'this') return current;
  if (which === 'next' || which === 'coming') return lastBegun + 1;
  return running ? lastBegun - 1 : lastBegun;
}

export const deicticSeasonParser: Parser = regexParser('deictic-season', PATTERN, (m) => {
  const which = m[1].toLowerCase();
  const season = m[2].toLowerCase() === 'fall' ? 'autumn' : m[2].toLowerCase();
  return relative('deictic', 'document', 'season', (doc) => {
    const year = seasonYear(doc, season, which);
    return year === null ? null : { ...seasonValue(season, year), inferred: true };
  });
});
