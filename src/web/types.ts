/**
 * Shapes of the API's answers. Store types come from the store contract; the analysis answers
 * are restated here with only the fields the views read.
 * @module
 */
export type {
  DocumentSummary,
  ReviewRecord,
  SentenceHit,
  StoredCitation,
  StoredEvent,
  StoredSentence,
} from '../store/store.js';

import type { StoredCitation, StoredEvent, StoredSentence } from '../store/store.js';
import type { Quad } from './palette.js';

export interface EventPage {
  total: number;
  limit: number;
  offset: number;
  events: StoredEvent[];
}

export interface SentenceWithCitations extends StoredSentence {
  citations: StoredCitation[];
}

export interface DyadRow {
  period: string;
  start: string;
  end: string;
  coarse: boolean;
  quads: Record<Quad, { count: number; eventIds: number[] }>;
  total: number;
  goldsteinSum: number;
  goldsteinMean: number | null;
  netCooperation: number;
  eventIds: number[];
}

export interface DyadSeries {
  a: string;
  b: string;
  by: string;
  coarseNote: string;
  undatedEventIds: number[];
  rows: DyadRow[];
}

export interface Episode {
  kind: 'promise-reversal' | 'turning-point';
  summary: string;
  start?: string;
  end?: string;
  period?: string;
  promise?: { id: number; date: string | null };
  reversals?: { id: number; date: string | null }[];
  eventIds?: number[];
}

export interface NetworkNode {
  id: string;
  label: string;
  degree: number;
  weightedDegree: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  count: number;
  meanGoldstein: number;
  netCooperation: number;
  eventIds: number[];
}

export interface CameoEntry {
  code: string;
  label: string;
  quad: Quad;
  goldstein: number;
}

export interface UploadResult {
  name: string;
  ok: boolean;
  documentId?: number;
  status?: string;
  events?: number;
  error?: string;
}
