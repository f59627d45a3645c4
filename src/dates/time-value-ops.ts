/**
 * Building, printing and comparing TimeValues.
 * @module
 */
import {
  formatPartialDate,
  isoMonth,
  isoYear,
  lowerBound,
  type PartialDate,
  parsePartialDate,
  upperBound,
} from './calendar.js';
import type { Precision, TimeType, TimeValue } from './time-value.js';

export function makeValue(
  start: string,
  end: string,
  precision: Precision,
  type: TimeType = 'exact',
  inferred = false,
): TimeValue {
  return { start, end, precision, type, inferred };
}

export function yearValue(year: number, type: TimeType = 'exact'): TimeValue {
  const y = isoYear(year);
  return makeValue(y, y, 'year', type);
}

export function monthValue(year: number, month: number, type: TimeType = 'exact'): TimeValue {
  const m = isoMonth(year, month);
  return makeValue(m, m, 'month', type);
}

export function pointValue(d: PartialDate, type: TimeType = 'exact'): TimeValue {
  const iso = formatPartialDate(d);
  const precision: Precision = d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : 'year';
  return makeValue(iso, iso, precision, type);
}

/** an expression that needs a reference it did not get: both ends open */
export function unresolvedValue(precision: Precision): TimeValue {
  return makeValue('', '', precision, 'open', true);
}

export function isResolved(v: TimeValue | null | undefined): v is TimeValue {
  return !!v && (v.start !== '' || v.end !== '');
}

/** "2007-10", "2006-06/2010-06"; open ends print as ".." (ISO 8601-2) */
export function formatTimeValue(v: TimeValue | null | undefined): string {
  if (!v || !isResolved(v)) return '';
  if (v.start === v.end) return v.start;
  return `${v.start || '..'}/${v.end || '..'}`;
}

/** [lo, hi] as YYYYMMDD integers; open ends are infinite */
export function valueBounds(v: TimeValue): [number, number] | null {
  if (!isResolved(v)) return null;
  const s = v.start ? parsePartialDate(v.start) : null;
  const e = v.end ? parsePartialDate(v.end) : null;
  if ((v.start && !s) || (v.end && !e)) return null;
  return [s ? lowerBound(s) : Number.NEGATIVE_INFINITY, e ? upperBound(e) : Number.POSITIVE_INFINITY];
}

/** true when the two stretches of time share at least one day */
export function timeValueOverlaps(a: TimeValue | null | undefined, b: TimeValue | null | undefined): boolean {
  if (!a || !b) return false;
  const x = valueBounds(a);
  const y = valueBounds(b);
  if (!x || !y) return false;
  return x[0] <= y[1] && y[0] <= x[1];
}

export function startPoint(v: TimeValue): PartialDate | null {
  return v.start ? parsePartialDate(v.start) : null;
}

export function endPoint(v: TimeValue): PartialDate | null {
  return v.end ? parsePartialDate(v.end) : null;
}

/** the latest known point of a value (its end, else its start) */
export function lastPoint(v: TimeValue): PartialDate | null {
  return endPoint(v) ?? startPoint(v);
}

/** the earliest known point of a value (its start, else its end) */
export function firstPoint(v: TimeValue): PartialDate | null {
  return startPoint(v) ?? endPoint(v);
}

export function withInferred(v: TimeValue, inferred: boolean): TimeValue {
  return v.inferred === inferred ? v : { ...v, inferred };
}

/**
 * The year a month named without one falls in, told after narrative time `ref`: the story's year,
 * or the next when the month lies half a year or more before the story's month ("In December
 * 2011 … In January, …" is January 2012). Null when the story has no time.
 */
export function yearOfMonthAfter(ref: TimeValue, month: number): number | null {
  const p = firstPoint(ref);
  if (!p) return null;
  const q = lastPoint(ref);
  // a stretch of time, or a year alone, gives no month to count from
  const oneMonth = p.month !== undefined && q?.year === p.year && q.month === p.month;
  // "that winter (December to February) … In March": a stretch running into a new year reaches
  // the months before its first one in that new year
  if (!oneMonth && p.month !== undefined && q && q.year === p.year + 1 && month < p.month) return q.year;
  return oneMonth && (p.month as number) - month >= 6 ? p.year + 1 : p.year;
}
