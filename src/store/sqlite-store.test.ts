import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, StoreOpenError } from './index.js';
import { migrations } from './migrations/index.js';
import { runStoreContract } from './store-contract.js';
import { caspianDocument, caspianEvents } from './store-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-store-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runStoreContract('SQLite on disk', () => openStore(join(dir, `contract-${n++}.db`)));
runStoreContract('SQLite :memory:', () => openStore(':memory:'));

describe('SQLite store files', () => {
  it('uses WAL, records the schema version and keeps data across reopening', () => {
    const path = join(dir, 'reopen.db');
    const store = openStore(path);
    const doc = caspianDocument();
    store.saveDocument(doc, caspianEvents(doc));
    store.close();

    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    const versions = raw.prepare('SELECT version, name FROM schema_version ORDER BY version').all();
    expect(versions).toEqual(migrations.map((m) => ({ version: m.version, name: m.name })));
    raw.close();

    const again = openStore(path, { create: false });
    expect(again.listDocuments().map((d) => d.name)).toEqual(['caspian-notes.md']);
    expect(again.countEvents({ includeFlagged: true })).toBe(5);
    again.close();
  });

  it('refuses a missing file when asked not to create one, naming the file', () => {
    const path = join(dir, 'absent.db');
    expect(() => openStore(path, { create: false })).toThrow(StoreOpenError);
    expect(() => openStore(path, { create: false })).toThrow(path);
  });

  it('refuses a file that is not a store, naming the file', () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'these are plain notes, not a database\n'.repeat(200));
    expect(() => openStore(path)).toThrow(StoreOpenError);
    expect(() => openStore(path)).toThrow(/notes\.txt: not an Entente store/);
  });

  it('refuses a store written by a newer schema', () => {
    const path = join(dir, 'future.db');
    openStore(path).close();
    const raw = new Database(path);
    raw
      .prepare("INSERT INTO schema_version (version, name, applied_at) VALUES (999, '999-future', 'x')")
      .run();
    raw.close();
    expect(() => openStore(path)).toThrow(/schema version 999/);
  });

  it('plans dyad and date queries on indexes', () => {
    const path = join(dir, 'plan.db');
    openStore(path).close();
    const raw = new Database(path, { readonly: true });
    const plan = (sql: string) =>
      (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
    expect(
      plan(
        "SELECT id FROM events WHERE source_root = 'IRN' AND target_root = 'RUS' AND date_lo <= '2008-01-01'",
      ),
    ).toMatch(/USING (COVERING )?INDEX events_dyad_date/);
    expect(plan("SELECT id FROM events WHERE code >= '19' AND code < '19\uffff'")).toMatch(
      /USING (COVERING )?INDEX events_code/,
    );
    expect(plan('SELECT id FROM events WHERE document_id = 3')).toMatch(
      /USING (COVERING )?INDEX events_document/,
    );
    raw.close();
  });
});
