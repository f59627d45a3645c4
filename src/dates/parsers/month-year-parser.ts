/**
 * Month and year: "June 1995", "in March 2014", "November of 2015", "Sept. 2001".
 * @module
 */

import { MONTH_PATTERN, monthNumber, YEAR_PATTERN } from '../calendar.js';
import { regexParser, stated } from '../candidate.js';
import { monthValue } from '../time-value-ops.js';

const PATTERN = new RegExp(`\\b(${MONTH_PATTERN})(?:\\s+of)?,?\\s+(${YEAR_PATTERN})(?![\\w%]|[.,]\\d)`, 'g');

export const monthYearParser = regexParser('month-year', PATTERN, (m) =>
  stated('month', monthValue(Number(m[2]), monthNumber(m[1]))),
);
