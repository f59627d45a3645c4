/**
 * Calendar arithmetic for series: ISO partial dates become inclusive day ranges, and day ranges
 * become the year, quarter or month periods they touch.
 * @module
 */
import type { TimeValue } from '../dates/time-value.js';

export type PeriodUnit = 'year' | 'quarter' | 'month';

export interface Period {
  /** "2007", "2007-Q3" or "2007-10" */
  label: string;
  /** inclusive day numbers (days since 1970-01-01, UTC) */
  firstDay: number;
  lastDay: number;
}

const DAY_MS = 86_400_000;

function dayNumber(year: number, monthIndex: number, day: number): number {
  return Math.floor(Date.UTC(year, monthIndex, day) / DAY_MS);
}

const PARTIAL_DATE = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

function parsePartial(value: string): { year: number; month: number | null; day: number | null } | null {
  const m = PARTIAL_DATE.exec(value.trim());
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

/** first day of an ISO partial date ("2007" → 1 Jan 2007), or null if unreadable */
export function firstDayOf(value: string): number | null {
  const p = parsePartial(value);
  if (!p) return null;
  return dayNumber(p.year, (p.month ?? 1) - 1, p.day ?? 1);
}

/** last day of an ISO partial date ("2007-02" → 28 Feb 2007), or null if unreadable */
export function lastDayOf(value: string): number | null {
  const p = parsePartial(value);
  if (!p) return null;
  if (p.day !== null) return dayNumber(p.year, (p.month ?? 1) - 1, p.day);
  if (p.month !== null) return dayNumber(p.year, p.month, 1) - 1;
  return dayNumber(p.year + 1, 0, 1) - 1;
}

/**
 * The inclusive day range a time value covers. An open side takes the other side's value, because
 * a series can only place what the text bounds.
 */
export function daySpan(value: TimeValue | null | undefined): { firstDay: number; lastDay: number } | null {
  if (!value) return null;
  return daySpanOf(value.start, value.end);
}

/** `daySpan` of bare ISO partial start and end strings (either may be empty or null) */
export function daySpanOf(
  startValue: string | null,
  endValue: string | null,
): { firstDay: number; lastDay: number } | null {
  const start = startValue || endValue;
  const end = endValue || startValue;
  if (!start || !end) return null;
  const firstDay = firstDayOf(start);
  const lastDay = lastDayOf(end);
  if (firstDay === null || lastDay === null) return null;
  return firstDay <= lastDay ? { firstDay, lastDay } : { firstDay: lastDay, lastDay: firstDay };
}

export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** the period of the given unit that contains a day */
export function periodContaining(day: number, unit: PeriodUnit): Period {
  const d = new Date(day * DAY_MS);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  if (unit === 'year') {
    return { label: String(year), firstDay: dayNumber(year, 0, 1), lastDay: dayNumber(year + 1, 0, 1) - 1 };
  }
  if (unit === 'quarter') {
    const q = Math.floor(month / 3);
    return {
      label: `${year}-Q${q + 1}`,
      firstDay: dayNumber(year, q * 3, 1),
      lastDay: dayNumber(year, q * 3 + 3, 1) - 1,
    };
  }
  return {
    label: `${year}-${String(month + 1).padStart(2, '0')}`,
    firstDay: dayNumber(year, month, 1),
    lastDay: dayNumber(year, month + 1, 1) - 1,
  };
}

/** every period of the unit from the one containing firstDay to the one containing lastDay */
export function periodsCovering(firstDay: number, lastDay: number, unit: PeriodUnit): Period[] {
  const out: Period[] = [];
  let p = periodContaining(firstDay, unit);
  for (;;) {
    out.push(p);
    if (p.lastDay >= lastDay) break;
    p = periodContaining(p.lastDay + 1, unit);
  }
  return out;
}
