/**
 * How events read in the interface: actors, dates with their precision, code labels.
 * @module
 */
import type { CameoEntry, StoredEvent } from './types.js';

export function actorText(a: { code: string; name?: string } | null): string {
  if (!a) return '—';
  return a.name && a.name !== a.code ? `${a.name} (${a.code})` : a.code;
}

export function dateText(e: StoredEvent): string {
  if (!e.date) return 'undated';
  const { start, end, precision } = e.date;
  const span = start === end || !end ? start || '…' : `${start || '…'} – ${end || '…'}`;
  return `${span} (${precision}${e.date.inferred ? ', inferred' : ''})`;
}

export function codeText(e: { code: string }, codes: Map<string, CameoEntry>): string {
  const label = codes.get(e.code)?.label;
  return label ? `${e.code} ${label}` : e.code;
}

export function eventTitle(e: StoredEvent, codes: Map<string, CameoEntry>): string {
  return `${actorText(e.source)} → ${actorText(e.target)}: ${codeText(e, codes)}`;
}
