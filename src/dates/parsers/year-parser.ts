/**
 * Bare years: "in 2010", "the 2012 return", "its 2014 annexation", "2015's".
 * @module
 */

import { YEAR_PATTERN } from '../calendar.js';
import { regexParser, stated } from '../candidate.js';
import { yearValue } from '../time-value-ops.js';
import { readsAsYear } from '../year-context.js';

// "for the 1970 World Cup", "the 1980 Olympics": a year in a name dates the thing named, not the
// story, which stays where it was
const NAMED_AFTER =
  /^\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]/;

/**
 * a year told as background to the story: "the worst clash since the war ended in 1953", "every
 * inch of the land occupied in 1967"; it dates its own clause but the story does not move there
 */
const BACKGROUND_BEFORE = [
  /\bsince\s+(?:the\s+|its\s+|their\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,5}\s+(?:ended|began|started|was\s+[a-z]+ed|were\s+[a-z]+ed|came|took)\b[^.;:]*\bin\s+$/u,
  /\b(?:the|its|their)\s+(?:(?!(?:was|were|is|are|had|has|have|been|be)\b)[a-z-]+\s+){0,3}[a-z]+(?:ed|en)\s+in\s+$/,
];

export const yearParser = regexParser('year', new RegExp(`\\b${YEAR_PATTERN}\\b`, 'g'), (m, text) => {
  if (!readsAsYear(text, m.index, m.index + 4)) return null;
  const found = stated('year', yearValue(Number(m[0])));
  const before = text.slice(Math.max(0, m.index - 60), m.index);
  if (
    (/\bthe\s+$/i.test(before) && NAMED_AFTER.test(text.slice(m.index + 4, m.index + 8))) ||
    BACKGROUND_BEFORE.some((re) => re.test(before))
  )
    found.carries = false;
  return found;
});
