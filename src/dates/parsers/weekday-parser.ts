/**
 * Days named by the day of the week: "on Tuesday", "late on Tuesday", "last Friday", "the
 * following Monday". Wire copy and live blogs date most of their acts this way, counting from the
 * day of writing or of the entry. A bare weekday is the latest such day on or before the
 * reference (reports tell what has happened); "next"/"following" count forward and
 * "last"/"previous" back (from the day of writing, or with "the" from the story's day), "that" to
 * the nearest either way. A bare
 * weekday does not move the story: "On Tuesday … On Wednesday …" both count
 * from the same day, not the second from the first.
 * @module
 */
import { addDays, WEEKDAY_NAMES as DAYS, type PartialDate, weekdayOf } from '../calendar.js';
import { regexParser, relative } from '../candidate.js';
import type { TimeValue } from '../time-value.js';
import { lastPoint, pointValue } from '../time-value-ops.js';

// "Wednesday 17 January", "Friday, 3 May": a weekday before a date is part of that date
// "Good Friday", "Bloody Sunday": a day named for what happened on it is no weekday of the story
const WEEKDAY = new RegExp(
  `(?<!\\b(?:Good|Black|Bloody|Holy|Ash|Palm|Easter|Super|Cyber)\\s)\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Tt]hat|[Tt]he\\s+following|[Tt]he\\s+previous|[Tt]he\\s+next)\\s+)?(${DAYS.join('|')})\\b(?!,?\\s+(?:\\d|the\\s+\\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b))`,
  'g',
);

function resolveWeekday(
  ref: TimeValue,
  day: number,
  direction: 'back' | 'before' | 'after' | 'near',
): TimeValue | null {
  const p = lastPoint(ref);
  if (!p || p.day === undefined || p.month === undefined) return null;
  const from = p as Required<PartialDate>;
  const diff = (weekdayOf(from) - day + 7) % 7;
  const back = direction === 'before' && diff === 0 ? 7 : diff;
  const ahead = (day - weekdayOf(from) + 7) % 7;
  // "On the 17th … That Tuesday": a day already in view, the nearest such day either way
  const shift =
    direction === 'after' ? ahead || 7 : direction === 'near' ? (ahead < diff ? ahead : -diff) : -back;
  return { ...pointValue(addDays(from, shift)), inferred: true };
}

export const weekdayParser = regexParser('weekday', WEEKDAY, (m) => {
  const word = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const day = DAYS.indexOf(m[2]);
  const direction = /next|following/.test(word)
    ? 'after'
    : /last|previous/.test(word)
      ? 'before'
      : word === 'that'
        ? 'near'
        : 'back';
  // "last Wednesday", "next Friday": counted from the day of writing or speaking; "the following
  // Monday", "the previous Friday": from the day the story has reached
  if ((direction === 'before' || direction === 'after') && !word.startsWith('the '))
    return relative('deictic', 'document', 'day', (ref) => resolveWeekday(ref, day, direction));
  if (direction === 'before' || direction === 'after')
    return relative('relative', 'narrative', 'day', (ref) => resolveWeekday(ref, day, direction));
  return relative('relative', 'narrative', 'day', (ref) => resolveWeekday(ref, day, direction), false);
});
