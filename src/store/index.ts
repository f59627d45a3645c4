/**
 * The store: documents, sentences, citations, coded and imported events, reviews.
 * @module
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { StoreOpenError } from './errors.js';
import { migrate } from './migrate.js';
import { SqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

export interface OpenStoreOptions {
  /** false: the file must already exist (read-only commands); default true */
  create?: boolean;
}

function isMemory(path: string): boolean {
  return path === ':memory:' || path === '';
}

/**
 * Opens (creating if needed) a SQLite store and brings its schema up to date.
 * `:memory:` gives a private in-memory store. Files use WAL so readers never block the writer.
 * @throws StoreOpenError naming the file when it is missing (with `create: false`) or not a store
 */
export function openStore(path: string, options: OpenStoreOptions = {}): Store {
  if (options.create === false && !isMemory(path) && !existsSync(path)) {
    throw new StoreOpenError(path, 'no such store (ingest documents into it first)');
  }
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (err) {
    throw new StoreOpenError(path, (err as Error).message);
  }
  try {
    if (!isMemory(path)) db.pragma('journal_mode = WAL');
    // WAL with synchronous=NORMAL stays consistent after a crash; only the last commits may be lost
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // index pages of a large events table stay in memory during bulk imports (64 MB)
    db.pragma('cache_size = -65536');
    // A saved document dirties a few hundred index pages all over the events indexes, so at the
    // default of 1000 pages the WAL was copied back into the database every second or third
    // document, the same hot index pages each time. 4000 pages (16 MB) copies each of them once
    // per ten-odd documents: a sixth less CPU per saved sentence, and far fewer fsyncs. Larger
    // values measured no better. The size limit truncates a WAL that a long reader let grow.
    db.pragma('wal_autocheckpoint = 4000');
    db.pragma('journal_size_limit = 67108864');
    migrate(db);
  } catch (err) {
    db.close();
    const e = err as Error & { code?: string };
    const problem = e.code === 'SQLITE_NOTADB' ? 'not an Entente store (not a SQLite database)' : e.message;
    throw new StoreOpenError(path, problem);
  }
  return new SqliteStore(db);
}

export { StoreInputError, StoreOpenError, StoreWriteError } from './errors.js';
export { migrations } from './migrations/index.js';
export { isPartialDate } from './partial-date.js';
export { SqliteStore } from './sqlite-store.js';
export type * from './store.js';
