/**
 * Builds StoredEvent values for unit tests of analysis and export code, so they need no store.
 * @module
 */
import type { EventActor } from '../src/coder/event.js';
import type { Precision } from '../src/dates/time-value.js';
import type { StoredEvent } from '../src/store/store.js';

function actor(code: string, name?: string): EventActor {
  return { code, name: name ?? code, entryId: null, span: null, text: null, origin: 'stated', how: 'name' };
}

function standardQuad(code: string): 1 | 2 | 3 | 4 {
  const root = Number(code.slice(0, 2));
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

function gdeltQuad(code: string): 1 | 2 | 3 | 4 {
  const root = Number(code.slice(0, 2));
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

let nextId = 1;

export interface EventSpec {
  id?: number;
  source: string;
  target: string | null;
  code: string;
  goldstein?: number;
  /** ISO partial date or "start/end" */
  date?: string | null;
  precision?: Precision;
  sentence?: string;
  sourceName?: string;
  targetName?: string;
  negated?: boolean;
  hypothetical?: boolean;
  status?: StoredEvent['status'];
  origin?: string;
}

function precisionOf(value: string): Precision {
  if (value.includes('/')) return 'range';
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

export function makeEvent(spec: EventSpec): StoredEvent {
  const id = spec.id ?? nextId++;
  const sentence = spec.sentence ?? `${spec.source} acted toward ${spec.target ?? 'no one'}.`;
  const [start, end] = spec.date
    ? spec.date.includes('/')
      ? spec.date.split('/')
      : [spec.date, spec.date]
    : ['', ''];
  return {
    id,
    source: actor(spec.source, spec.sourceName),
    target: spec.target ? actor(spec.target, spec.targetName) : null,
    code: spec.code,
    goldstein: spec.goldstein ?? 0,
    quad: standardQuad(spec.code),
    quadGdelt: gdeltQuad(spec.code),
    plover: null,
    date: spec.date
      ? {
          start,
          end,
          precision: spec.precision ?? precisionOf(spec.date),
          type: 'exact',
          inferred: false,
          text: spec.date,
          span: null,
        }
      : null,
    negated: spec.negated ?? false,
    hypothetical: spec.hypothetical ?? false,
    attributedTo: null,
    confidence: 0.8,
    sentenceIndex: 0,
    trigger: { span: [0, 4], text: sentence.slice(0, 4) },
    ruleIds: ['test-rule'],
    dictionaryEntryIds: [],
    coderVersion: 'test',
    origin: spec.origin ?? 'entente',
    externalId: null,
    documentId: 1,
    documentName: 'test.md',
    sentenceId: id,
    sentenceText: sentence,
    sentenceSpan: [0, sentence.length],
    citations: [],
    sourceUrl: null,
    status: spec.status ?? 'proposed',
    createdAt: '2024-01-01T00:00:00Z',
  };
}
