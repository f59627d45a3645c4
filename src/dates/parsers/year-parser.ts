/**
 * Bare years: "in 2010", "the 2012 return", "its 2014 annexation", "2015's".
 * @module
 */

import { YEAR_PATTERN } from '../calendar.js';
import { regexParser, stated } from '../candidate.js';
import { yearValue } from '../time-value-ops.js';
import { readsAsYear } from '../year-context.js';

export const yearParser = regexParser('year', new RegExp(`\\b${YEAR_PATTERN}\\b`, 'g'), (m, text) => {
  if (!readsAsYear(text, m.index, m.index + 4)) return null;
  return stated('year', yearValue(Number(m[0])));
});
