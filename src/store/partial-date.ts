/**
 * ISO partial dates ("2007", "2007-10", "2007-10-05") widened to the first and last day they cover,
 * as strings that compare correctly. The last day of a month is written as 31 whatever the month:
 * the bound is only ever compared, never shown.
 * @module
 */
const partialDate = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export function isPartialDate(value: string): boolean {
  return partialDate.test(value);
}

/** first day covered; "" (an open start) gives the earliest possible day */
export function lowerBound(value: string): string {
  if (value === '') return '0000-01-01';
  const m = partialDate.exec(value);
  if (!m) throw new RangeError(`"${value}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/** last day covered; "" (an open end) gives the latest possible day */
export function upperBound(value: string): string {
  if (value === '') return '9999-12-31';
  const m = partialDate.exec(value);
  if (!m) throw new RangeError(`"${value}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return `${m[1]}-${m[2] ?? '12'}-${m[3] ?? '31'}`;
}

function dayNumber(day: string): number {
  const d = new Date(0);
  d.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round(d.getTime() / 86_400_000);
}

/** whole days from `lo` to `hi` (both YYYY-MM-DD as lowerBound/upperBound write them) */
export function spanDays(lo: string, hi: string): number {
  return lo === hi ? 0 : dayNumber(hi) - dayNumber(lo);
}
