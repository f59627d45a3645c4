/**
 * Turns an EventFilter into SQL WHERE clauses over the events table (alias `e`).
 *
 * Clauses are written so that the indexes of migration 2 serve both the filter and the date order:
 * code prefixes become ranges and, from three letters on, pin the indexed root columns by equality;
 * an undirected dyad becomes equality on the sorted pair (dyad_a, dyad_b); the default visibility
 * rules become `hidden = 0`. A single actor on either side is split into two disjoint arms (source,
 * then target but not source) that SQLite merges in date order from two indexes instead of sorting.
 * @module
 */
import { StoreInputError } from './errors.js';
import { isPartialDate, lowerBound, upperBound } from './partial-date.js';
import type { EventFilter } from './store.js';

export interface SqlWhere {
  sql: string;
  params: (string | number)[];
}

/** facts about the stored events that let a filter be narrowed safely */
export interface QueryContext {
  /** no stored event spans more days than this (date_hi - date_lo) */
  maxSpanDays?: number;
}

type Clause = { sql: string; params: (string | number)[] };

const reviewStatuses = new Set(['proposed', 'accepted', 'rejected', 'edited']);
const dayMs = 86_400_000;

/** upper end of the range of strings that start with `prefix` (codes are ASCII) */
function prefixEnd(prefix: string): string {
  return `${prefix}\uffff`;
}

function normalisePrefix(value: string, what: string): string {
  const prefix = value.trim().toUpperCase();
  if (!/^[A-Z0-9]+$/.test(prefix))
    throw new StoreInputError(`${what} "${value}" is not an actor code prefix`);
  return prefix;
}

/** the code range check alone; the root equality is written separately where an index needs it */
function codeRange(side: 'source' | 'target', prefix: string): Clause {
  return { sql: `e.${side}_code >= ? AND e.${side}_code < ?`, params: [prefix, prefixEnd(prefix)] };
}

function sideMatches(side: 'source' | 'target', prefix: string): Clause {
  if (prefix.length === 3) return { sql: `e.${side}_root = ?`, params: [prefix] };
  const range = codeRange(side, prefix);
  if (prefix.length > 3) {
    return { sql: `e.${side}_root = ? AND ${range.sql}`, params: [prefix.slice(0, 3), ...range.params] };
  }
  return range;
}

function both(a: Clause, b: Clause): Clause {
  return { sql: `(${a.sql}) AND (${b.sql})`, params: [...a.params, ...b.params] };
}

function checkDate(value: string, what: string): string {
  if (!isPartialDate(value)) {
    throw new StoreInputError(`${what} "${value}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  return value;
}

/** `day` (YYYY-MM-DD, day may overflow the month) moved back by `days`, or null before year 1 */
function daysBefore(day: string, days: number): string | null {
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999
  d.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  d.setTime(d.getTime() - days * dayMs);
  const year = d.getUTCFullYear();
  if (!Number.isFinite(year) || year < 1) return null;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

function dyadClauses(filter: EventFilter): Clause[] {
  const dyad = filter.dyad;
  if (dyad === undefined) return [];
  if (dyad.length !== 2) throw new StoreInputError('dyad needs exactly two actor code prefixes');
  const a = normalisePrefix(dyad[0], 'dyad actor');
  const b = normalisePrefix(dyad[1], 'dyad actor');
  if (a.length < 3 || b.length < 3) {
    const forward = both(sideMatches('source', a), sideMatches('target', b));
    if (filter.directed) return [forward];
    const backward = both(sideMatches('source', b), sideMatches('target', a));
    return [
      { sql: `(${forward.sql}) OR (${backward.sql})`, params: [...forward.params, ...backward.params] },
    ];
  }
  const [ra, rb] = [a.slice(0, 3), b.slice(0, 3)];
  const pair: Clause = { sql: 'e.dyad_a = ? AND e.dyad_b = ?', params: ra < rb ? [ra, rb] : [rb, ra] };
  if (filter.directed) {
    const clauses = [pair, { sql: 'e.source_root = ? AND e.target_root = ?', params: [ra, rb] }];
    if (a.length > 3) clauses.push(codeRange('source', a));
    if (b.length > 3) clauses.push(codeRange('target', b));
    return clauses;
  }
  if (a.length === 3 && b.length === 3) return [pair];
  // longer prefixes: the pair index finds the rows, the code ranges pick the matching direction
  const forward = both(codeRange('source', a), codeRange('target', b));
  const backward = both(codeRange('source', b), codeRange('target', a));
  return [
    pair,
    { sql: `(${forward.sql}) OR (${backward.sql})`, params: [...forward.params, ...backward.params] },
  ];
}

/** every clause except the single-actor one */
function commonClauses(filter: EventFilter, context: QueryContext): Clause[] {
  const clauses: Clause[] = [...dyadClauses(filter)];
  if (filter.code !== undefined) {
    if (!/^\d{2,4}$/.test(filter.code))
      throw new StoreInputError(`code "${filter.code}" is not a CAMEO code prefix`);
    clauses.push({ sql: 'e.code >= ? AND e.code < ?', params: [filter.code, prefixEnd(filter.code)] });
  }
  if (filter.quad !== undefined) {
    if (![1, 2, 3, 4].includes(filter.quad)) throw new StoreInputError(`quad ${filter.quad} is not 1-4`);
    // unary + keeps the planner off events_quad_origin: one quad in four is no filter worth an index,
    // and walking it would lose the date order the page needs
    clauses.push({ sql: '+e.quad = ?', params: [filter.quad] });
  }
  // an event overlaps [from, to] when it ends on or after `from` and starts on or before `to`
  if (filter.from !== undefined) {
    const from = lowerBound(checkDate(filter.from, 'from date'));
    clauses.push({ sql: 'e.date_hi >= ?', params: [from] });
    // ... and, no event being longer than maxSpanDays, it starts no earlier than this
    const earliest = context.maxSpanDays === undefined ? null : daysBefore(from, context.maxSpanDays + 1);
    if (earliest !== null) clauses.push({ sql: 'e.date_lo >= ?', params: [earliest] });
  }
  if (filter.to !== undefined) {
    clauses.push({ sql: 'e.date_lo <= ?', params: [upperBound(checkDate(filter.to, 'to date'))] });
  }
  let rejectedOut = !filter.includeRejected;
  if (filter.status !== undefined) {
    for (const s of filter.status) {
      if (!reviewStatuses.has(s)) throw new StoreInputError(`review status "${s}" is unknown`);
    }
    rejectedOut = !filter.status.includes('rejected');
    if (filter.status.length === 0) clauses.push({ sql: '0', params: [] });
    else {
      clauses.push({
        sql: `e.status IN (${filter.status.map(() => '?').join(', ')})`,
        params: [...filter.status],
      });
      // implied, but written out so that the partial status index qualifies
      if (!filter.status.includes('proposed')) clauses.push({ sql: "e.status <> 'proposed'", params: [] });
    }
  }
  // hidden: bit 0 rejected, bit 1 negated or hypothetical
  const flaggedOut = !filter.includeFlagged;
  if (rejectedOut && flaggedOut) clauses.push({ sql: 'e.hidden = 0', params: [] });
  else if (rejectedOut) clauses.push({ sql: 'e.hidden IN (0, 2)', params: [] });
  else if (flaggedOut) clauses.push({ sql: 'e.hidden IN (0, 1)', params: [] });
  if (filter.documentId !== undefined) {
    clauses.push({ sql: 'e.document_id = ?', params: [filter.documentId] });
  }
  if (filter.origin !== undefined) {
    clauses.push({ sql: 'e.origin = ?', params: [filter.origin] });
  }
  return clauses;
}

function toWhere(clauses: Clause[]): SqlWhere {
  return {
    sql: clauses.length ? `WHERE ${clauses.map((c) => `(${c.sql})`).join(' AND ')}` : '',
    params: clauses.flatMap((c) => c.params),
  };
}

/**
 * The filter as disjoint WHERE clauses whose union is its result: one in general, two for a single
 * actor of three letters or more (source side, then target side without the source side).
 */
export function buildArms(filter: EventFilter = {}, context: QueryContext = {}): SqlWhere[] {
  const actor = filter.actor === undefined ? undefined : normalisePrefix(filter.actor, 'actor');
  const common = commonClauses(filter, context);
  if (actor === undefined) return [toWhere(common)];
  const source = sideMatches('source', actor);
  const target = sideMatches('target', actor);
  if (actor.length < 3) {
    return [
      toWhere([
        { sql: `(${source.sql}) OR (${target.sql})`, params: [...source.params, ...target.params] },
        ...common,
      ]),
    ];
  }
  return [
    toWhere([source, ...common]),
    toWhere([target, { sql: `NOT (${source.sql})`, params: source.params }, ...common]),
  ];
}

/** the filter as one WHERE clause */
export function buildWhere(filter: EventFilter = {}, context: QueryContext = {}): SqlWhere {
  const actor = filter.actor === undefined ? undefined : normalisePrefix(filter.actor, 'actor');
  const clauses = commonClauses(filter, context);
  if (actor !== undefined) {
    const source = sideMatches('source', actor);
    const target = sideMatches('target', actor);
    clauses.unshift({
      sql: `(${source.sql}) OR (${target.sql})`,
      params: [...source.params, ...target.params],
    });
  }
  return toWhere(clauses);
}

export function limitClause(filter: EventFilter = {}): SqlWhere {
  const params: number[] = [];
  for (const [name, value] of [
    ['limit', filter.limit],
    ['offset', filter.offset],
  ] as const) {
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
      throw new StoreInputError(`${name} ${value} is not a whole number ≥ 0`);
    }
  }
  if (filter.limit === undefined && filter.offset === undefined) return { sql: '', params };
  params.push(filter.limit ?? -1, filter.offset ?? 0);
  return { sql: 'LIMIT ? OFFSET ?', params };
}
