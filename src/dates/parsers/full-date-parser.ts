/**
 * The common full-date spellings of English prose, read by regex because they are most
 * of what a history text holds and chrono costs far more per call: "October 13, 2000",
 * "13 October 2000", "the 4th of November 1979", "2006-01-17", and "October 13" or "3 September"
 * whose year comes from narrative time. chrono keeps the rarer shapes (see chrono-full-date-parser).
 * @module
 */

import { daysInMonth, isoMonth, MONTH_PATTERN, monthNumber, YEAR_PATTERN } from '../calendar.js';
import { type Candidate, completed, type Parser, relative, stated } from '../candidate.js';
import { makeValue, yearOfMonthAfter } from '../time-value-ops.js';

const ORDINAL = '(?:st|nd|rd|th)?';
const MONTH_DAY_YEAR = `\\b(${MONTH_PATTERN})\\s+(\\d{1,2})${ORDINAL}(?!\\d),?\\s+(${YEAR_PATTERN})(?![\\w%]|[.,]\\d)`;
const DAY_MONTH_YEAR = `\\b(?:the\\s+)?(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH_PATTERN}),?\\s+(${YEAR_PATTERN})(?![\\w%]|[.,]\\d)`;
const ISO_DATE = `\\b(${YEAR_PATTERN})-(\\d{2})-(\\d{2})(?![\\w/-])`;
// "22 July 15:40 BST": a clock time after a day and month is no day, nor a year
const MONTH_DAY = `\\b(${MONTH_PATTERN})\\s+(\\d{1,2})${ORDINAL}(?![\\d\\w:]|\\s*[–-]\\s*\\d|,?\\s+\\d)`;
const DAY_MONTH = `\\b(?:the\\s+)?(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH_PATTERN})(?!\\w|\\s*,?\\s*(?:of\\s+)?\\d(?!\\d?[:.]\\d\\d))`;
const PATTERN = new RegExp(`${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR}|${ISO_DATE}|${MONTH_DAY}|${DAY_MONTH}`, 'g');

function iso(year: number, month: number, day: number): string {
  return `${isoMonth(year, month)}-${String(day).padStart(2, '0')}`;
}

function valid(year: number | null, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year ?? 2000, month);
}

export const fullDateParser: Parser = {
  id: 'full-date',
  parse(text: string): Candidate[] {
    const out: Candidate[] = [];
    PATTERN.lastIndex = 0;
    for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
      let year: number | null;
      let month: number;
      let day: number;
      if (m[1]) [year, month, day] = [Number(m[3]), monthNumber(m[1]), Number(m[2])];
      else if (m[4]) [year, month, day] = [Number(m[6]), monthNumber(m[5]), Number(m[4])];
      else if (m[7]) [year, month, day] = [Number(m[7]), Number(m[8]), Number(m[9])];
      else if (m[10]) [year, month, day] = [null, monthNumber(m[10]), Number(m[11])];
      else [year, month, day] = [null, monthNumber(m[13]), Number(m[12])];
      if (!valid(year, month, day)) continue;
      // word boundaries start the pattern (lookbehinds there cost a check at every position)
      if (m.index > 0 && /[,.$/-]/.test(text[m.index - 1])) continue;
      const end = m.index + m[0].length;
      if (year !== null) {
        const d = iso(year, month, day);
        out.push(completed(stated('day', makeValue(d, d, 'day')), m.index, end, m[0], 'full-date'));
      } else {
        const found = relative('day', 'narrative', 'day', (ref) => {
          const year = yearOfMonthAfter(ref, month);
          if (year === null) return null;
          const d = iso(year, month, day);
          return makeValue(d, d, 'day', 'exact', true);
        });
        out.push(completed(found, m.index, end, m[0], 'day-month'));
      }
    }
    return out;
  },
};
