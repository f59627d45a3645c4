/**
 * Mapping between events (coded or imported) and rows of the events table.
 * @module
 */
import { createHash } from 'node:crypto';
import type { CodedEvent, EventActor, EventDate, FieldOrigin, ReviewStatus } from '../coder/event.js';
import type { TimeValue } from '../dates/time-value.js';
import type { Citation } from '../ingest/document.js';
import { lowerBound, upperBound } from './partial-date.js';
import type { EventFact, ExternalEvent, StoredEvent } from './store.js';

/** the columns written when an event is inserted, in insert order */
export const eventColumns = [
  'origin',
  'external_id',
  'document_id',
  'sentence_id',
  'sentence_idx',
  'source_code',
  'source_root',
  'source_name',
  'source_entry_id',
  'source_start',
  'source_end',
  'source_text',
  'source_origin',
  'source_how',
  'target_code',
  'target_root',
  'target_name',
  'target_entry_id',
  'target_start',
  'target_end',
  'target_text',
  'target_origin',
  'target_how',
  'code',
  'goldstein',
  'quad',
  'quad_gdelt',
  'plover',
  'date_start',
  'date_end',
  'date_precision',
  'date_type',
  'date_inferred',
  'date_text',
  'date_span_start',
  'date_span_end',
  'date_lo',
  'date_hi',
  'negated',
  'hypothetical',
  'attributed_to',
  'confidence',
  'trigger_start',
  'trigger_end',
  'trigger_text',
  'rule_ids',
  'dictionary_entry_ids',
  'coder_version',
  'status',
  'match_key',
  'source_url',
  'raw',
  'created_at',
  'dyad_a',
  'dyad_b',
  'hidden',
] as const;

export type EventColumn = (typeof eventColumns)[number];
export type EventValues = Record<EventColumn, string | number | null>;

// positional parameters: binding 53 values by position is measurably cheaper than by name
export const insertEventSql = `INSERT INTO events (${eventColumns.join(', ')}) VALUES (${eventColumns
  .map(() => '?')
  .join(', ')})`;

export function eventParams(values: EventValues): (string | number | null)[] {
  const params = new Array<string | number | null>(eventColumns.length);
  for (let i = 0; i < eventColumns.length; i++) params[i] = values[eventColumns[i]];
  return params;
}

/** the country or IGO block of an actor code, used by the dyad index */
export function actorRoot(code: string): string {
  return code.slice(0, 3);
}

function actorValues(side: 'source' | 'target', actor: EventActor | null): Partial<EventValues> {
  return {
    [`${side}_code`]: actor?.code ?? null,
    [`${side}_root`]: actor ? actorRoot(actor.code) : null,
    [`${side}_name`]: actor?.name ?? null,
    [`${side}_entry_id`]: actor?.entryId ?? null,
    [`${side}_start`]: actor?.span?.[0] ?? null,
    [`${side}_end`]: actor?.span?.[1] ?? null,
    [`${side}_text`]: actor?.text ?? null,
    [`${side}_origin`]: actor?.origin ?? null,
    [`${side}_how`]: actor?.how ?? null,
  };
}

/** the actor roots in sorted order: the key of an undirected dyad (migration 2) */
function dyadValues(source: string, target: string | null): Pick<EventValues, 'dyad_a' | 'dyad_b'> {
  if (target === null) return { dyad_a: null, dyad_b: null };
  const [a, b] = [actorRoot(source), actorRoot(target)];
  return a <= b ? { dyad_a: a, dyad_b: b } : { dyad_a: b, dyad_b: a };
}

/**
 * date_lo of an undated event: after every real day, so that ordering by date_lo (an index walk)
 * lists undated events last, and `date_lo <= to` never matches them.
 */
export const undatedSortKey = '9999-99-99';

export function dateValues(date: EventDate | null): Partial<EventValues> {
  return {
    date_start: date?.start ?? null,
    date_end: date?.end ?? null,
    date_precision: date?.precision ?? null,
    date_type: date?.type ?? null,
    date_inferred: date ? Number(date.inferred) : null,
    date_text: date?.text ?? null,
    date_span_start: date?.span?.[0] ?? null,
    date_span_end: date?.span?.[1] ?? null,
    date_lo: date ? lowerBound(date.start) : undatedSortKey,
    date_hi: date ? upperBound(date.end) : null,
  };
}

/** what identifies "the same event" when a document is coded again */
export function matchKey(sentenceText: string, code: string, source: string, target: string | null): string {
  return createHash('sha256')
    .update(`${sentenceText}\u0000${code}\u0000${source}\u0000${target ?? ''}`)
    .digest('base64url')
    .slice(0, 22);
}

export function codedEventValues(
  event: CodedEvent,
  where: { documentId: number; sentenceId: number; sentenceText: string; createdAt: string },
): EventValues {
  return {
    origin: 'entente',
    external_id: null,
    document_id: where.documentId,
    sentence_id: where.sentenceId,
    sentence_idx: event.sentenceIndex,
    ...(actorValues('source', event.source) as object),
    ...(actorValues('target', event.target) as object),
    code: event.code,
    goldstein: event.goldstein,
    quad: event.quad,
    quad_gdelt: event.quadGdelt,
    plover: event.plover,
    ...(dateValues(event.date) as object),
    negated: Number(event.negated),
    hypothetical: Number(event.hypothetical),
    attributed_to: event.attributedTo ? JSON.stringify(event.attributedTo) : null,
    confidence: event.confidence,
    trigger_start: event.trigger.span[0],
    trigger_end: event.trigger.span[1],
    trigger_text: event.trigger.text,
    rule_ids: JSON.stringify(event.ruleIds),
    dictionary_entry_ids: JSON.stringify(event.dictionaryEntryIds),
    coder_version: event.coderVersion,
    status: 'proposed',
    match_key: matchKey(where.sentenceText, event.code, event.source.code, event.target?.code ?? null),
    source_url: null,
    raw: null,
    created_at: where.createdAt,
    ...(dyadValues(event.source.code, event.target?.code ?? null) as object),
    // a coded event starts proposed, never rejected: only the flag bit can be set
    hidden: event.negated || event.hypothetical ? 2 : 0,
  } as EventValues;
}

/**
 * Imported events leave half the columns empty; inserting only the filled ones (the rest take their
 * defaults) halves the binding work, which dominates bulk imports.
 */
export const externalColumns = [
  'origin',
  'external_id',
  'source_code',
  'source_root',
  'source_name',
  'source_entry_id',
  'source_origin',
  'source_how',
  'target_code',
  'target_root',
  'target_name',
  'target_entry_id',
  'target_origin',
  'target_how',
  'code',
  'goldstein',
  'quad',
  'quad_gdelt',
  'plover',
  'date_start',
  'date_end',
  'date_precision',
  'date_type',
  'date_inferred',
  'date_lo',
  'date_hi',
  'confidence',
  'coder_version',
  'source_url',
  'raw',
  'created_at',
  'dyad_a',
  'dyad_b',
] as const satisfies readonly EventColumn[];

export const insertExternalEventSql = `INSERT INTO events (${externalColumns.join(', ')})
  VALUES (${externalColumns.map(() => '?').join(', ')})
  ON CONFLICT (origin, external_id) WHERE external_id IS NOT NULL DO NOTHING`;

/** parameters for insertExternalEventSql, in externalColumns order */
export function externalEventParams(
  event: ExternalEvent,
  createdAt: string,
  encodeRaw: (event: ExternalEvent) => string | null = (e) => (e.raw ? JSON.stringify(e.raw) : null),
): (string | number | null)[] {
  const s = event.source;
  const t = event.target;
  const d = event.date;
  const sourceRoot = actorRoot(s.code);
  const targetRoot = t ? actorRoot(t.code) : null;
  return [
    event.origin,
    event.externalId,
    s.code,
    sourceRoot,
    s.name,
    s.entryId,
    s.origin,
    s.how,
    t ? t.code : null,
    targetRoot,
    t ? t.name : null,
    t ? t.entryId : null,
    t ? t.origin : null,
    t ? t.how : null,
    event.code,
    event.goldstein,
    event.quad,
    event.quadGdelt,
    event.plover,
    d ? d.start : null,
    d ? d.end : null,
    d ? d.precision : null,
    d ? d.type : null,
    d ? Number(d.inferred) : null,
    d ? lowerBound(d.start) : undatedSortKey,
    d ? upperBound(d.end) : null,
    1,
    event.origin,
    event.sourceUrl,
    encodeRaw(event),
    createdAt,
    // biome-ignore lint/complexity/useMathMinMax: these are strings (the ordered dyad pair), not numbers
    targetRoot === null ? null : sourceRoot <= targetRoot ? sourceRoot : targetRoot,
    // biome-ignore lint/complexity/useMathMinMax: as above
    targetRoot === null ? null : sourceRoot <= targetRoot ? targetRoot : sourceRoot,
  ];
}

/** an events row joined with its sentence and document */
export interface EventRow extends EventValues {
  id: number;
  sentence_text: string | null;
  sentence_start: number | null;
  sentence_end: number | null;
  document_name: string | null;
}

export const selectEventColumns = `SELECT e.*, s.text AS sentence_text, s.char_start AS sentence_start,
  s.char_end AS sentence_end, d.name AS document_name`;

/** the sentence and document of an event row `e` */
export const eventJoins = `LEFT JOIN sentences s ON s.id = e.sentence_id
LEFT JOIN documents d ON d.id = e.document_id`;

export const selectEventSql = `${selectEventColumns}
FROM events e
${eventJoins}`;

function span(start: unknown, end: unknown): [number, number] | null {
  return start === null || end === null ? null : [start as number, end as number];
}

function rowActor(row: EventRow, side: 'source' | 'target'): EventActor | null {
  const code = row[`${side}_code`];
  if (code === null) return null;
  return {
    code: code as string,
    name: (row[`${side}_name`] as string | null) ?? '',
    entryId: row[`${side}_entry_id`] as string | null,
    span: span(row[`${side}_start`], row[`${side}_end`]),
    text: row[`${side}_text`] as string | null,
    origin: (row[`${side}_origin`] as FieldOrigin | null) ?? 'stated',
    how: (row[`${side}_how`] as string | null) ?? 'import',
  };
}

function rowDate(row: EventRow): EventDate | null {
  if (row.date_start === null) return null;
  return {
    start: row.date_start as string,
    end: row.date_end as string,
    precision: row.date_precision as TimeValue['precision'],
    type: row.date_type as TimeValue['type'],
    inferred: row.date_inferred === 1,
    text: row.date_text as string | null,
    span: span(row.date_span_start, row.date_span_end),
  };
}

export function rowToEvent(
  row: EventRow,
  citations: Citation[],
  decodeRaw: (text: string) => Record<string, string> = JSON.parse,
): StoredEvent {
  const sentenceSpan = span(row.sentence_start, row.sentence_end);
  return {
    id: row.id,
    origin: row.origin as string,
    externalId: row.external_id as string | null,
    documentId: row.document_id as number | null,
    documentName: row.document_name,
    sentenceId: row.sentence_id as number | null,
    sentenceText: row.sentence_text,
    sentenceSpan,
    citations,
    sourceUrl: row.source_url as string | null,
    status: row.status as ReviewStatus,
    createdAt: row.created_at as string,
    raw: row.raw === null ? null : decodeRaw(row.raw as string),
    source: rowActor(row, 'source')!,
    target: rowActor(row, 'target'),
    code: row.code as string,
    goldstein: row.goldstein as number,
    quad: row.quad as 1 | 2 | 3 | 4,
    quadGdelt: row.quad_gdelt as 1 | 2 | 3 | 4,
    plover: row.plover as string | null,
    date: rowDate(row),
    negated: row.negated === 1,
    hypothetical: row.hypothetical === 1,
    attributedTo: row.attributed_to === null ? null : (JSON.parse(row.attributed_to as string) as EventActor),
    confidence: row.confidence as number,
    sentenceIndex: (row.sentence_idx as number | null) ?? -1,
    trigger: {
      span: span(row.trigger_start, row.trigger_end) ?? [0, 0],
      text: (row.trigger_text as string | null) ?? '',
    },
    ruleIds: JSON.parse(row.rule_ids as string) as string[],
    dictionaryEntryIds: JSON.parse(row.dictionary_entry_ids as string) as string[],
    coderVersion: row.coder_version as string,
  };
}

/** the columns of an EventFact, in FactRow order */
export const factColumns = `e.id, e.source_code, e.target_code, e.source_root, e.target_root, e.source_name,
  e.target_name, e.code, e.quad, e.goldstein, e.date_start, e.date_end, e.date_precision`;

export type FactRow = [
  number,
  string,
  string | null,
  string,
  string | null,
  string,
  string | null,
  string,
  1 | 2 | 3 | 4,
  number,
  string | null,
  string | null,
  EventFact['precision'],
];

export function rowToFact(row: FactRow): EventFact {
  return {
    id: row[0],
    sourceCode: row[1],
    targetCode: row[2],
    sourceRoot: row[3],
    targetRoot: row[4],
    sourceName: row[5],
    targetName: row[6],
    code: row[7],
    quad: row[8],
    goldstein: row[9],
    dateStart: row[10],
    dateEnd: row[11],
    precision: row[12],
  };
}
