/**
 * Migration 4: sentences reach the full-text index once per document, not once per row.
 *
 * The row trigger of migration 1 made every sentence INSERT a statement that writes to the FTS5
 * table, and FTS5 flushes its pending terms to a new on-disk segment at each such statement's
 * savepoint: a document of 400 sentences wrote 400 tiny segments for automerge to fold together,
 * most of the cost of saving a document. The writer now indexes a document's sentences with one
 * `INSERT INTO sentences_fts … SELECT` after inserting them (SqliteStore.insertStructure), which
 * buffers the whole document in memory and writes it once. Rows already stored stay indexed; the
 * delete and update triggers stay, as a document's delete is already one statement.
 * @module
 */
export const sql = `
DROP TRIGGER sentences_fts_insert;
`;
