/**
 * Year ranges written with a dash or slash: "1980–1988", "(1980-88)", "2009/10".
 * "from 2006 to 2010" and "between 2013 and 2017" are joined later by the range refiner.
 * @module
 */

import { isoYear, YEAR_PATTERN } from '../calendar.js';
import { regexParser, stated } from '../candidate.js';
import { makeValue } from '../time-value-ops.js';
import { readsAsYear } from '../year-context.js';

const PATTERN = new RegExp(
  `\\b(${YEAR_PATTERN})\\s?[–—/-]\\s?(${YEAR_PATTERN}|\\d{2})(?![\\w%]|[.,]\\d|[-–/]\\d)`,
  'g',
);

export const yearRangeParser = regexParser('year-range', PATTERN, (m, text) => {
  const from = Number(m[1]);
  let to = Number(m[2]);
  if (m[2].length === 2) to = Math.floor(from / 100) * 100 + to;
  if (to <= from || to - from > 100) return null;
  if (!readsAsYear(text, m.index, m.index + 4, /*opensRange=*/ true)) return null;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
  if (/^\s*(?:%|percent\b)/i.test(after)) return null;
  return stated('range', makeValue(isoYear(from), isoYear(to), 'range', 'range'));
});
