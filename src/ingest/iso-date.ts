/**
 * Publication dates arrive as "2017-03-01", "2017-03-01T10:00:00Z", "March 1, 2017",
 * "D:20170301…" (PDF) or just "2017"; the contract wants an ISO partial date.
 * @module
 */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const pad = (n: number) => String(n).padStart(2, '0');

/** 1–12 for a month name or its abbreviation ("Sept", "Oct"), else 0 */
export function monthIndex(name: string): number {
  const n = name.toLowerCase();
  if (n.length < 3) return 0;
  return MONTHS.findIndex((full) => full.startsWith(n)) + 1;
}

function valid(y: number, m?: number, d?: number): boolean {
  if (y < 1000 || y > 2999) return false;
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined && (d < 1 || d > 31)) return false;
  return true;
}

/** an ISO partial date (YYYY, YYYY-MM or YYYY-MM-DD), or null when the value holds none */
export function toIsoPartialDate(value: string): string | null {
  const v = value.trim();
  let m = /^D?:?(\d{4})(\d{2})?(\d{2})?/.exec(v.replace(/^D:/, ''));
  if (/^D:\d{4}/.test(v) && m) {
    const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
    if (valid(y, mo, d)) return [m[1], m[2], m[3]].filter(Boolean).join('-');
  }
  m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?![\d])/.exec(v);
  if (m) {
    const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
    if (valid(y, mo, d)) return [String(y), mo && pad(mo), d && pad(d)].filter(Boolean).join('-');
  }
  m = /\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:\s*[-–]\s*\d{1,2})?,?\s+(\d{4})\b/.exec(v);
  if (m && monthIndex(m[1]) > 0 && valid(Number(m[3]), monthIndex(m[1]), Number(m[2]))) {
    return `${m[3]}-${pad(monthIndex(m[1]))}-${pad(Number(m[2]))}`;
  }
  m = /\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b/.exec(v);
  if (m && monthIndex(m[2]) > 0 && valid(Number(m[3]), monthIndex(m[2]), Number(m[1]))) {
    return `${m[3]}-${pad(monthIndex(m[2]))}-${pad(Number(m[1]))}`;
  }
  m = /\b([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b/.exec(v);
  if (m && monthIndex(m[1]) > 0 && valid(Number(m[2]), monthIndex(m[1])))
    return `${m[2]}-${pad(monthIndex(m[1]))}`;
  m = /\b(1[89]\d\d|2[01]\d\d)\b/.exec(v);
  return m ? m[1] : null;
}
