/**
 * The SQLite backend of the Store contract (better-sqlite3: synchronous, one connection).
 * @module
 */
import type Database from 'better-sqlite3';
import type { CodedEvent, ReviewStatus } from '../coder/event.js';
import type { Citation, CitationKind, IngestedDocument } from '../ingest/document.js';
import { getOntology } from '../ontology/index.js';
import { ActorTally } from './actor-tally.js';
import { BulkInsert, type SqlValue } from './bulk-insert.js';
import { CommitGroup } from './commit-group.js';
import { StoreInputError } from './errors.js';
import { buildArms, limitClause, type QueryContext } from './event-query.js';
import {
  actorRoot,
  codedColumnIndex,
  codedEventParams,
  dateValues,
  type EventRow,
  eventJoins,
  externalColumns,
  externalEventParams,
  type FactRow,
  factColumns,
  insertCodedEventSql,
  insertExternalEventSql,
  rowToEvent,
  rowToFact,
  selectEventColumns,
  selectEventSql,
} from './event-rows.js';
import { EventTally } from './event-tally.js';
import { isPartialDate, spanDays } from './partial-date.js';
import type {
  ActorSeen,
  BulkOptions,
  DocumentSummary,
  EventFact,
  EventFilter,
  ExternalEvent,
  ReviewAction,
  ReviewRecord,
  SaveResult,
  SentenceHit,
  Store,
  StoredCitation,
  StoredEvent,
  StoredSentence,
  StoreStats,
} from './store.js';

type Changes = NonNullable<ReviewAction['changes']>;

interface DocumentRow {
  id: number;
  name: string;
  title: string | null;
  author: string | null;
  published_at: string | null;
  source_path: string;
  content_hash: string;
  format: string;
  ingested_at: string;
  sentence_count: number;
  citation_count: number;
  event_count: number;
  text?: string;
}

interface SentenceRow {
  id: number;
  document_id: number;
  idx: number;
  paragraph_idx: number;
  section_idx: number;
  char_start: number;
  char_end: number;
  text: string;
  citation_keys: string;
}

interface CitationRow {
  id: number;
  document_id: number;
  key: string;
  kind: string;
  number: number | null;
  text: string;
  author: string | null;
  title: string | null;
  publisher: string | null;
  date: string | null;
  urls: string;
}

interface ReviewRow {
  id: number;
  event_id: number;
  reviewer: string;
  at: string;
  from_status: string;
  to_status: string;
  changes: string | null;
  reason: string;
}

/** what an event row needs of its sentence */
interface SentenceRef {
  id: number;
  text: string;
}

/** a reviewed event of a document being replaced, waiting for the new coding to reproduce it */
interface PendingReview {
  status: ReviewStatus;
  reviews: ReviewRow[];
}

const summaryColumns = `id, name, title, author, published_at, source_path, content_hash, format, ingested_at,
  sentence_count, citation_count, event_count`;

function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    author: row.author,
    publishedAt: row.published_at,
    sourcePath: row.source_path,
    contentHash: row.content_hash,
    format: row.format,
    ingestedAt: row.ingested_at,
    sentenceCount: row.sentence_count,
    citationCount: row.citation_count,
    eventCount: row.event_count,
  };
}

function toSentence(row: SentenceRow): StoredSentence {
  return {
    id: row.id,
    documentId: row.document_id,
    index: row.idx,
    paragraphIndex: row.paragraph_idx,
    sectionIndex: row.section_idx,
    start: row.char_start,
    end: row.char_end,
    text: row.text,
    citationKeys: JSON.parse(row.citation_keys) as string[],
  };
}

function toCitation(row: CitationRow): Citation {
  return {
    key: row.key,
    kind: row.kind as CitationKind,
    number: row.number,
    text: row.text,
    author: row.author,
    title: row.title,
    publisher: row.publisher,
    date: row.date,
    urls: JSON.parse(row.urls) as string[],
  };
}

function toReview(row: ReviewRow): ReviewRecord {
  return {
    id: row.id,
    eventId: row.event_id,
    reviewer: row.reviewer,
    at: row.at,
    fromStatus: row.from_status as ReviewStatus,
    toStatus: row.to_status as ReviewStatus,
    changes: row.changes === null ? null : (JSON.parse(row.changes) as Record<string, unknown>),
    reason: row.reason,
  };
}

/** FTS5 query from free text: every word must occur; the user's text never reaches FTS syntax */
function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.map((w) => `"${w}"`).join(' ');
}

/** the columns a document's structure rows are written with, in the order insertStructure pushes values */
const structureColumns = {
  sections: ['document_id', 'idx', 'heading', 'level', 'char_start', 'char_end'],
  paragraphs: ['document_id', 'idx', 'section_idx', 'kind', 'char_start', 'char_end'],
  citations: [
    'id',
    'document_id',
    'key',
    'kind',
    'number',
    'text',
    'author',
    'title',
    'publisher',
    'date',
    'urls',
  ],
  sentences: [
    'id',
    'document_id',
    'idx',
    'paragraph_idx',
    'section_idx',
    'char_start',
    'char_end',
    'text',
    'citation_keys',
  ],
  sentence_citations: ['sentence_id', 'ord', 'citation_id'],
  citation_markers: ['document_id', 'ord', 'citation_key', 'char_offset', 'sentence_idx'],
} as const;

const externalDateLo = externalColumns.indexOf('date_lo');
const externalDateHi = externalColumns.indexOf('date_hi');
const externalDyadA = externalColumns.indexOf('dyad_a');
const externalDyadB = externalColumns.indexOf('dyad_b');

export class SqliteStore implements Store {
  private readonly insertEvent: Database.Statement;
  /** prepared once per distinct SQL text: filters yield few shapes, and preparing costs more than a page */
  private readonly statements = new Map<string, Database.Statement>();
  private readonly bulkInserts = new Map<string, BulkInsert>();
  private readonly rawLayoutIds = new Map<string, number>();
  private readonly rawLayoutKeys = new Map<number, string[]>();
  private rawColumnIds = new WeakMap<readonly string[], number>();
  /** bulk mode's group of saves, null when each save commits by itself */
  private group: CommitGroup | null = null;

  constructor(private readonly db: Database.Database) {
    this.insertEvent = db.prepare(insertCodedEventSql);
  }

  /** prepared on first use, once per table: a store opened only to read never needs them */
  private bulk(table: keyof typeof structureColumns): BulkInsert {
    let insert = this.bulkInserts.get(table);
    if (!insert) {
      insert = new BulkInsert(this.db, table, structureColumns[table]);
      this.bulkInserts.set(table, insert);
    }
    return insert;
  }

  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** read per query, not cached: another connection may have stored a longer event since */
  private queryContext(): QueryContext {
    const row = this.stmt('SELECT max_days FROM event_span WHERE id = 1').get() as
      | { max_days: number }
      | undefined;
    return row ? { maxSpanDays: row.max_days } : {};
  }

  private widenSpan(days: number): void {
    if (days > 0) {
      this.stmt('UPDATE event_span SET max_days = ? WHERE id = 1 AND max_days < ?').run(days, days);
    }
  }

  saveDocument(doc: IngestedDocument, events: CodedEvent[]): SaveResult {
    return this.group ? this.group.run(doc.name, () => this.saveOne(doc, events)) : this.saveOne(doc, events);
  }

  beginBulk(options: BulkOptions = {}): void {
    const group = new CommitGroup(this.db, options.documents ?? 100, options.milliseconds ?? 1000);
    this.group?.commit();
    this.group = group;
    // Each save in a group is a savepoint, so every page it first touches is copied to the
    // sub-journal, a few hundred pages per document. SQLite spills the sub-journal to a temporary
    // file past 64 KB: a write system call per page, an eighth of the CPU of a bulk save. In memory
    // it holds one document's pages at most. Bulk mode only: the setting also keeps the temporary
    // tables and sorts of queries in memory, which a server reading a large store should not.
    this.setTempStore('MEMORY');
  }

  endBulk(): void {
    this.group?.commit();
    this.group = null;
    this.setTempStore('DEFAULT');
  }

  /**
   * Only a matter of speed, so a refusal is ignored: SQLite refuses the change inside a transaction
   * and better-sqlite3 while an iterator is open.
   */
  private setTempStore(where: 'MEMORY' | 'DEFAULT'): void {
    if (!this.db.open || this.db.inTransaction) return;
    try {
      this.db.pragma(`temp_store = ${where}`);
    } catch {
      // the journals stay where they were
    }
  }

  private saveOne(doc: IngestedDocument, events: CodedEvent[]): SaveResult {
    return this.db.transaction((): SaveResult => {
      const meta = doc.metadata;
      const same = this.stmt(
        `SELECT id, event_count FROM documents WHERE content_hash = ?
           ORDER BY source_path = ? DESC, id LIMIT 1`,
      ).get(meta.contentHash, meta.sourcePath) as { id: number; event_count: number } | undefined;
      if (same) return { documentId: same.id, status: 'unchanged', events: same.event_count };

      const tally = new ActorTally();
      const counts = new EventTally();
      const existing = this.stmt('SELECT id FROM documents WHERE source_path = ?').get(meta.sourcePath) as
        | { id: number }
        | undefined;
      const row = {
        name: doc.name,
        title: meta.title,
        author: meta.author,
        published_at: meta.publishedAt,
        source_path: meta.sourcePath,
        source_url: meta.sourceUrl,
        content_hash: meta.contentHash,
        format: meta.format,
        byte_size: meta.byteSize,
        text: doc.text,
        metadata: JSON.stringify(meta),
        ingested_at: new Date().toISOString(),
        // written with the row, not by an UPDATE afterwards: an UPDATE rewrites the whole row, and
        // the text's overflow pages with it. A failing event rolls the row back all the same.
        sentence_count: doc.sentences.length,
        citation_count: doc.citations.length,
        event_count: events.length,
      };
      let documentId: number;
      let pending = new Map<string, PendingReview[]>();
      if (existing) {
        documentId = existing.id;
        pending = this.takeReviewed(documentId);
        tally.subtractEvents(this.db, 'WHERE document_id = ?', [documentId]);
        for (const table of [
          'events',
          'sentences',
          'citations',
          'sections',
          'paragraphs',
          'citation_markers',
        ]) {
          this.stmt(`DELETE FROM ${table} WHERE document_id = ?`).run(documentId);
        }
        this.stmt(
          `UPDATE documents SET name = @name, title = @title, author = @author, published_at = @published_at,
             source_url = @source_url, content_hash = @content_hash, format = @format, byte_size = @byte_size,
             text = @text, metadata = @metadata, ingested_at = @ingested_at, sentence_count = @sentence_count,
             citation_count = @citation_count, event_count = @event_count WHERE id = @id`,
        ).run({ ...row, id: documentId });
      } else {
        documentId = Number(
          this.stmt(
            `INSERT INTO documents (name, title, author, published_at, source_path, source_url, content_hash,
               format, byte_size, text, metadata, ingested_at, sentence_count, citation_count, event_count)
               VALUES (@name, @title, @author, @published_at, @source_path, @source_url, @content_hash,
               @format, @byte_size, @text, @metadata, @ingested_at, @sentence_count, @citation_count, @event_count)`,
          ).run(row).lastInsertRowid,
        );
      }

      const sentences = this.insertStructure(documentId, doc);
      const widest = this.insertEvents(doc, events, {
        documentId,
        sentences,
        createdAt: row.ingested_at,
        pending,
        tally,
        counts,
      });
      tally.flush(this.db);
      counts.flush(this.db);
      this.widenSpan(widest);
      return { documentId, status: existing ? 'replaced' : 'inserted', events: events.length };
    })();
  }

  /**
   * The coded events of a document, in their order. Its own method so that V8 optimises this loop
   * alone: compiling the whole of saveDocument around it cost as much as storing ten documents.
   * @returns the longest span in days among the events
   */
  private insertEvents(
    doc: IngestedDocument,
    events: CodedEvent[],
    into: {
      documentId: number;
      sentences: Map<number, SentenceRef>;
      createdAt: string;
      pending: Map<string, PendingReview[]>;
      tally: ActorTally;
      counts: EventTally;
    },
  ): number {
    const { documentId, sentences, createdAt, pending, tally, counts } = into;
    let widest = 0;
    for (const [i, event] of events.entries()) {
      const sentence = sentences.get(event.sentenceIndex);
      if (!sentence) {
        throw new StoreInputError(
          `${doc.name}: event ${i} (${event.code}) points at sentence ${event.sentenceIndex}, which the document lacks`,
        );
      }
      let params: (string | number | null)[];
      try {
        params = codedEventParams(event, {
          documentId,
          sentenceId: sentence.id,
          sentenceText: sentence.text,
          createdAt,
        });
      } catch (err) {
        throw new StoreInputError(`${doc.name}: event ${i} (${event.code}): ${(err as Error).message}`);
      }
      // spread, not the array: better-sqlite3 binds arguments directly but reads an array's elements
      // one by one through the V8 API, which cost a sixth of an event's insert
      const eventId = Number(this.insertEvent.run(...params).lastInsertRowid);
      counts.add(
        'entente',
        params[codedColumnIndex.quad] as number,
        params[codedColumnIndex.hidden] as number,
        params[codedColumnIndex.dyad_a] as string | null,
        params[codedColumnIndex.dyad_b] as string | null,
      );
      const hi = params[codedColumnIndex.date_hi];
      if (hi !== null)
        widest = Math.max(widest, spanDays(params[codedColumnIndex.date_lo] as string, hi as string));
      tally.add(event.source.code, event.source.name, event.source.entryId);
      tally.add(event.target?.code ?? null, event.target?.name ?? null, event.target?.entryId ?? null);
      const waiting = pending.get(params[codedColumnIndex.match_key] as string)?.shift();
      if (waiting) this.restoreReviews(eventId, waiting, tally);
    }
    return widest;
  }

  /** the id SQLite would give the next row of `table` (the largest id plus one) */
  private nextId(table: 'sentences' | 'citations'): number {
    return (this.stmt(`SELECT coalesce(max(id), 0) + 1 AS id FROM ${table}`).get() as { id: number }).id;
  }

  /** @returns the stored sentences by index in the document */
  private insertStructure(documentId: number, doc: IngestedDocument): Map<number, SentenceRef> {
    const sections: SqlValue[] = [];
    for (const s of doc.sections) sections.push(documentId, s.index, s.heading, s.level, s.start, s.end);
    this.bulk('sections').write(sections);
    const paragraphs: SqlValue[] = [];
    for (const p of doc.paragraphs) {
      paragraphs.push(documentId, p.index, p.sectionIndex, p.kind, p.start, p.end);
    }
    this.bulk('paragraphs').write(paragraphs);

    // rows go in several to a statement, so their ids are given here rather than read back one by
    // one: the same ids SQLite would give, as nothing else writes between the lookup and the insert
    const citationIds = new Map<string, number>();
    const citations: SqlValue[] = [];
    let citationId = this.nextId('citations');
    for (const c of doc.citations) {
      citations.push(
        citationId,
        documentId,
        c.key,
        c.kind,
        c.number,
        c.text,
        c.author,
        c.title,
        c.publisher,
        c.date,
        JSON.stringify(c.urls),
      );
      citationIds.set(c.key, citationId++);
    }
    this.bulk('citations').write(citations);

    const stored = new Map<number, SentenceRef>();
    const sentences: SqlValue[] = [];
    const links: SqlValue[] = [];
    const firstSentenceId = this.nextId('sentences');
    let sentenceId = firstSentenceId;
    for (const s of doc.sentences) {
      const keys = s.citationKeys;
      // most sentences cite nothing
      sentences.push(
        sentenceId,
        documentId,
        s.index,
        s.paragraphIndex,
        s.sectionIndex,
        s.start,
        s.end,
        s.text,
        keys.length === 0 ? '[]' : JSON.stringify(keys),
      );
      // a key with no matching note is the reader's concern; the link is simply not made
      for (let ord = 0; ord < keys.length; ord++) {
        const cited = citationIds.get(keys[ord]);
        if (cited !== undefined) links.push(sentenceId, ord, cited);
      }
      stored.set(s.index, { id: sentenceId++, text: s.text });
    }
    this.bulk('sentences').write(sentences);
    this.bulk('sentence_citations').write(links);

    // one statement for the whole document: FTS5 then writes a single segment (migration 4). The
    // document's sentences are the id range just given, read along the table without its index,
    // and in ascending rowid order, which FTS5 needs to keep them in one pending batch
    this.stmt(
      'INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE id >= ? AND id < ?',
    ).run(firstSentenceId, sentenceId);

    const markers: SqlValue[] = [];
    for (const [ord, m] of doc.markers.entries()) {
      markers.push(documentId, ord, m.citationKey, m.offset, m.sentenceIndex);
    }
    this.bulk('citation_markers').write(markers);
    return stored;
  }

  /** the reviewed events of a document and their audit rows, keyed by what the coder produced */
  private takeReviewed(documentId: number): Map<string, PendingReview[]> {
    const rows = this.db
      .prepare(
        `SELECT id, match_key, status FROM events
         WHERE document_id = ? AND status <> 'proposed' AND match_key IS NOT NULL ORDER BY id`,
      )
      .all(documentId) as { id: number; match_key: string; status: ReviewStatus }[];
    const reviews = this.db.prepare('SELECT * FROM reviews WHERE event_id = ? ORDER BY id');
    const pending = new Map<string, PendingReview[]>();
    for (const r of rows) {
      const list = pending.get(r.match_key) ?? [];
      list.push({ status: r.status, reviews: reviews.all(r.id) as ReviewRow[] });
      pending.set(r.match_key, list);
    }
    return pending;
  }

  private restoreReviews(eventId: number, waiting: PendingReview, tally: ActorTally): void {
    const insert = this.db.prepare(
      `INSERT INTO reviews (id, event_id, reviewer, at, from_status, to_status, changes, reason)
       VALUES (@id, @event_id, @reviewer, @at, @from_status, @to_status, @changes, @reason)`,
    );
    for (const review of waiting.reviews) {
      insert.run({ ...review, event_id: eventId });
      // edits are replayed in order so the new event ends as the reviewer left the old one
      if (review.changes !== null) {
        const changes = JSON.parse(review.changes) as Record<string, { to: unknown }>;
        const replay = Object.fromEntries(
          Object.entries(changes).map(([field, c]) => [field, c.to]),
        ) as Changes;
        this.applyChanges(eventId, replay, tally);
      }
    }
    this.db.prepare('UPDATE events SET status = ? WHERE id = ?').run(waiting.status, eventId);
  }

  /** writes edited fields onto an event; returns {field: {from, to}} for the audit record */
  private applyChanges(eventId: number, changes: Changes, tally: ActorTally): Record<string, unknown> {
    const before = this.getEvent(eventId);
    if (!before) throw new StoreInputError(`event ${eventId} does not exist`);
    const diff: Record<string, unknown> = {};
    const set: Record<string, string | number | null> = {};

    if (changes.code !== undefined) {
      const info = getOntology().code(changes.code);
      Object.assign(set, {
        code: info.code,
        goldstein: info.goldsteinGdelt,
        quad: info.quadStandard,
        quad_gdelt: info.quadGdelt,
        plover: info.plover?.type ?? null,
      });
      diff.code = { from: before.code, to: info.code };
    }
    for (const side of ['source', 'target'] as const) {
      const change = changes[side];
      if (change === undefined) continue;
      const old = before[side];
      if (side === 'source' && change === null)
        throw new StoreInputError(`event ${eventId}: the source cannot be removed`);
      if (change !== null && !/^[A-Z0-9]+$/.test(change.code)) {
        throw new StoreInputError(`event ${eventId}: ${side} code "${change.code}" is not an actor code`);
      }
      const name =
        change === null ? null : (change.name ?? (old?.code === change.code ? old.name : change.code));
      tally.add(old?.code ?? null, old?.name ?? null, old?.entryId ?? null, -1);
      tally.add(change?.code ?? null, name, null);
      Object.assign(set, {
        [`${side}_code`]: change?.code ?? null,
        [`${side}_root`]: change ? actorRoot(change.code) : null,
        [`${side}_name`]: name,
        [`${side}_entry_id`]: null,
        [`${side}_how`]: change ? 'review' : null,
        [`${side}_origin`]: change ? (old?.origin ?? 'stated') : null,
      });
      if (change === null) {
        Object.assign(set, { [`${side}_start`]: null, [`${side}_end`]: null, [`${side}_text`]: null });
      }
      diff[side] = {
        from: old ? { code: old.code, name: old.name } : null,
        to: change === null ? null : { code: change.code, name },
      };
    }
    if (changes.date !== undefined) {
      const d = changes.date;
      if (d !== null) {
        for (const value of [d.start, d.end]) {
          if (value !== '' && !isPartialDate(value)) {
            throw new StoreInputError(
              `event ${eventId}: date "${value}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`,
            );
          }
        }
      }
      const values = dateValues(
        d === null
          ? null
          : {
              ...d,
              type: d.precision === 'range' ? 'range' : 'exact',
              // a reviewer's date is a stated fact; the words that dated the old one stay as evidence
              inferred: false,
              text: before.date?.text ?? null,
              span: before.date?.span ?? null,
            },
      );
      Object.assign(set, values);
      if (values.date_hi) this.widenSpan(spanDays(values.date_lo as string, values.date_hi as string));
      diff.date = {
        from: before.date
          ? { start: before.date.start, end: before.date.end, precision: before.date.precision }
          : null,
        to: d === null ? null : { start: d.start, end: d.end, precision: d.precision },
      };
    }
    const columns = Object.keys(set);
    if (columns.length > 0) {
      this.db
        .prepare(`UPDATE events SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`)
        .run({ ...set, id: eventId });
    }
    return diff;
  }

  getDocument(idOrName: number | string): (DocumentSummary & { text: string }) | null {
    const row = (
      typeof idOrName === 'number'
        ? this.db.prepare(`SELECT ${summaryColumns}, text FROM documents WHERE id = ?`).get(idOrName)
        : this.db
            .prepare(
              `SELECT ${summaryColumns}, text FROM documents WHERE name = ? OR source_path = ?
               ORDER BY name = ? DESC, id DESC LIMIT 1`,
            )
            .get(idOrName, idOrName, idOrName)
    ) as DocumentRow | undefined;
    return row ? { ...toSummary(row), text: row.text as string } : null;
  }

  listDocuments(): DocumentSummary[] {
    return (
      this.db.prepare(`SELECT ${summaryColumns} FROM documents ORDER BY id`).all() as DocumentRow[]
    ).map(toSummary);
  }

  deleteDocument(id: number): boolean {
    return this.db.transaction(() => {
      const tally = new ActorTally();
      tally.subtractEvents(this.db, 'WHERE document_id = ?', [id]);
      const deleted = this.db.prepare('DELETE FROM documents WHERE id = ?').run(id).changes > 0;
      tally.flush(this.db);
      return deleted;
    })();
  }

  getSentences(documentId: number): StoredSentence[] {
    return (
      this.db
        .prepare('SELECT * FROM sentences WHERE document_id = ? ORDER BY idx')
        .all(documentId) as SentenceRow[]
    ).map(toSentence);
  }

  getCitations(documentId: number): StoredCitation[] {
    const rows = this.db
      .prepare('SELECT * FROM citations WHERE document_id = ? ORDER BY id')
      .all(documentId) as CitationRow[];
    return rows.map((r) => ({ ...toCitation(r), id: r.id, documentId: r.document_id }));
  }

  searchSentences(query: string, limit = 20): SentenceHit[] {
    const match = ftsQuery(query);
    if (match === null) return [];
    const rows = this.db
      .prepare(
        `SELECT s.*, d.name AS document_name, snippet(sentences_fts, 0, '«', '»', '…', 16) AS snippet
         FROM sentences_fts
         JOIN sentences s ON s.id = sentences_fts.rowid
         JOIN documents d ON d.id = s.document_id
         WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(match, limit) as (SentenceRow & { document_name: string; snippet: string })[];
    return rows.map((r) => ({ sentence: toSentence(r), documentName: r.document_name, snippet: r.snippet }));
  }

  queryEvents(filter: EventFilter = {}): StoredEvent[] {
    const arms = buildArms(filter, this.queryContext());
    const limit = limitClause(filter);
    let sql: string;
    if (arms.length === 1) {
      sql = `${selectEventSql} ${arms[0].sql} ORDER BY e.date_lo, e.id ${limit.sql}`;
    } else {
      // each arm walks its own index in date order; the compound ORDER BY merges them and stops at the limit
      const page = arms.map((arm) => `SELECT e.id, e.date_lo FROM events e ${arm.sql}`).join(' UNION ALL ');
      sql = `WITH page (id, date_lo) AS (${page} ORDER BY 2, 1 ${limit.sql})
        ${selectEventColumns} FROM page p JOIN events e ON e.id = p.id ${eventJoins} ORDER BY p.date_lo, p.id`;
    }
    const rows = this.stmt(sql).all(...arms.flatMap((a) => a.params), ...limit.params) as EventRow[];
    return this.withCitations(rows);
  }

  private withCitations(rows: EventRow[]): StoredEvent[] {
    const sentenceIds = [...new Set(rows.map((r) => r.sentence_id).filter((id) => id !== null))];
    const bySentence = new Map<number, Citation[]>();
    if (sentenceIds.length > 0) {
      const links = this.stmt(
        `SELECT sc.sentence_id AS sentence_id, c.* FROM sentence_citations sc
           JOIN citations c ON c.id = sc.citation_id
           WHERE sc.sentence_id IN (SELECT value FROM json_each(?)) ORDER BY sc.sentence_id, sc.ord`,
      ).all(JSON.stringify(sentenceIds)) as (CitationRow & { sentence_id: number })[];
      for (const link of links) {
        const list = bySentence.get(link.sentence_id) ?? [];
        list.push(toCitation(link));
        bySentence.set(link.sentence_id, list);
      }
    }
    const decode = (text: string) => this.decodeRaw(text);
    return rows.map((r) =>
      rowToEvent(r, r.sentence_id === null ? [] : (bySentence.get(r.sentence_id as number) ?? []), decode),
    );
  }

  eventFacts(filter: EventFilter = {}): Iterable<EventFact> {
    const arms = buildArms(filter, this.queryContext());
    const limit = limitClause(filter);
    const select = `SELECT ${factColumns}, e.date_lo FROM events e`;
    const sql =
      arms.length === 1
        ? `${select} ${arms[0].sql} ORDER BY e.date_lo, e.id ${limit.sql}`
        : // as in queryEvents: date-ordered index walks merged by the compound ORDER BY, no sort
          `${arms.map((arm) => `${select} ${arm.sql}`).join(' UNION ALL ')} ORDER BY 14, 1 ${limit.sql}`;
    const statement = this.stmt(sql);
    const params = [...arms.flatMap((a) => a.params), ...limit.params];
    return {
      // raw rows: an array per row is cheaper than an object keyed by column name
      *[Symbol.iterator]() {
        for (const row of statement.raw(true).iterate(...params) as Iterable<FactRow>) yield rowToFact(row);
      },
    };
  }

  countEvents(filter: EventFilter = {}): number {
    const arms = buildArms(filter, this.queryContext());
    const sql = `SELECT ${arms.map((arm) => `(SELECT count(*) FROM events e ${arm.sql})`).join(' + ')} AS n`;
    return (this.stmt(sql).get(...arms.flatMap((a) => a.params)) as { n: number }).n;
  }

  getEvent(id: number): StoredEvent | null {
    const row = this.stmt(`${selectEventSql} WHERE e.id = ?`).get(id) as EventRow | undefined;
    return row ? this.withCitations([row])[0] : null;
  }

  reviewEvent(id: number, action: ReviewAction): StoredEvent {
    return this.db.transaction(() => {
      const before = this.getEvent(id);
      if (!before) throw new StoreInputError(`event ${id} does not exist`);
      if (!['accepted', 'rejected', 'edited'].includes(action.status)) {
        throw new StoreInputError(`review status "${action.status}" is not accepted, rejected or edited`);
      }
      if (!action.reviewer.trim()) throw new StoreInputError(`event ${id}: a review needs a reviewer`);
      let diff: Record<string, unknown> | null = null;
      const tally = new ActorTally();
      if (action.status === 'edited') {
        if (!action.changes || Object.keys(action.changes).length === 0) {
          throw new StoreInputError(`event ${id}: an "edited" review needs the changed fields`);
        }
        diff = this.applyChanges(id, action.changes, tally);
      } else if (action.changes && Object.keys(action.changes).length > 0) {
        throw new StoreInputError(`event ${id}: only an "edited" review may change fields`);
      }
      // once edited, accepting keeps the edit visible as such
      const status: ReviewStatus =
        action.status === 'accepted' && before.status === 'edited' ? 'edited' : action.status;
      this.db.prepare('UPDATE events SET status = ? WHERE id = ?').run(status, id);
      this.db
        .prepare(
          `INSERT INTO reviews (event_id, reviewer, at, from_status, to_status, changes, reason)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          action.reviewer,
          new Date().toISOString(),
          before.status,
          status,
          diff ? JSON.stringify(diff) : null,
          action.reason,
        );
      tally.flush(this.db);
      return this.getEvent(id)!;
    })();
  }

  getReviews(eventId: number): ReviewRecord[] {
    return (
      this.db.prepare('SELECT * FROM reviews WHERE event_id = ? ORDER BY id').all(eventId) as ReviewRow[]
    ).map(toReview);
  }

  insertExternalEvents(events: ExternalEvent[]): number {
    const insert = this.stmt(insertExternalEventSql);
    const encodeRaw = (event: ExternalEvent) => this.encodeRaw(event);
    const write = this.db.transaction(() => {
      const tally = new ActorTally();
      const counts = new EventTally();
      const createdAt = new Date().toISOString();
      let inserted = 0;
      let widest = 0;
      for (const event of events) {
        let changes: number;
        let params: ReturnType<typeof externalEventParams>;
        try {
          params = externalEventParams(event, createdAt, encodeRaw);
          // spread for the same reason as in saveDocument
          changes = insert.run(...params).changes;
        } catch (err) {
          throw new StoreInputError(`${event.origin} event ${event.externalId}: ${(err as Error).message}`);
        }
        if (changes === 0) continue;
        inserted++;
        // imported events are never rejected, negated or hypothetical
        counts.add(
          event.origin,
          event.quad,
          0,
          params[externalDyadA] as string | null,
          params[externalDyadB] as string | null,
        );
        const hi = params[externalDateHi];
        if (hi !== null && hi !== params[externalDateLo]) {
          widest = Math.max(widest, spanDays(params[externalDateLo] as string, hi as string));
        }
        tally.add(event.source.code, event.source.name, event.source.entryId);
        tally.add(event.target?.code ?? null, event.target?.name ?? null, event.target?.entryId ?? null);
      }
      tally.flush(this.db);
      counts.flush(this.db);
      this.widenSpan(widest);
      return inserted;
    });
    try {
      return write();
    } catch (err) {
      // layouts written in the failed transaction are gone from the table; forget their ids too
      this.rawLayoutIds.clear();
      this.rawLayoutKeys.clear();
      this.rawColumnIds = new WeakMap();
      throw err;
    }
  }

  /** [layout id, ...values]: the column names are stored once in raw_layouts (migration 3) */
  private encodeRaw(event: ExternalEvent): string | null {
    const raw = event.raw;
    if (raw) {
      const keys = Object.keys(raw);
      const values = new Array<string>(keys.length);
      for (let i = 0; i < keys.length; i++) values[i] = raw[keys[i]];
      return this.encodeValues(this.rawLayoutId(keys), values);
    }
    const row = event.rawRow;
    if (!row) return null;
    if (row.values.length !== row.columns.length) {
      throw new StoreInputError(`raw row has ${row.values.length} values for ${row.columns.length} columns`);
    }
    // a layout's column array is shared by every row of a file: look it up by identity first
    let id = this.rawColumnIds.get(row.columns);
    if (id === undefined) {
      id = this.rawLayoutId(row.columns);
      this.rawColumnIds.set(row.columns, id);
    }
    return this.encodeValues(id, row.values);
  }

  private encodeValues(layoutId: number, values: readonly string[]): string {
    // the values of a TSV row are plain strings: one stringify of the array, the id spliced in front
    return values.length === 0 ? `[${layoutId}]` : `[${layoutId},${JSON.stringify(values).slice(1)}`;
  }

  private rawLayoutId(keys: readonly string[]): number {
    const signature = JSON.stringify(keys);
    let id = this.rawLayoutIds.get(signature);
    if (id === undefined) {
      this.stmt('INSERT OR IGNORE INTO raw_layouts (keys) VALUES (?)').run(signature);
      id = (this.stmt('SELECT id FROM raw_layouts WHERE keys = ?').get(signature) as { id: number }).id;
      this.rawLayoutIds.set(signature, id);
      this.rawLayoutKeys.set(id, [...keys]);
    }
    return id;
  }

  private decodeRaw(text: string): Record<string, string> {
    // rows written before migration 3 hold a JSON object
    if (text.startsWith('{')) return JSON.parse(text) as Record<string, string>;
    const values = JSON.parse(text) as [number, ...string[]];
    const id = values[0];
    let keys = this.rawLayoutKeys.get(id);
    if (!keys) {
      const row = this.stmt('SELECT keys FROM raw_layouts WHERE id = ?').get(id) as
        | { keys: string }
        | undefined;
      if (!row) throw new StoreInputError(`raw row layout ${id} is missing from raw_layouts`);
      keys = JSON.parse(row.keys) as string[];
      this.rawLayoutKeys.set(id, keys);
    }
    const raw: Record<string, string> = {};
    for (let i = 0; i < keys.length; i++) raw[keys[i]] = values[i + 1] as string;
    return raw;
  }

  actorsSeen(options: { prefix?: string; limit?: number } = {}): ActorSeen[] {
    const prefix = (options.prefix ?? '').toUpperCase();
    const rows = this.db
      .prepare(
        `SELECT code, name, entry_id, count FROM actors_seen WHERE code >= ? AND code < ?
         ORDER BY count DESC, code, name LIMIT ?`,
      )
      .all(prefix, `${prefix}\uffff`, options.limit ?? -1) as {
      code: string;
      name: string;
      entry_id: string;
      count: number;
    }[];
    return rows.map((r) => ({ code: r.code, name: r.name, entryId: r.entry_id || null, count: r.count }));
  }

  stats(): StoreStats {
    const count = (sql: string) => (this.stmt(sql).get() as { n: number }).n;
    const byQuad: Record<1 | 2 | 3 | 4, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
    const byOrigin: Record<string, number> = {};
    let events = 0;
    // hidden = 0 is what queryEvents shows by default; event_tally holds a few rows per dyad, not per event
    const groups = this.stmt(
      `SELECT quad, origin, sum(n) AS n FROM event_tally WHERE hidden = 0
       GROUP BY quad, origin HAVING sum(n) <> 0 ORDER BY origin`,
    ).all() as { quad: 1 | 2 | 3 | 4; origin: string; n: number }[];
    for (const g of groups) {
      byQuad[g.quad] += g.n;
      byOrigin[g.origin] = (byOrigin[g.origin] ?? 0) + g.n;
      events += g.n;
    }
    for (const origin of Object.keys(byOrigin)) if (byOrigin[origin] === 0) delete byOrigin[origin];
    const topDyads = this.stmt(
      `SELECT dyad_a AS a, dyad_b AS b, sum(n) AS count FROM event_tally
       WHERE dyad_a <> '' AND dyad_a <> dyad_b AND hidden = 0
       GROUP BY dyad_a, dyad_b HAVING count > 0 ORDER BY count DESC, a, b LIMIT 10`,
    ).all() as { a: string; b: string; count: number }[];
    return {
      documents: count('SELECT count(*) AS n FROM documents'),
      sentences: count('SELECT count(*) AS n FROM sentences'),
      citations: count('SELECT count(*) AS n FROM citations'),
      events,
      byQuad,
      byOrigin,
      topDyads,
    };
  }

  close(): void {
    if (!this.db.open) return;
    this.endBulk();
    this.db.close();
  }
}
