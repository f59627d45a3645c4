/**
 * Dates as day numbers (days since 1970-01-01, UTC) so role bounds compare as integers.
 * Partial ISO dates name a period: "2010" is the whole year, "2010-06" the whole month.
 * @module
 */

export interface DayRange {
  /** first day, inclusive */
  first: number;
  /** last day, inclusive */
  last: number;
}

const msPerDay = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / msPerDay);
}

const partialIso = /^\s*(-?\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/;

/** the period an ISO partial date names; null when it is not one */
export function parsePartialDate(value: string): DayRange | null {
  const m = partialIso.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3] !== undefined) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const d = dayNumber(year, month, day);
    return { first: d, last: d };
  }
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { first: dayNumber(year, month, 1), last: dayNumber(year, month + 1, 1) - 1 };
  }
  return { first: dayNumber(year, 1, 1), last: dayNumber(year + 1, 1, 1) - 1 };
}

/** "2006-06/2010-06" or a single partial date */
export function parseDateOrInterval(value: string): DayRange | null {
  const slash = value.indexOf('/');
  if (slash < 0) return parsePartialDate(value);
  const a = parsePartialDate(value.slice(0, slash));
  const b = parsePartialDate(value.slice(slash + 1));
  if (!a || !b) return null;
  return { first: Math.min(a.first, b.first), last: Math.max(a.last, b.last) };
}

export function todayRange(): DayRange {
  const d = Math.floor(Date.now() / msPerDay);
  return { first: d, last: d };
}

export function formatDay(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}
