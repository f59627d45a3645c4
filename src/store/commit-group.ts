/**
 * Group commit, for bulk ingest. A saved document dirties a few hundred pages spread over the
 * events indexes; committed one by one, every document writes those pages to the WAL again and
 * checkpoints copy them back. A transaction held open over many documents writes each hot page
 * once per group. Each save inside it still runs in a savepoint of its own (better-sqlite3 nests
 * its transactions that way), so a failing document rolls back alone and the group goes on.
 * @module
 */
import type Database from 'better-sqlite3';
import { StoreInputError, StoreWriteError } from './errors.js';

export class CommitGroup {
  private saves = 0;
  private since = 0;
  private open = false;

  constructor(
    private readonly db: Database.Database,
    private readonly documents: number,
    private readonly milliseconds: number,
  ) {
    if (!Number.isInteger(documents) || documents < 1)
      throw new StoreInputError(
        `bulk mode: documents per commit must be a whole number ≥ 1, not ${documents}`,
      );
    if (!(milliseconds > 0))
      throw new StoreInputError(`bulk mode: milliseconds per commit must be above 0, not ${milliseconds}`);
  }

  /** runs one save inside the group: opens the group first, commits it once full */
  run<T>(name: string, save: () => T): T {
    if (!this.open) {
      this.db.exec('BEGIN');
      this.open = true;
      this.saves = 0;
      this.since = performance.now();
    }
    let result: T;
    try {
      result = save();
    } catch (err) {
      // disk full or an I/O error makes SQLite roll back the whole transaction, not the savepoint
      if (!this.db.inTransaction) {
        const lost = this.saves;
        this.open = false;
        if (lost > 0)
          throw new StoreWriteError(
            `${name}: ${(err as Error).message}; the ${lost} document${lost === 1 ? '' : 's'} saved since the last commit were rolled back with it`,
          );
      }
      throw err;
    }
    this.saves++;
    if (this.saves >= this.documents || performance.now() - this.since >= this.milliseconds) this.commit();
    return result;
  }

  commit(): void {
    if (this.open && this.db.open && this.db.inTransaction) this.db.exec('COMMIT');
    this.open = false;
  }
}
