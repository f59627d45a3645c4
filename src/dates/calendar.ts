/**
 * Partial calendar points (year, year-month, year-month-day) and the arithmetic the
 * parsers need, without ever filling in a month or day the text did not give.
 * @module
 */

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const ISO_PARTIAL = /^(-?\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * "2014", "2014-03", "2014-03-18" read digit by digit, or null for any other shape (which the
 * regex reads): the timeline compares values by their bounds several times per sentence, and
 * the trim, the regex and its match array were most of that
 */
function plainIso(iso: string): PartialDate | null {
  const n = iso.length;
  if (n !== 4 && n !== 7 && n !== 10) return null;
  const year = digitsAt(iso, 0, 4);
  if (year < 0) return null;
  if (n === 4) return { year, month: undefined, day: undefined };
  const month = iso.charCodeAt(4) === 45 ? digitsAt(iso, 5, 7) : -1;
  if (month < 0) return null;
  if (n === 7) return { year, month, day: undefined };
  const day = iso.charCodeAt(7) === 45 ? digitsAt(iso, 8, 10) : -1;
  return day < 0 ? null : { year, month, day };
}

function anyIso(iso: string): PartialDate | null {
  const m = ISO_PARTIAL.exec(iso.trim());
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined };
}

export function parsePartialDate(iso: string): PartialDate | null {
  const d = plainIso(iso) ?? anyIso(iso);
  if (!d) return null;
  const { year, month, day } = d;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return null;
  return d;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

export function formatPartialDate(d: PartialDate): string {
  let s = pad(d.year, 4);
  if (d.month !== undefined) s += `-${pad(d.month, 2)}`;
  if (d.month !== undefined && d.day !== undefined) s += `-${pad(d.day, 2)}`;
  return s;
}

export function isoYear(year: number): string {
  return pad(year, 4);
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // every interval comparison asks this: counted, not built as a Date (which also reads years 0–99
  // as 1900–1999 and rolls months over: those cases keep the Date)
  if (Number.isInteger(year) && year >= 100 && Number.isInteger(month) && month >= 1 && month <= 12) {
    if (month !== 2) return MONTH_DAYS[month - 1];
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** month index counted from year 0, so month arithmetic is integer addition */
export function monthOrdinal(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function fromMonthOrdinal(ordinal: number): { year: number; month: number } {
  const year = Math.floor(ordinal / 12);
  return { year, month: ordinal - year * 12 + 1 };
}

export function addMonths(year: number, month: number, count: number): { year: number; month: number } {
  return fromMonthOrdinal(monthOrdinal(year, month) + count);
}

/** day names in the order of Date.getUTCDay(), Sunday first */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** weekday of a full date, 0 for Sunday */
export function weekdayOf(d: Required<PartialDate>): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export function addDays(d: Required<PartialDate>, count: number): Required<PartialDate> {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  t.setUTCDate(t.getUTCDate() + count);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/**
 * Comparable bounds of a partial date: "2007" spans 2007-01-01…2007-12-31, as integers
 * YYYYMMDD (with the sign of the year), so intervals compare without Date objects.
 */
export function lowerBound(d: PartialDate): number {
  return d.year * 10000 + (d.month ?? 1) * 100 + (d.day ?? 1);
}

export function upperBound(d: PartialDate): number {
  const month = d.month ?? 12;
  return d.year * 10000 + month * 100 + (d.day ?? daysInMonth(d.year, month));
}

/** the coarser of two partial dates' precisions, applied to the first */
export function truncateLike(d: PartialDate, like: PartialDate): PartialDate {
  if (like.month === undefined) return { year: d.year };
  if (like.day === undefined) return { year: d.year, month: d.month };
  return d;
}

export const MONTH_NAMES: Readonly<Record<string, number>> = {
  January: 1,
  February: 2,
  March: 3,
  April: 4,
  May: 5,
  June: 6,
  July: 7,
  August: 8,
  September: 9,
  October: 10,
  November: 11,
  December: 12,
  'Jan.': 1,
  'Feb.': 2,
  'Mar.': 3,
  'Apr.': 4,
  'Jun.': 6,
  'Jul.': 7,
  'Aug.': 8,
  'Sept.': 9,
  'Sep.': 9,
  'Oct.': 10,
  'Nov.': 11,
  'Dec.': 12,
  // wire copy drops the full stop ("Nov 30", "Sept 6"); every pattern wants a number after these
  Jan: 1,
  Feb: 2,
  Apr: 4,
  Jun: 6,
  Jul: 7,
  Aug: 8,
  Sept: 9,
  Sep: 9,
  Oct: 10,
  Nov: 11,
  Dec: 12,
};

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** longest-first alternation so "Sept." wins over "Sep." and full names over abbreviations */
export function matchAnyPattern(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
}

// Months are matched case-sensitively: "may" and "march" are ordinary words in prose.
export const MONTH_PATTERN = `(?:${matchAnyPattern(Object.keys(MONTH_NAMES))})`;

export function monthNumber(name: string): number {
  const n = MONTH_NAMES[name] ?? MONTH_NAMES[`${name}.`];
  if (n === undefined) throw new Error(`calendar: "${name}" is not a month name`);
  return n;
}

/** four-digit years a history text plausibly means; everything else is a count or a label */
export const YEAR_PATTERN = '(?:1[0-9]{3}|20[0-9]{2}|2100)';

export function plausibleYear(year: number): boolean {
  return year >= 1000 && year <= 2100;
}
