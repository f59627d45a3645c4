/**
 * Well-known historical events as time anchors, read from data/dates/historical-events.tsv:
 * "after the Soviet pullout" counts from February 1989 only because readers know when it was.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { dataPath } from '../package-root.js';
import { parsePartialDate } from './calendar.js';
import type { Precision, TimeValue } from './time-value.js';
import { makeValue } from './time-value-ops.js';

export interface HistoricalEvent {
  id: string;
  /** the event's own time; end "" while it goes on */
  value: TimeValue;
  /** a moment (an annexation) or a stretch of time (a war) */
  span: 'point' | 'state';
  names: string[];
}

function dataFile(): string {
  const file = dataPath('dates', 'historical-events.tsv');
  if (!existsSync(file)) throw new Error(`${file}: the bundled historical events are missing`);
  return file;
}

function precisionOf(iso: string): Precision {
  return iso.length > 7 ? 'day' : iso.length > 4 ? 'month' : 'year';
}

export function parseHistoricalEvents(text: string, file = 'historical-events.tsv'): HistoricalEvent[] {
  const out: HistoricalEvent[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#') || line.startsWith('id\t')) return;
    const cols = line.split('\t');
    const [id, start, end, span, names] = cols;
    const where = `${file}:${i + 1}`;
    if (cols.length !== 5) throw new Error(`${where}: expected 5 tab-separated columns, got ${cols.length}`);
    if (!parsePartialDate(start)) throw new Error(`${where}: start "${start}" is not an ISO partial date`);
    if (end && !parsePartialDate(end)) throw new Error(`${where}: end "${end}" is not an ISO partial date`);
    if (end && end < start) throw new Error(`${where}: end ${end} is before start ${start}`);
    if (span !== 'point' && span !== 'state')
      throw new Error(`${where}: span "${span}" is not point or state`);
    const value =
      start === end
        ? makeValue(start, end, precisionOf(start), 'exact')
        : makeValue(start, end, 'range', end ? 'range' : 'open');
    out.push({
      id,
      value,
      span,
      names: names
        .split('|')
        .map((n) => n.trim())
        .filter(Boolean),
    });
  });
  return out;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** one name in the file's small syntax as a regex source (see the file's header) */
export function namePattern(name: string): string {
  const words = name.split(/\s+/).map((word) => {
    const optional = word.endsWith('?');
    if (optional) word = word.slice(0, -1);
    const choices = /^[A-Za-z'’-]+(?:\/[A-Za-z'’-]+)+$/.test(word) ? word.split('/') : [word];
    const alternatives = choices.map((w) =>
      escapeRegex(w).replace(/-/g, '[-–—\\s]?').replace(/'s$/, "['’]s"),
    );
    const body = alternatives.length > 1 ? `(?:${alternatives.join('|')})` : alternatives[0];
    return { body, optional };
  });
  let source = '';
  words.forEach((w, i) => {
    const sep = i === 0 ? '' : '\\s+';
    source += w.optional ? `(?:${sep}${w.body})?` : `${sep}${w.body}`;
  });
  return source;
}

let cached: HistoricalEvent[] | null = null;

export function historicalEvents(): HistoricalEvent[] {
  cached ??= parseHistoricalEvents(readFileSync(dataFile(), 'utf8'));
  return cached;
}
