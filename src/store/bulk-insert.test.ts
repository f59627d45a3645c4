import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BulkInsert, type SqlValue } from './bulk-insert.js';

describe('BulkInsert', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, n INTEGER)');
  });
  afterEach(() => db.close());

  const rows = (count: number): SqlValue[] =>
    Array.from({ length: count }, (_, i) => [`row ${i}`, i % 3 === 0 ? null : i * 10]).flat();

  it.each([0, 1, 15, 16, 17, 33, 40])('writes %i rows in their order, whole chunks and the rest', (count) => {
    new BulkInsert(db, 't', ['name', 'n']).write(rows(count));
    const stored = db.prepare('SELECT id, name, n FROM t ORDER BY id').raw().all();
    expect(stored).toEqual(
      Array.from({ length: count }, (_, i) => [i + 1, `row ${i}`, i % 3 === 0 ? null : i * 10]),
    );
  });

  it('rejects values that do not make whole rows', () => {
    expect(() => new BulkInsert(db, 't', ['name', 'n']).write(['a', 1, 'b'])).toThrow(
      /3 values .* 2 columns/,
    );
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 0 });
  });

  it('surfaces a constraint failure of any row', () => {
    const values = rows(20);
    values[2 * 18] = null; // name of row 18, in the remainder after one chunk of 16
    expect(() => new BulkInsert(db, 't', ['name', 'n']).write(values)).toThrow(/NOT NULL/);
  });
});
