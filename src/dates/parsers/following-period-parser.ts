/**
 * A stretch that opens at narrative time and runs on: "in the ensuing months", "over the
 * following week", "during the next three years", "in the weeks that followed", "within
 * days". The value runs from the reference to the far end of the stretch; narrative time
 * stays at the reference.
 * @module
 */
import { regexParser, relative } from '../candidate.js';
import { COUNT_PATTERN, countRange } from '../number-words.js';
import { shiftValue, type Unit } from '../shift.js';

const UNIT = '(day|week|month|year|decade)(s?)';
const AHEAD = new RegExp(
  `\\b(?:in|over|during|throughout|for)\\s+the\\s+(?:ensuing|following|next|subsequent|succeeding|coming)\\s+(?:(${COUNT_PATTERN})\\s+)?${UNIT}\\b` +
    `|\\b(?:in|over|during|throughout)\\s+the\\s+(days|weeks|months|years)\\s+(?:that\\s+followed|which\\s+followed|after(?:wards)?|since|to\\s+come)\\b`,
  'gi',
);
const WITHIN = new RegExp(
  `\\bwithin\\s+(?:(?:a\\s+few|a\\s+couple\\s+of|several|${COUNT_PATTERN})\\s+)?(hour|day|week|month)s?\\b`,
  'gi',
);

// how far a plural without a count ("the ensuing months") plausibly reaches
const PLURAL_REACH: Readonly<Record<Unit, number>> = { day: 14, week: 8, month: 11, year: 5, decade: 3 };

export const followingPeriodParser = regexParser('following-period', AHEAD, (m, text) => {
  // "over the next two years Iran will …" looks forward from the writing date, not the story
  if (
    /^\s*,?\s*(?:\w+\s+){0,3}(?:will|would|is\s+to|are\s+to)\b/i.test(
      text.slice(m.index + m[0].length, m.index + m[0].length + 40),
    )
  )
    return null;
  const unit = (m[2] ?? m[4].replace(/s$/, '')).toLowerCase() as Unit;
  const plural = m[4] !== undefined || m[3] === 's';
  const count = m[1] ? countRange(m[1]) : null;
  const reach = count ? count[1] : plural ? PLURAL_REACH[unit] : 1;
  // the story stays where it was: carrying the whole stretch would push every later step past its end
  return relative('relative', 'narrative', 'range', (ref) => shiftValue(ref, unit, 0, reach, true), false);
});

/** "within days": soon after narrative time; the story itself does not move on to that stretch */
export const withinPeriodParser = regexParser('within-period', WITHIN, (m) => {
  const unit = m[1].toLowerCase();
  if (unit === 'hour')
    return relative('relative', 'narrative', 'day', (ref) => shiftValue(ref, 'day', 0, 1, true), false);
  const u = unit as Unit;
  return relative(
    'relative',
    'narrative',
    'range',
    (ref) => shiftValue(ref, u, 0, PLURAL_REACH[u], true),
    false,
  );
});
