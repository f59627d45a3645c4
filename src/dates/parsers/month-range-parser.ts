/**
 * Month ranges inside one year: "June–August 2009", "March to May 2014",
 * "between April and June 2016".
 * @module
 */

import { isoMonth, MONTH_PATTERN, monthNumber, YEAR_PATTERN } from '../calendar.js';
import { regexParser, stated } from '../candidate.js';
import { makeValue } from '../time-value-ops.js';

const PATTERN = new RegExp(
  `(?:\\b(?:from|between)\\s+)?\\b(${MONTH_PATTERN})\\s*(?:[–—-]|\\s(?:to|through|until|and)\\s)\\s*(${MONTH_PATTERN})(?:\\s+of)?,?\\s+(${YEAR_PATTERN})(?![\\w%]|[.,]\\d)`,
  'g',
);

export const monthRangeParser = regexParser('month-range', PATTERN, (m) => {
  const year = Number(m[3]);
  const a = monthNumber(m[1]);
  const b = monthNumber(m[2]);
  if (b <= a) return null;
  if (/\sand\s/.test(m[0]) && !/^between\b/i.test(m[0])) return null;
  return stated('range', makeValue(isoMonth(year, a), isoMonth(year, b), 'range', 'range'));
});
