/**
 * Seasons of a year: "the summer of 2009" (2009-06/2009-08), "spring 2011", "Spring, 2008",
 * "the winter of 1978-79". Northern-hemisphere meteorological seasons; winter runs
 * December to February and belongs to the year it starts in unless a second year is given.
 * @module
 */

import { addMonths, isoMonth, YEAR_PATTERN } from '../calendar.js';
import { regexParser, stated } from '../candidate.js';
import type { TimeValue } from '../time-value.js';
import { makeValue } from '../time-value-ops.js';

export const SEASON_START: Readonly<Record<string, number>> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 12,
};

export function seasonValue(season: string, year: number, type: TimeValue['type'] = 'exact'): TimeValue {
  const first = SEASON_START[season.toLowerCase()];
  const last = addMonths(year, first, 2);
  return makeValue(isoMonth(year, first), isoMonth(last.year, last.month), 'season', type);
}

const PATTERN = new RegExp(
  `\\b(?:the\\s+)?(?:(early|late)\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+of)?,?\\s+(${YEAR_PATTERN})(?:\\s*[-–/]\\s*(\\d{2}|${YEAR_PATTERN}))?(?![\\w%]|[.,]\\d)`,
  'gi',
);

export const seasonParser = regexParser('season', PATTERN, (m) => {
  let year = Number(m[3]);
  const season = m[2].toLowerCase();
  // "the winter of 1978-79" names the winter starting in the first year
  if (m[4] && season !== 'winter') return null;
  // a lone "winter of 2009" more often means its January and February than the December
  if (season === 'winter' && !m[4]) year -= 1;
  return stated(
    'season',
    seasonValue(season, year, m[1] || (season === 'winter' && !m[4]) ? 'approximate' : 'exact'),
  );
});
