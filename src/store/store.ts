/**
 * The one storage contract. Every backend passes `store-contract.ts`.
 * @module
 */
import type { CodedEvent, EventActor, EventDate, ReviewStatus } from '../coder/event.js';
import type { Citation, IngestedDocument, Sentence } from '../ingest/document.js';

export interface DocumentSummary {
  id: number;
  name: string;
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  sourcePath: string;
  contentHash: string;
  format: string;
  ingestedAt: string;
  sentenceCount: number;
  citationCount: number;
  eventCount: number;
}

export interface StoredSentence extends Sentence {
  id: number;
  documentId: number;
}

export interface StoredCitation extends Citation {
  id: number;
  documentId: number;
}

/** a stored event: a CodedEvent plus identity, provenance and review state */
export interface StoredEvent extends CodedEvent {
  id: number;
  /** "entente" for coded events, "gdelt" / "icews" for imported ones */
  origin: string;
  /** GLOBALEVENTID, ICEWS Event ID… for imported events */
  externalId: string | null;
  documentId: number | null;
  documentName: string | null;
  sentenceId: number | null;
  sentenceText: string | null;
  /** [start, end] of the sentence in the document text */
  sentenceSpan: [number, number] | null;
  citations: Citation[];
  /** SOURCEURL etc. for imported events */
  sourceUrl: string | null;
  status: ReviewStatus;
  createdAt: string;
  /** the whole original row of an imported event, for faithful re-export; null for coded events */
  raw?: Record<string, string> | null;
}

export interface ExternalEvent {
  origin: string;
  externalId: string;
  source: EventActor;
  target: EventActor | null;
  code: string;
  goldstein: number;
  quad: 1 | 2 | 3 | 4;
  quadGdelt: 1 | 2 | 3 | 4;
  plover: string | null;
  date: EventDate | null;
  sourceUrl: string | null;
  /** the whole original row, for faithful re-export */
  raw: Record<string, string> | null;
  /**
   * the original row as column names and values, a cheaper form of `raw` for bulk imports (no
   * object per row); used when `raw` is null. Pass one shared `columns` array per file layout.
   * Stored events give it back as `raw`.
   */
  rawRow?: { columns: readonly string[]; values: readonly string[] } | null;
}

export interface EventFilter {
  /** matches source or target whose code starts with this (e.g. "IRN" matches IRNGOV) */
  actor?: string;
  /** two code prefixes; either direction unless `directed` */
  dyad?: [string, string];
  directed?: boolean;
  /** CAMEO code prefix: "19" matches 190, 193, 1931… */
  code?: string;
  quad?: 1 | 2 | 3 | 4;
  /** ISO partial dates; an event overlaps [from, to] */
  from?: string;
  to?: string;
  status?: ReviewStatus[];
  documentId?: number;
  origin?: string;
  /** include negated and hypothetical events (default false) */
  includeFlagged?: boolean;
  /** include rejected events (default false) */
  includeRejected?: boolean;
  limit?: number;
  offset?: number;
}

export interface ReviewAction {
  status: 'accepted' | 'rejected' | 'edited';
  /** for "edited": the fields changed */
  changes?: Partial<{
    code: string;
    source: { code: string; name?: string };
    target: { code: string; name?: string } | null;
    date: { start: string; end: string; precision: EventDate['precision'] } | null;
  }>;
  reason: string;
  reviewer: string;
}

export interface ReviewRecord {
  id: number;
  eventId: number;
  reviewer: string;
  at: string;
  fromStatus: ReviewStatus;
  toStatus: ReviewStatus;
  /** JSON of the field changes, or null */
  changes: Record<string, unknown> | null;
  reason: string;
}

export type SaveResult = {
  documentId: number;
  status: 'inserted' | 'unchanged' | 'replaced';
  events: number;
};

/** an actor as it appears on stored events (source or target), with how many events name it */
export interface ActorSeen {
  code: string;
  name: string;
  /** dictionary entry id; null for imported actors */
  entryId: string | null;
  count: number;
}

/** counts events as `queryEvents()` shows them by default: without negated, hypothetical or rejected ones */
export interface StoreStats {
  documents: number;
  sentences: number;
  citations: number;
  events: number;
  byQuad: Record<1 | 2 | 3 | 4, number>;
  byOrigin: Record<string, number>;
  topDyads: { a: string; b: string; count: number }[];
}

/**
 * The few fields of an event that counting and charting need, read without joins or JSON: what
 * `eventFacts()` yields. Dates are the stored ISO partial strings.
 */
export interface EventFact {
  id: number;
  sourceCode: string;
  targetCode: string | null;
  /** first three letters of the codes (country or IGO block) */
  sourceRoot: string;
  targetRoot: string | null;
  sourceName: string;
  targetName: string | null;
  code: string;
  quad: 1 | 2 | 3 | 4;
  goldstein: number;
  dateStart: string | null;
  dateEnd: string | null;
  precision: EventDate['precision'] | null;
}

export interface SentenceHit {
  sentence: StoredSentence;
  documentName: string;
  snippet: string;
}

/** how large bulk mode lets a group of uncommitted saves grow */
export interface BulkOptions {
  /** commit after this many documents (default 100) */
  documents?: number;
  /** or once this many milliseconds have passed since the group's first save (default 1000) */
  milliseconds?: number;
}

export interface Store {
  /**
   * Stores a document with its sentences, citations and coded events in one transaction.
   * Same content hash as a stored document → "unchanged", nothing written.
   * Same source path with a new hash → the old version is replaced atomically; reviews of
   * events that the new coding reproduces (same sentence text, code, actors) are carried over.
   */
  saveDocument(doc: IngestedDocument, events: CodedEvent[]): SaveResult;
  /**
   * Bulk mode, for ingesting many documents: until `endBulk()`, saves are committed in groups
   * rather than one by one. Each document is still saved whole or not at all (a failing save rolls
   * back alone and the group goes on), and this store reads every save at once; other connections
   * see a group when it commits, and a crash loses the last, uncommitted group, which running the
   * same ingest again stores. Other writes made meanwhile join the group.
   */
  beginBulk(options?: BulkOptions): void;
  /** commits the open group, if any, and returns to one commit per save */
  endBulk(): void;
  getDocument(idOrName: number | string): (DocumentSummary & { text: string }) | null;
  listDocuments(): DocumentSummary[];
  deleteDocument(id: number): boolean;
  getSentences(documentId: number): StoredSentence[];
  getCitations(documentId: number): StoredCitation[];
  searchSentences(query: string, limit?: number): SentenceHit[];

  queryEvents(filter?: EventFilter): StoredEvent[];
  countEvents(filter?: EventFilter): number;
  /**
   * The same events as `queryEvents(filter)`, in the same order, as lean facts streamed from the
   * database: for series, networks and other aggregates over many events. Finish (or break out of)
   * the iteration before calling the store again; spread it into an array to keep it.
   */
  eventFacts(filter?: EventFilter): Iterable<EventFact>;
  getEvent(id: number): StoredEvent | null;
  /** applies a review; the audit trail records who, when, why and what changed */
  reviewEvent(id: number, action: ReviewAction): StoredEvent;
  getReviews(eventId: number): ReviewRecord[];

  /**
   * imported events (GDELT, ICEWS); one transaction per call. An event whose (origin, externalId)
   * is already stored is skipped. Returns the number inserted.
   */
  insertExternalEvents(events: ExternalEvent[]): number;

  /** actors named on stored events, most frequent first; `prefix` matches the start of the code */
  actorsSeen(options?: { prefix?: string; limit?: number }): ActorSeen[];

  stats(): StoreStats;
  close(): void;
}
