/**
 * A part of a named month: "late June 1989", "early March 2014", "mid-October 2015",
 * "the end of May 2011". The month is certain, the part only narrows it, so the value
 * stays the month, marked approximate.
 * @module
 */

import { MONTH_PATTERN, monthNumber, YEAR_PATTERN } from '../calendar.js';
import { regexParser, stated } from '../candidate.js';
import { monthValue } from '../time-value-ops.js';

const PART =
  '(?:early|mid|late|the\\s+(?:beginning|start|end|middle|first\\s+half|second\\s+half|first\\s+days|last\\s+days)\\s+of)';
const PATTERN = new RegExp(
  `\\b(?:${PART})(?:\\s*-\\s*|\\s+)(${MONTH_PATTERN})(?:\\s+of)?,?\\s+(${YEAR_PATTERN})(?![\\w%]|[.,]\\d)`,
  'gi',
);

export const partOfMonthParser = regexParser('part-of-month', PATTERN, (m) => {
  // the pattern is case-insensitive for "Early"/"Late"; the month itself must be capitalised
  if (!/^[A-Z]/.test(m[1])) return null;
  return stated('part', monthValue(Number(m[2]), monthNumber(m[1]), 'approximate'));
});
