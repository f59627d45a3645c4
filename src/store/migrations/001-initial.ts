/**
 * Migration 1: the whole first schema. SQL lives in a TS module so that it reaches dist/ with the
 * compiled code (tsc copies no .sql files).
 *
 * Offsets on sections, paragraphs, sentences and events are character offsets into documents.text.
 * Dates are ISO partial strings; date_lo/date_hi are the same dates widened to whole days
 * ("2007" → 2007-01-01 … 2007-12-31) so that overlap filters are plain string comparisons.
 * source_root/target_root are the first three letters of the actor code (the country or IGO block),
 * which lets a prefix filter of three letters or more use an index by equality.
 * @module
 */
export const sql = `
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  title TEXT,
  author TEXT,
  published_at TEXT,
  source_path TEXT NOT NULL UNIQUE,
  source_url TEXT,
  content_hash TEXT NOT NULL,
  format TEXT NOT NULL,
  byte_size INTEGER NOT NULL,
  text TEXT NOT NULL,
  metadata TEXT NOT NULL,
  sentence_count INTEGER NOT NULL DEFAULT 0,
  citation_count INTEGER NOT NULL DEFAULT 0,
  event_count INTEGER NOT NULL DEFAULT 0,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_content_hash ON documents (content_hash);
CREATE INDEX documents_name ON documents (name);

CREATE TABLE sections (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  heading TEXT NOT NULL,
  level INTEGER NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;

CREATE TABLE paragraphs (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  section_idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;

CREATE TABLE sentences (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  paragraph_idx INTEGER NOT NULL,
  section_idx INTEGER NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  citation_keys TEXT NOT NULL,
  UNIQUE (document_id, idx)
);

CREATE TABLE citations (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  kind TEXT NOT NULL,
  number INTEGER,
  text TEXT NOT NULL,
  author TEXT,
  title TEXT,
  publisher TEXT,
  date TEXT,
  urls TEXT NOT NULL,
  UNIQUE (document_id, key)
);

CREATE TABLE sentence_citations (
  sentence_id INTEGER NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  citation_id INTEGER NOT NULL REFERENCES citations (id) ON DELETE CASCADE,
  PRIMARY KEY (sentence_id, ord)
) WITHOUT ROWID;
CREATE INDEX sentence_citations_citation ON sentence_citations (citation_id);

CREATE TABLE citation_markers (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  citation_key TEXT NOT NULL,
  char_offset INTEGER NOT NULL,
  sentence_idx INTEGER NOT NULL,
  PRIMARY KEY (document_id, ord)
) WITHOUT ROWID;

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  origin TEXT NOT NULL,
  external_id TEXT,
  document_id INTEGER REFERENCES documents (id) ON DELETE CASCADE,
  -- no foreign key: events go with their document, and a key here would cost an index lookup per deleted sentence
  sentence_id INTEGER,
  sentence_idx INTEGER,

  source_code TEXT NOT NULL,
  source_root TEXT NOT NULL,
  source_name TEXT NOT NULL,
  source_entry_id TEXT,
  source_start INTEGER,
  source_end INTEGER,
  source_text TEXT,
  source_origin TEXT NOT NULL,
  source_how TEXT NOT NULL,

  target_code TEXT,
  target_root TEXT,
  target_name TEXT,
  target_entry_id TEXT,
  target_start INTEGER,
  target_end INTEGER,
  target_text TEXT,
  target_origin TEXT,
  target_how TEXT,

  code TEXT NOT NULL,
  goldstein REAL NOT NULL,
  quad INTEGER NOT NULL CHECK (quad BETWEEN 1 AND 4),
  quad_gdelt INTEGER NOT NULL CHECK (quad_gdelt BETWEEN 1 AND 4),
  plover TEXT,

  date_start TEXT,
  date_end TEXT,
  date_precision TEXT,
  date_type TEXT,
  date_inferred INTEGER,
  date_text TEXT,
  date_span_start INTEGER,
  date_span_end INTEGER,
  -- '9999-99-99' when undated, so undated events sort last along the index
  date_lo TEXT NOT NULL,
  date_hi TEXT,

  negated INTEGER NOT NULL DEFAULT 0,
  hypothetical INTEGER NOT NULL DEFAULT 0,
  attributed_to TEXT,
  confidence REAL NOT NULL,
  trigger_start INTEGER,
  trigger_end INTEGER,
  trigger_text TEXT,
  rule_ids TEXT NOT NULL DEFAULT '[]',
  dictionary_entry_ids TEXT NOT NULL DEFAULT '[]',
  coder_version TEXT NOT NULL,

  status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'rejected', 'edited')),
  -- fingerprint of what the coder produced (sentence text, code, actors); never edited, so reviews can follow a re-coded event
  match_key TEXT,
  source_url TEXT,
  raw TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX events_dyad_date ON events (source_root, target_root, date_lo);
CREATE INDEX events_target_date ON events (target_root, date_lo);
CREATE INDEX events_date ON events (date_lo);
CREATE INDEX events_code ON events (code);
CREATE INDEX events_status ON events (status);
CREATE INDEX events_document ON events (document_id);
CREATE UNIQUE INDEX events_external ON events (origin, external_id) WHERE external_id IS NOT NULL;

CREATE TABLE reviews (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  reviewer TEXT NOT NULL,
  at TEXT NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  changes TEXT,
  reason TEXT NOT NULL
);
CREATE INDEX reviews_event ON reviews (event_id);

CREATE TABLE actors_seen (
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  -- '' rather than NULL for imported actors, so the key stays unique
  entry_id TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (code, name, entry_id)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE sentences_fts USING fts5 (
  text,
  content = 'sentences',
  content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_fts_update AFTER UPDATE OF text ON sentences BEGIN
  INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;
`;
