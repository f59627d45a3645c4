/**
 * Applies the numbered migrations a database has not seen yet, each in its own transaction,
 * recording each in schema_version.
 * @module
 */
import type Database from 'better-sqlite3';
import { type Migration, migrations } from './migrations/index.js';

export function schemaVersion(db: Database.Database): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const row = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

/** @returns the migrations applied now */
export function migrate(db: Database.Database, all: readonly Migration[] = migrations): Migration[] {
  const current = schemaVersion(db);
  const latest = all.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(
      `schema version ${current} is newer than this Entente knows (${latest}); upgrade Entente`,
    );
  }
  const pending = all.filter((m) => m.version > current);
  const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    })();
  }
  return pending;
}
