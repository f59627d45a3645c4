/**
 * Keeps event_tally (migration 3) in step with inserted events: counts gathered in memory during a
 * write and applied once per distinct key. Updates and deletes are counted by triggers.
 * @module
 */
import type Database from 'better-sqlite3';

export class EventTally {
  private readonly counts = new Map<string, { key: (string | number)[]; n: number }>();

  add(origin: string, quad: number, hidden: number, dyadA: string | null, dyadB: string | null): void {
    const a = dyadA ?? '';
    const b = dyadB ?? '';
    const id = `${origin}\u0000${quad}\u0000${hidden}\u0000${a}\u0000${b}`;
    const found = this.counts.get(id);
    if (found) found.n++;
    else this.counts.set(id, { key: [origin, quad, hidden, a, b], n: 1 });
  }

  flush(db: Database.Database): void {
    if (this.counts.size === 0) return;
    const upsert = db.prepare(
      `INSERT INTO event_tally (origin, quad, hidden, dyad_a, dyad_b, n) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET n = n + excluded.n`,
    );
    for (const c of this.counts.values()) upsert.run(...c.key, c.n);
    this.counts.clear();
  }
}
