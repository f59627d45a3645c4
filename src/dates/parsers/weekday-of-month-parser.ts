/**
 * A weekday counted within a month: "the last Sunday of January", "the first Monday in March
 * 2019", "on the second Tuesday of the month". With no year the month takes the story's year,
 * counted on as "24 May" would be, so the candidate is a day-month one for the resolver.
 * @module
 */
import {
  daysInMonth,
  isoMonth,
  MONTH_PATTERN,
  monthNumber,
  WEEKDAY_NAMES,
  weekdayOf,
  YEAR_PATTERN,
} from '../calendar.js';
import { type Candidate, completed, type Parser, relative, stated } from '../candidate.js';
import { makeValue, yearOfMonthAfter } from '../time-value-ops.js';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'last'];
const PATTERN = new RegExp(
  `\\b[Tt]he\\s+(${ORDINALS.join('|')})\\s+(${WEEKDAY_NAMES.join('|')})\\s+(?:of|in)\\s+(${MONTH_PATTERN})(?:,?\\s+(${YEAR_PATTERN}))?(?![\\w%])`,
  'g',
);

/** the day of `month` that is its `nth` (0–3, or 4 for the last) `weekday` */
export function weekdayOfMonth(year: number, month: number, weekday: number, nth: number): string {
  const last = daysInMonth(year, month);
  let day: number;
  if (nth === 4) {
    const lastWeekday = weekdayOf({ year, month, day: last });
    day = last - ((lastWeekday - weekday + 7) % 7);
  } else {
    const firstWeekday = weekdayOf({ year, month, day: 1 });
    day = 1 + ((weekday - firstWeekday + 7) % 7) + 7 * nth;
  }
  return `${isoMonth(year, month)}-${String(day).padStart(2, '0')}`;
}

export const weekdayOfMonthParser: Parser = {
  id: 'weekday-of-month',
  parse(text: string): Candidate[] {
    const out: Candidate[] = [];
    PATTERN.lastIndex = 0;
    for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
      const nth = ORDINALS.indexOf(m[1].toLowerCase());
      const weekday = WEEKDAY_NAMES.indexOf(m[2]);
      const month = monthNumber(m[3]);
      const end = m.index + m[0].length;
      if (m[4]) {
        const d = weekdayOfMonth(Number(m[4]), month, weekday, nth);
        out.push(completed(stated('day', makeValue(d, d, 'day')), m.index, end, m[0], 'full-date'));
        continue;
      }
      const found = relative('day', 'narrative', 'day', (ref) => {
        const year = yearOfMonthAfter(ref, month);
        if (year === null) return null;
        const d = weekdayOfMonth(year, month, weekday, nth);
        return makeValue(d, d, 'day', 'exact', true);
      });
      out.push(completed(found, m.index, end, m[0], 'day-month'));
    }
    return out;
  },
};
