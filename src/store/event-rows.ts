/**
 * Mapping between events (coded or imported) and rows of the events table.
 * @module
 */
import * as crypto from 'node:crypto';
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

/** the country or IGO block of an actor code, used by the dyad index */
export function actorRoot(code: string): string {
  return code.slice(0, 3);
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

// crypto.hash (Node 20.12 and later) hashes in one call, without the Hash object createHash builds per event
const sha256 =
  typeof crypto.hash === 'function'
    ? (text: string) => crypto.hash('sha256', text, 'base64url')
    : (text: string) => crypto.createHash('sha256').update(text).digest('base64url');

/** what identifies "the same event" when a document is coded again */
export function matchKey(sentenceText: string, code: string, source: string, target: string | null): string {
  return sha256(`${sentenceText}\u0000${code}\u0000${source}\u0000${target ?? ''}`).slice(0, 22);
}

/**
 * The columns a coded event fills, in coded-event parameter order. origin and status are the same
 * for every coded event and external_id, source_url and raw are always NULL, so insertCodedEventSql
 * writes them as constants instead of binding five values per row: binding, column by column, is
 * most of an insert's cost.
 */
const CONSTANT_FOR_CODED = ['origin', 'external_id', 'status', 'source_url', 'raw'] as const;
type CodedColumn = Exclude<EventColumn, (typeof CONSTANT_FOR_CODED)[number]>;
export const codedColumns: readonly CodedColumn[] = eventColumns.filter(
  (c): c is CodedColumn => !(CONSTANT_FOR_CODED as readonly string[]).includes(c),
);

// positional parameters: binding by position is measurably cheaper than by name
export const insertCodedEventSql = `INSERT INTO events (origin, status, ${codedColumns.join(', ')})
  VALUES ('entente', 'proposed', ${codedColumns.map(() => '?').join(', ')})`;

/** positions of codedColumns in a codedEventParams array */
export const codedColumnIndex = Object.fromEntries(codedColumns.map((c, i) => [c, i])) as Record<
  CodedColumn,
  number
>;

/**
 * parameters for insertCodedEventSql, in codedColumns order, built straight into an array: an object
 * per event keyed by column name, then read back column by column, cost more than the insert itself.
 * Fields are read in the order of the columns, so a malformed event fails on the same field as before.
 */
export function codedEventParams(
  event: CodedEvent,
  where: { documentId: number; sentenceId: number; sentenceText: string; createdAt: string },
): (string | number | null)[] {
  const source = event.source;
  const target = event.target;
  const date = event.date;
  const sourceRoot = source ? actorRoot(source.code) : null;
  const targetRoot = target ? actorRoot(target.code) : null;
  // biome-ignore format: one line per column keeps the order checkable against codedColumns
  return [
    where.documentId,
    where.sentenceId,
    event.sentenceIndex,
    source?.code ?? null,
    sourceRoot,
    source?.name ?? null,
    source?.entryId ?? null,
    source?.span?.[0] ?? null,
    source?.span?.[1] ?? null,
    source?.text ?? null,
    source?.origin ?? null,
    source?.how ?? null,
    target?.code ?? null,
    targetRoot,
    target?.name ?? null,
    target?.entryId ?? null,
    target?.span?.[0] ?? null,
    target?.span?.[1] ?? null,
    target?.text ?? null,
    target?.origin ?? null,
    target?.how ?? null,
    event.code,
    event.goldstein,
    event.quad,
    event.quadGdelt,
    event.plover,
    date?.start ?? null,
    date?.end ?? null,
    date?.precision ?? null,
    date?.type ?? null,
    date ? Number(date.inferred) : null,
    date?.text ?? null,
    date?.span?.[0] ?? null,
    date?.span?.[1] ?? null,
    date ? lowerBound(date.start) : undatedSortKey, // date_lo
    date ? upperBound(date.end) : null, // date_hi
    Number(event.negated),
    Number(event.hypothetical),
    event.attributedTo ? JSON.stringify(event.attributedTo) : null,
    event.confidence,
    event.trigger.span[0],
    event.trigger.span[1],
    event.trigger.text,
    JSON.stringify(event.ruleIds),
    JSON.stringify(event.dictionaryEntryIds),
    event.coderVersion,
    matchKey(where.sentenceText, event.code, source.code, target?.code ?? null),
    where.createdAt,
    // the two roots in sorted order (strings, so no Math.min)
    targetRoot === null ? null : (sourceRoot as string) <= targetRoot ? sourceRoot : targetRoot, // dyad_a
    targetRoot === null ? null : (sourceRoot as string) <= targetRoot ? targetRoot : sourceRoot, // dyad_b
    // a coded event starts proposed, never rejected: only the flag bit can be set
    event.negated || event.hypothetical ? 2 : 0, // hidden
  ];
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
