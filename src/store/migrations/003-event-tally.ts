/**
 * Migration 3: exact event counts without scanning events, a smaller raw column, one index fewer.
 *
 * - event_tally counts events per (origin, quad, hidden, dyad pair); stats() sums it instead of
 *   walking a million-row index. Writers add their inserts once per batch (EventTally), because an
 *   insert trigger would cost every imported row a second write; updates and deletes are rare and
 *   go through triggers. Both sides upsert, so a trigger firing before a batch's tally is flushed
 *   still sums right. A pair is '' for an event with no target (NULLs would never conflict).
 * - events_quad_origin served only stats(), so it goes; events_code gains hidden, so that counting
 *   a code under the default visibility reads the index alone.
 * - raw_layouts names the column lists of imported rows once; raw then holds [layout, ...values]
 *   instead of repeating every column name in every row (older rows keep their JSON objects).
 * @module
 */
export const sql = `
CREATE TABLE event_tally (
  origin TEXT NOT NULL,
  quad INTEGER NOT NULL,
  hidden INTEGER NOT NULL,
  dyad_a TEXT NOT NULL,
  dyad_b TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (origin, quad, hidden, dyad_a, dyad_b)
) WITHOUT ROWID;
INSERT INTO event_tally (origin, quad, hidden, dyad_a, dyad_b, n)
  SELECT origin, quad, hidden, coalesce(dyad_a, ''), coalesce(dyad_b, ''), count(*)
  FROM events GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER events_tally_delete AFTER DELETE ON events
BEGIN
  INSERT INTO event_tally (origin, quad, hidden, dyad_a, dyad_b, n)
    VALUES (old.origin, old.quad, old.hidden, coalesce(old.dyad_a, ''), coalesce(old.dyad_b, ''), -1)
    ON CONFLICT DO UPDATE SET n = n - 1;
END;

CREATE TRIGGER events_tally_update AFTER UPDATE OF origin, quad, hidden, dyad_a, dyad_b ON events
  WHEN old.origin IS NOT new.origin OR old.quad IS NOT new.quad OR old.hidden IS NOT new.hidden
    OR old.dyad_a IS NOT new.dyad_a OR old.dyad_b IS NOT new.dyad_b
BEGIN
  INSERT INTO event_tally (origin, quad, hidden, dyad_a, dyad_b, n)
    VALUES (old.origin, old.quad, old.hidden, coalesce(old.dyad_a, ''), coalesce(old.dyad_b, ''), -1)
    ON CONFLICT DO UPDATE SET n = n - 1;
  INSERT INTO event_tally (origin, quad, hidden, dyad_a, dyad_b, n)
    VALUES (new.origin, new.quad, new.hidden, coalesce(new.dyad_a, ''), coalesce(new.dyad_b, ''), 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

DROP INDEX events_quad_origin;
DROP INDEX events_code;
CREATE INDEX events_code ON events (code, hidden);

CREATE TABLE raw_layouts (
  id INTEGER PRIMARY KEY,
  keys TEXT NOT NULL UNIQUE
);
`;
