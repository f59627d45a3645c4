/**
 * The document's publication date as a TimeValue, the anchor for "today" and "last year".
 * @module
 */
import { parsePartialDate } from './calendar.js';
import type { TimeValue } from './time-value.js';
import { pointValue } from './time-value-ops.js';

export function documentDateValue(iso: string | null | undefined): TimeValue | null {
  if (!iso) return null;
  const p = parsePartialDate(iso.slice(0, 10));
  return p ? pointValue(p) : null;
}
