/**
 * Days named relative to narrative time: "the next day", "the following morning", "the day
 * before", "that night", "the same day", "later that day". They move by one day only when the
 * narrative time is a day; a month or a year stays as it is, since the text gives no finer time.
 * @module
 */
import { addDays, type PartialDate } from '../calendar.js';
import { regexParser, relative } from '../candidate.js';
import type { TimeValue } from '../time-value.js';
import { firstPoint, lastPoint, pointValue } from '../time-value-ops.js';

const PART = '(day|morning|afternoon|evening|night)';
const ADJACENT = new RegExp(
  // "Next morning India withdrew …": "next" needs no article ("next-day delivery" is no time)
  `\\bthe\\s+(next|following|subsequent|previous|preceding|prior)\\s+${PART}\\b|\\bthe\\s+${PART}\\s+(before|after)\\b(?!\\s+(?:tomorrow|yesterday)\\b)|\\b(next)\\s+${PART}\\b(?!-)`,
  'gi',
);
const SAME = new RegExp(
  `\\b(?:(?:later|earlier)\\s+)?(?:that|that\\s+same|the\\s+same|that\\s+very)\\s+${PART}\\b`,
  'gi',
);

/** one day on from (or back before) the reference, at no finer precision than it has */
function stepDay(ref: TimeValue, step: -1 | 0 | 1): TimeValue | null {
  const p: PartialDate | null = step > 0 ? lastPoint(ref) : firstPoint(ref);
  if (!p) return null;
  if (p.day === undefined || p.month === undefined) return { ...pointValue(p), inferred: true };
  const day = step === 0 ? (p as Required<PartialDate>) : addDays(p as Required<PartialDate>, step);
  return { ...pointValue(day), inferred: true };
}

export const adjacentDayParser = regexParser('relative-day', ADJACENT, (m, text) => {
  // "a year to the day after the exit" counts a year, not a day
  if (/\bto\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
  const word = (m[1] ?? m[4] ?? m[5]).toLowerCase();
  const step = /^(next|following|subsequent|after)$/.test(word) ? 1 : -1;
  return relative('relative', 'narrative', 'day', (ref) => stepDay(ref, step));
});

export const sameDayParser = regexParser('relative-same-day', SAME, () =>
  relative('relative', 'narrative', 'day', (ref) => stepDay(ref, 0)),
);
