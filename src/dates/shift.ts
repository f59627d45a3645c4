/**
 * Moving a reference time by a count of units, keeping no more precision than both the
 * reference and the unit allow ("a month later" after "2007" stays in 2007-ish years).
 * @module
 */
import {
  addDays,
  addMonths,
  daysInMonth,
  isoMonth,
  isoYear,
  lowerBound,
  type PartialDate,
} from './calendar.js';
import type { TimeValue } from './time-value.js';
import { firstPoint, lastPoint, makeValue, pointValue } from './time-value-ops.js';

export type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';

function shiftPoint(p: PartialDate, unit: Unit, n: number): PartialDate {
  if (unit === 'year') return { year: p.year + n, month: p.month, day: p.day };
  if (unit === 'decade') return { year: p.year + 10 * n, month: p.month, day: p.day };
  if (unit === 'month') {
    if (p.month === undefined) return { year: p.year + Math.trunc(n / 12) };
    const m = addMonths(p.year, p.month, n);
    if (p.day === undefined) return m;
    return { ...m, day: Math.min(p.day, daysInMonth(m.year, m.month)) };
  }
  const days = unit === 'week' ? 7 * n : n;
  if (p.month === undefined) return { year: p.year };
  if (p.day === undefined) {
    // a month moved by days: where its middle lands (shiftValue widens to both ends separately)
    const mid = addDays({ year: p.year, month: p.month, day: 15 }, days);
    return { year: mid.year, month: mid.month };
  }
  return addDays(p as Required<PartialDate>, days);
}

/** days and weeks from a month-precision point may land in that month or the next */
function dayShiftSpan(p: PartialDate, days: number): [PartialDate, PartialDate] | null {
  if (p.month === undefined || p.day !== undefined) return null;
  const a = addDays({ year: p.year, month: p.month, day: 1 }, days);
  const b = addDays({ year: p.year, month: p.month, day: daysInMonth(p.year, p.month) }, days);
  return [
    { year: a.year, month: a.month },
    { year: b.year, month: b.month },
  ];
}

/** keep the unit's precision or the reference's, whichever is coarser */
function coarsen(p: PartialDate, unit: Unit): PartialDate {
  if (unit === 'year' || unit === 'decade') return { year: p.year };
  if (unit === 'month') return p.month === undefined ? { year: p.year } : { year: p.year, month: p.month };
  return p;
}

/**
 * the reference moved by [low, high] units; forward counts from the reference's end,
 * backward from its start. Returns an approximate, inferred value.
 */
export function shiftValue(
  ref: TimeValue,
  unit: Unit,
  low: number,
  high: number,
  forward: boolean,
): TimeValue | null {
  const base = forward ? lastPoint(ref) : firstPoint(ref);
  if (!base) return null;
  const sign = forward ? 1 : -1;
  let ends: PartialDate[] = [
    coarsen(shiftPoint(base, unit, sign * low), unit),
    coarsen(shiftPoint(base, unit, sign * high), unit),
  ];
  if (unit === 'day' || unit === 'week') {
    const perUnit = unit === 'week' ? 7 : 1;
    const lowSpan = dayShiftSpan(base, sign * low * perUnit);
    const highSpan = dayShiftSpan(base, sign * high * perUnit);
    if (lowSpan && highSpan) ends = [...lowSpan, ...highSpan];
  }
  ends.sort((x, y) => lowerBound(x) - lowerBound(y));
  const one = pointValue(ends[0], 'approximate');
  const other = pointValue(ends[ends.length - 1], 'approximate');
  if (one.start === other.start)
    return { ...one, type: low === high ? 'exact' : 'approximate', inferred: true };
  return makeValue(one.start, other.end, 'range', 'approximate', true);
}

/** the calendar unit (year, month) that contains the reference's first point */
export function sameUnit(ref: TimeValue, unit: 'year' | 'month' | 'decade'): TimeValue | null {
  const p = firstPoint(ref);
  if (!p) return null;
  if (unit === 'year') return makeValue(isoYear(p.year), isoYear(p.year), 'year', 'exact', true);
  if (unit === 'decade') {
    const d = Math.floor(p.year / 10) * 10;
    return makeValue(isoYear(d), isoYear(d + 9), 'decade', 'exact', true);
  }
  if (p.month === undefined) return null;
  const m = isoMonth(p.year, p.month);
  return makeValue(m, m, 'month', 'exact', true);
}

/** the next or previous calendar unit ("the following year", "the previous month") */
export function adjacentUnit(
  ref: TimeValue,
  unit: 'year' | 'month' | 'decade',
  step: 1 | -1,
): TimeValue | null {
  const p = step > 0 ? lastPoint(ref) : firstPoint(ref);
  if (!p) return null;
  if (unit === 'year')
    return makeValue(isoYear(p.year + step), isoYear(p.year + step), 'year', 'exact', true);
  if (unit === 'decade') {
    // "the next decade" after "the 1990s" is the 2000s; after a single year it is the ten years on
    if (ref.precision === 'decade' && ref.type === 'exact') {
      const d = Math.floor(p.year / 10) * 10 + 10 * step;
      return makeValue(isoYear(d), isoYear(d + 9), 'decade', 'exact', true);
    }
    const [a, b] = step > 0 ? [p.year + 1, p.year + 10] : [p.year - 10, p.year - 1];
    return makeValue(isoYear(a), isoYear(b), 'decade', 'approximate', true);
  }
  if (p.month === undefined) return null;
  const m = addMonths(p.year, p.month, step);
  const iso = isoMonth(m.year, m.month);
  return makeValue(iso, iso, 'month', 'exact', true);
}
