/**
 * Turns an EventFilter into a SQL WHERE clause over the events table (alias `e`).
 *
 * Code prefixes become ranges (`code >= 'IRN' AND code < 'IRN\uffff'`) so that they can use an
 * index, and a prefix of three letters or more also pins the indexed root column by equality.
 * @module
 */
import { StoreInputError } from './errors.js';
import { isPartialDate, lowerBound, upperBound } from './partial-date.js';
import type { EventFilter } from './store.js';

export interface SqlWhere {
  sql: string;
  params: (string | number)[];
}

const reviewStatuses = new Set(['proposed', 'accepted', 'rejected', 'edited']);

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

function sideMatches(side: 'source' | 'target', prefix: string, params: (string | number)[]): string {
  if (prefix.length >= 3) {
    params.push(prefix.slice(0, 3), prefix, prefixEnd(prefix));
    return `(e.${side}_root = ? AND e.${side}_code >= ? AND e.${side}_code < ?)`;
  }
  params.push(prefix, prefixEnd(prefix));
  return `(e.${side}_code >= ? AND e.${side}_code < ?)`;
}

function checkDate(value: string, what: string): string {
  if (!isPartialDate(value)) {
    throw new StoreInputError(`${what} "${value}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  return value;
}

export function buildWhere(filter: EventFilter = {}): SqlWhere {
  const clauses: string[] = [];
  const params: (string | number)[] = [];

  if (filter.actor !== undefined) {
    const prefix = normalisePrefix(filter.actor, 'actor');
    const source = sideMatches('source', prefix, params);
    const target = sideMatches('target', prefix, params);
    clauses.push(`(${source} OR ${target})`);
  }
  if (filter.dyad !== undefined) {
    if (filter.dyad.length !== 2) throw new StoreInputError('dyad needs exactly two actor code prefixes');
    const a = normalisePrefix(filter.dyad[0], 'dyad actor');
    const b = normalisePrefix(filter.dyad[1], 'dyad actor');
    const forward = `(${sideMatches('source', a, params)} AND ${sideMatches('target', b, params)})`;
    if (filter.directed) {
      clauses.push(forward);
    } else {
      const backward = `(${sideMatches('source', b, params)} AND ${sideMatches('target', a, params)})`;
      clauses.push(`(${forward} OR ${backward})`);
    }
  }
  if (filter.code !== undefined) {
    if (!/^\d{2,4}$/.test(filter.code))
      throw new StoreInputError(`code "${filter.code}" is not a CAMEO code prefix`);
    clauses.push('e.code >= ? AND e.code < ?');
    params.push(filter.code, prefixEnd(filter.code));
  }
  if (filter.quad !== undefined) {
    if (![1, 2, 3, 4].includes(filter.quad)) throw new StoreInputError(`quad ${filter.quad} is not 1-4`);
    clauses.push('e.quad = ?');
    params.push(filter.quad);
  }
  // an event overlaps [from, to] when it ends on or after `from` and starts on or before `to`
  if (filter.from !== undefined) {
    clauses.push('e.date_hi >= ?');
    params.push(lowerBound(checkDate(filter.from, 'from date')));
  }
  if (filter.to !== undefined) {
    clauses.push('e.date_lo <= ?');
    params.push(upperBound(checkDate(filter.to, 'to date')));
  }
  if (filter.status !== undefined) {
    for (const s of filter.status) {
      if (!reviewStatuses.has(s)) throw new StoreInputError(`review status "${s}" is unknown`);
    }
    if (filter.status.length === 0) clauses.push('0');
    else {
      clauses.push(`e.status IN (${filter.status.map(() => '?').join(', ')})`);
      params.push(...filter.status);
    }
  } else if (!filter.includeRejected) {
    clauses.push("e.status <> 'rejected'");
  }
  if (!filter.includeFlagged) clauses.push('e.negated = 0 AND e.hypothetical = 0');
  if (filter.documentId !== undefined) {
    clauses.push('e.document_id = ?');
    params.push(filter.documentId);
  }
  if (filter.origin !== undefined) {
    clauses.push('e.origin = ?');
    params.push(filter.origin);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
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
