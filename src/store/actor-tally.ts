/**
 * Keeps actors_seen in step with the events table. Counts are gathered in memory during a write
 * and applied once per distinct actor, which is far cheaper than a trigger per event row.
 * @module
 */
import type Database from 'better-sqlite3';

export class ActorTally {
  private readonly deltas = new Map<string, { code: string; name: string; entryId: string; delta: number }>();

  add(code: string | null, name: string | null, entryId: string | null, delta = 1): void {
    if (code === null) return;
    const entry = entryId ?? '';
    const actorName = name ?? '';
    const key = `${code}\u0000${actorName}\u0000${entry}`;
    const found = this.deltas.get(key);
    if (found) found.delta += delta;
    else this.deltas.set(key, { code, name: actorName, entryId: entry, delta });
  }

  /** subtracts the actors of every event the WHERE clause selects (call before deleting them) */
  subtractEvents(db: Database.Database, where: string, params: unknown[]): void {
    for (const side of ['source', 'target'] as const) {
      const rows = db
        .prepare(
          `SELECT ${side}_code AS code, ${side}_name AS name, ${side}_entry_id AS entryId, count(*) AS n
           FROM events ${where} GROUP BY 1, 2, 3`,
        )
        .all(...params) as { code: string | null; name: string | null; entryId: string | null; n: number }[];
      for (const r of rows) this.add(r.code, r.name, r.entryId, -r.n);
    }
  }

  flush(db: Database.Database): void {
    if (this.deltas.size === 0) return;
    const upsert = db.prepare(
      `INSERT INTO actors_seen (code, name, entry_id, count) VALUES (?, ?, ?, ?)
       ON CONFLICT (code, name, entry_id) DO UPDATE SET count = count + excluded.count`,
    );
    let shrank = false;
    for (const d of this.deltas.values()) {
      if (d.delta !== 0) upsert.run(d.code, d.name, d.entryId, d.delta);
      if (d.delta < 0) shrank = true;
    }
    // only a subtraction can bring a count to zero; the scan of the whole table is skipped otherwise
    if (shrank) db.prepare('DELETE FROM actors_seen WHERE count <= 0').run();
    this.deltas.clear();
  }
}
