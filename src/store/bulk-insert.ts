/**
 * Inserts the many narrow rows of a document (sentences, paragraphs, links, markers…) several to a
 * statement. Each run() has a fixed cost whatever it binds (a result object, a statement reset),
 * which was a quarter of inserting a sentence row one at a time.
 * @module
 */
import type Database from 'better-sqlite3';

export type SqlValue = string | number | null;

/** rows per multi-row statement: past 16 the saving per row no longer grows */
const CHUNK_ROWS = 16;

export class BulkInsert {
  private readonly width: number;
  private readonly one: Database.Statement;
  private readonly chunk: Database.Statement;

  constructor(db: Database.Database, table: string, columns: readonly string[]) {
    this.width = columns.length;
    const row = `(${columns.map(() => '?').join(', ')})`;
    const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    this.one = db.prepare(head + row);
    this.chunk = db.prepare(head + Array.from({ length: CHUNK_ROWS }, () => row).join(', '));
  }

  /** `values` holds whole rows one after another, in column order; rows are inserted in that order */
  write(values: readonly SqlValue[]): void {
    const w = this.width;
    if (values.length % w !== 0) {
      throw new RangeError(`${values.length} values do not make whole rows of ${w} columns`);
    }
    const chunkValues = w * CHUNK_ROWS;
    let at = 0;
    for (; at + chunkValues <= values.length; at += chunkValues) {
      this.chunk.run(...values.slice(at, at + chunkValues));
    }
    // the rest one row at a time: a statement per remainder size would cost more to prepare
    for (; at < values.length; at += w) this.one.run(...values.slice(at, at + w));
  }
}
