/**
 * Request input → validated values, or a 400 problem naming the bad field.
 * @module
 */
import type { z } from 'zod';
import type { EventFilter } from '../store/store.js';
import { validationProblem } from './problem.js';
import type { EventQuery } from './schemas.js';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationProblem(where, result.error);
  return result.data;
}

/** the API's query words → the store's filter; paging is left to the caller */
export function toEventFilter(q: EventQuery): EventFilter {
  const filter: EventFilter = {};
  if (q.actor) filter.actor = q.actor;
  if (q.dyad) filter.dyad = q.dyad;
  if (q.directed !== undefined) filter.directed = q.directed;
  const code = q.code ?? q.root;
  if (code) filter.code = code;
  if (q.quad) filter.quad = q.quad as 1 | 2 | 3 | 4;
  if (q.from) filter.from = q.from;
  if (q.to) filter.to = q.to;
  if (q.status) filter.status = q.status;
  if (q.document) filter.documentId = q.document;
  if (q.origin) filter.origin = q.origin;
  if (q.includeFlagged !== undefined) filter.includeFlagged = q.includeFlagged;
  // asking for rejected events by status means wanting them, whatever includeRejected says
  const wantsRejected = q.status?.includes('rejected') ?? false;
  if (q.includeRejected !== undefined || wantsRejected)
    filter.includeRejected = wantsRejected || q.includeRejected === true;
  return filter;
}
