/**
 * Migration 2: indexes that serve both the filter and the date order of the common event queries,
 * and a bound on event length that turns date overlap filters into index ranges.
 *
 * - dyad_a/dyad_b hold an event's two actor roots in sorted order, so an undirected dyad is one
 *   equality instead of an OR of two directions (which SQLite answers with a sort).
 * - hidden folds what default queries leave out (bit 0 rejected, bit 1 negated or hypothetical) into
 *   one column, so "visible events of X ordered by date" is equality, equality, then the index order.
 * They are plain columns that writers fill (event-rows.ts), not generated ones: SQLite reads the
 * table for any generated column, so an index over one never covers a count. A trigger keeps them
 * right after updates (reviews); an insert trigger would halve bulk import speed, so there is none.
 *
 * events_status and events_document become partial: bulk imports (all proposed, no document) then
 * write nothing to them. Queries add the implied term so the planner may use them.
 * @module
 */
export const sql = `
ALTER TABLE events ADD COLUMN dyad_a TEXT;
ALTER TABLE events ADD COLUMN dyad_b TEXT;
ALTER TABLE events ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
UPDATE events SET dyad_a = min(source_root, target_root), dyad_b = max(source_root, target_root),
  hidden = (status = 'rejected') | ((negated OR hypothetical) << 1);

CREATE TRIGGER events_derived_update AFTER UPDATE OF source_root, target_root, status, negated, hypothetical
  ON events
BEGIN
  UPDATE events SET dyad_a = min(source_root, target_root), dyad_b = max(source_root, target_root),
    hidden = (status = 'rejected') | ((negated OR hypothetical) << 1) WHERE id = new.id;
END;

DROP INDEX events_dyad_date;
DROP INDEX events_target_date;
DROP INDEX events_status;
DROP INDEX events_document;
CREATE INDEX events_pair_date ON events (dyad_a, dyad_b, hidden, date_lo);
CREATE INDEX events_source_date ON events (source_root, hidden, date_lo);
CREATE INDEX events_target_date ON events (target_root, hidden, date_lo);
CREATE INDEX events_quad_origin ON events (quad, origin, hidden);
CREATE INDEX events_status ON events (status) WHERE status <> 'proposed';
CREATE INDEX events_document ON events (document_id) WHERE document_id IS NOT NULL;

-- the longest span in days (date_hi - date_lo) of any event ever stored: an event that ends on or
-- after "from" then starts no earlier than "from" minus this, a lower bound the date index can use.
-- It only grows; deleting the longest event leaves a looser but still correct bound.
CREATE TABLE event_span (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  max_days INTEGER NOT NULL
);
INSERT INTO event_span (id, max_days)
  SELECT 1, coalesce(CAST(max(julianday(date_hi) - julianday(date_lo)) AS INTEGER), 0)
  FROM events WHERE date_hi IS NOT NULL;
`;
