/**
 * A part of a year: "early 1989" (1989-01/1989-04), "mid-2014" (2014-05/2014-08),
 * "late 2015", "the end of 2011", "the first half of 2016", "the third quarter of 2019".
 * Approximate, season precision.
 * @module
 */

import { isoMonth, YEAR_PATTERN } from '../calendar.js';
import { regexParser, stated } from '../candidate.js';
import { makeValue } from '../time-value-ops.js';

const PARTS: Readonly<Record<string, [number, number]>> = {
  early: [1, 4],
  beginning: [1, 4],
  start: [1, 4],
  'early part': [1, 4],
  mid: [5, 8],
  middle: [5, 8],
  late: [9, 12],
  end: [9, 12],
  'latter part': [9, 12],
  'later part': [9, 12],
  'first half': [1, 6],
  'second half': [7, 12],
  'latter half': [7, 12],
  'first months': [1, 4],
  'last months': [9, 12],
  'first quarter': [1, 3],
  'second quarter': [4, 6],
  'third quarter': [7, 9],
  'fourth quarter': [10, 12],
  'final quarter': [10, 12],
  'last quarter': [10, 12],
};

const PATTERN = new RegExp(
  `\\b(?:(early|mid|late)|the\\s+(beginning|start|early\\s+part|middle|end|latter\\s+part|later\\s+part|first\\s+half|second\\s+half|latter\\s+half|first\\s+months|last\\s+months|(?:first|second|third|fourth|final|last)\\s+quarter)\\s+of)(?:\\s*-\\s*|\\s+)(${YEAR_PATTERN})(?![\\w%]|[.,]\\d|s\\b)`,
  'gi',
);

export const partOfYearParser = regexParser('part-of-year', PATTERN, (m) => {
  const part = (m[1] ?? m[2]).toLowerCase().replace(/\s+/g, ' ');
  const months = PARTS[part];
  if (!months) return null;
  const year = Number(m[3]);
  return stated(
    'part',
    makeValue(isoMonth(year, months[0]), isoMonth(year, months[1]), 'season', 'approximate'),
  );
});
