/**
 * TimelineJS JSON. Dates carry only the parts the text gave: a year-precision event has only a
 * year, so TimelineJS shows it as a year instead of inventing 1 January.
 * @module
 */
import { codeAtLevel } from '../analysis/actor-level.js';
import type { StoredEvent } from '../store/store.js';
import { cameoLabel } from './canonical-record.js';
import { xmlEscape } from './xml-escape.js';

export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineSlide {
  start_date: TimelineDate;
  end_date?: TimelineDate;
  text: { headline: string; text: string };
  group: string;
  unique_id: string;
}

export interface TimelineDocument {
  title: { text: { headline: string; text: string } };
  events: TimelineSlide[];
}

/** "2007" → {year}, "2007-10" → {year, month}, "2007-10-05" → {year, month, day} */
export function timelineDate(partial: string): TimelineDate | null {
  const m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(partial.trim());
  if (!m) return null;
  const date: TimelineDate = { year: Number(m[1]) };
  if (m[2]) date.month = Number(m[2]);
  if (m[3]) date.day = Number(m[3]);
  return date;
}

function dyadGroup(event: StoredEvent): string {
  const a = codeAtLevel(event.source.code, 'country');
  const b = event.target ? codeAtLevel(event.target.code, 'country') : null;
  return b ? [a, b].sort().join('–') : a;
}

/** a slide for an event, or null when it has no date TimelineJS can place */
export function toTimelineSlide(event: StoredEvent): TimelineSlide | null {
  const d = event.date;
  if (!d) return null;
  const start = timelineDate(d.start || d.end);
  if (!start) return null;
  const end = d.end && d.end !== d.start ? timelineDate(d.end) : null;
  const label = cameoLabel(event.code) ?? event.code;
  const who = `${event.source.name} → ${event.target?.name ?? '—'}`;
  const sources = event.citations.map((c) => `<li>${xmlEscape(c.text)}</li>`).join('');
  const body = [
    event.sentenceText ? `<p>${xmlEscape(event.sentenceText)}</p>` : '',
    `<p>CAMEO ${xmlEscape(event.code)}, Goldstein ${event.goldstein}${d.inferred ? ', date inferred' : ''}${event.documentName ? `, from ${xmlEscape(event.documentName)}` : ''}</p>`,
    sources ? `<ul>${sources}</ul>` : '',
    event.sourceUrl ? `<p><a href="${xmlEscape(event.sourceUrl)}">source</a></p>` : '',
  ].join('');
  return {
    start_date: start,
    ...(end ? { end_date: end } : {}),
    text: { headline: xmlEscape(`${who}: ${label}`), text: body },
    group: dyadGroup(event),
    unique_id: `event-${event.id}`,
  };
}

export function toTimeline(events: readonly StoredEvent[], title = 'Entente events'): TimelineDocument {
  const slides = events.map(toTimelineSlide).filter((s): s is TimelineSlide => s !== null);
  return {
    title: { text: { headline: xmlEscape(title), text: `<p>${slides.length} dated events</p>` } },
    events: slides,
  };
}
