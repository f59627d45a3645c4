import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArms } from './event-query.js';
import { externalColumns, externalEventParams } from './event-rows.js';
import { openStore, StoreOpenError } from './index.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations/index.js';
import type { EventFilter } from './store.js';
import { runStoreContract } from './store-contract.js';
import { caspianDocument, caspianEvents, makeDocument } from './store-fixtures.js';

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

  it('in bulk mode shows other connections a group only once it commits, and commits on close', () => {
    const path = join(dir, 'bulk.db');
    const store = openStore(path);
    const reader = new Database(path, { readonly: true });
    const stored = () => (reader.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    store.beginBulk({ documents: 2, milliseconds: 60_000 });
    const names = ['a', 'b', 'c'].map((name) => {
      const doc = {
        ...caspianDocument([{ text: `Sentence ${name} tells the copies apart.` }]),
        name: `${name}.md`,
      };
      doc.metadata = { ...doc.metadata, sourcePath: `/reports/${name}.md` };
      store.saveDocument(doc, caspianEvents(doc));
      return stored();
    });
    // the first save waits in the open group; the second fills it and commits both; the third waits
    expect(names).toEqual([0, 2, 2]);
    store.close();
    expect(stored()).toBe(3);
    reader.close();
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

  it('plans filtered pages on indexes that also give the date order', () => {
    const path = join(dir, 'plan.db');
    openStore(path).close();
    const raw = new Database(path, { readonly: true });
    const plan = (sql: string, params: unknown[] = []) =>
      (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
    const page = (filter: EventFilter) => {
      const [arm, ...rest] = buildArms(filter, { maxSpanDays: 31 });
      expect(rest).toEqual([]);
      return plan(`SELECT e.id FROM events e ${arm.sql} ORDER BY e.date_lo, e.id LIMIT 50`, arm.params);
    };

    for (const filter of [
      { dyad: ['IRN', 'RUS'] },
      { dyad: ['rus', 'IRN'], from: '2007', to: '2008' },
      { dyad: ['IRNGOV', 'RUS'] },
      { dyad: ['IRN', 'RUS'], directed: true },
    ] satisfies EventFilter[]) {
      const detail = page(filter);
      expect(detail, JSON.stringify(filter)).toMatch(/USING (COVERING )?INDEX events_pair_date/);
      expect(detail, JSON.stringify(filter)).not.toMatch(/TEMP B-TREE/);
    }
    // a date range bounds the index walk on both sides, not only by its end
    expect(page({ dyad: ['IRN', 'RUS'], from: '2007', to: '2008' })).toMatch(/date_lo>\? AND date_lo<\?/);
    expect(page({ quad: 4, from: '2010', to: '2011' })).toMatch(
      /INDEX events_date \(date_lo>\? AND date_lo<\?\)/,
    );
    expect(page({ from: '2010-03', to: '2010-03' })).toMatch(
      /INDEX events_date \(date_lo>\? AND date_lo<\?\)/,
    );

    // one actor on either side: two date-ordered index walks merged, no sort
    const arms = buildArms({ actor: 'IRN', from: '2010' }, { maxSpanDays: 0 });
    expect(arms).toHaveLength(2);
    const merged = plan(
      `${arms.map((a) => `SELECT e.id, e.date_lo FROM events e ${a.sql}`).join(' UNION ALL ')} ORDER BY 2, 1 LIMIT 50`,
      arms.flatMap((a) => a.params),
    );
    expect(merged).toMatch(/INDEX events_source_date/);
    expect(merged).toMatch(/INDEX events_target_date/);
    expect(merged).not.toMatch(/TEMP B-TREE/);

    const visible = buildArms({ dyad: ['IRN', 'RUS'] })[0];
    expect(plan(`SELECT count(*) FROM events e ${visible.sql}`, visible.params)).toMatch(
      /USING COVERING INDEX events_pair_date/,
    );
    // stats read the tally, never the events table
    expect(
      plan('SELECT quad, origin, sum(n) FROM event_tally WHERE hidden = 0 GROUP BY quad, origin'),
    ).not.toMatch(/events\b/);
    const code = buildArms({ code: '19' })[0];
    expect(plan(`SELECT count(*) FROM events e ${code.sql}`, code.params)).toMatch(
      /USING COVERING INDEX events_code/,
    );
    const byDocument = buildArms({ documentId: 3 })[0];
    expect(plan(`SELECT e.id FROM events e ${byDocument.sql}`, byDocument.params)).toMatch(
      /USING (COVERING )?INDEX events_document/,
    );
    const accepted = buildArms({ status: ['accepted'] })[0];
    expect(plan(`SELECT e.id FROM events e ${accepted.sql}`, accepted.params)).toMatch(
      /USING (COVERING )?INDEX events_status/,
    );
    raw.close();
  });

  it('upgrades a store written by the first schema and keeps its events findable', () => {
    const path = join(dir, 'v1.db');
    // a version-1 file with events written as the version-1 code wrote them, one year-long, one rejected
    const v1db = new Database(path);
    migrate(v1db, migrations.slice(0, 1));
    const v1Columns = externalColumns.filter((c) => c !== 'dyad_a' && c !== 'dyad_b');
    const insert = v1db.prepare(
      `INSERT INTO events (${v1Columns.join(', ')}) VALUES (${v1Columns.map(() => '?').join(', ')})`,
    );
    const at = '2024-01-01T00:00:00.000Z';
    const row = (id: string, source: string, target: string, start: string, end: string) =>
      externalEventParams(
        {
          origin: 'gdelt',
          externalId: id,
          source: {
            code: source,
            name: source,
            entryId: null,
            span: null,
            text: null,
            origin: 'stated',
            how: 'import',
          },
          target: {
            code: target,
            name: target,
            entryId: null,
            span: null,
            text: null,
            origin: 'stated',
            how: 'import',
          },
          code: '036',
          goldstein: 4,
          quad: 1,
          quadGdelt: 1,
          plover: null,
          date: {
            start,
            end,
            precision: start === end ? 'day' : 'range',
            type: 'exact',
            inferred: false,
            text: null,
            span: null,
          },
          sourceUrl: null,
          raw: null,
        },
        at,
      ).slice(0, v1Columns.length);
    insert.run(row('1', 'IRNGOV', 'RUSGOV', '2007-10-16', '2007-10-16'));
    insert.run(row('2', 'RUS', 'IRN', '2006', '2006'));
    insert.run(row('3', 'USA', 'IRN', '2007-11-02', '2007-11-02'));
    insert.run(row('4', 'IRN', 'RUS', '2007-12-01', '2007-12-01'));
    v1db.prepare("UPDATE events SET status = 'rejected' WHERE external_id = '4'").run();
    v1db.close();

    const store = openStore(path);
    const check = new Database(path, { readonly: true });
    expect(check.prepare('SELECT max(version) AS v FROM schema_version').get()).toEqual({
      v: migrations.at(-1)!.version,
    });
    // the year-long event of 2006 reaches into a query from its last day
    expect(check.prepare('SELECT max_days FROM event_span').get()).toEqual({ max_days: 364 });
    check.close();
    expect(store.queryEvents({ dyad: ['RUS', 'IRN'] }).map((e) => e.externalId)).toEqual(['2', '1']);
    expect(
      store.queryEvents({ dyad: ['IRN', 'RUS'], includeRejected: true }).map((e) => e.externalId),
    ).toEqual(['2', '1', '4']);
    expect(
      store.queryEvents({ actor: 'IRN', from: '2006-12-31', to: '2007-10' }).map((e) => e.externalId),
    ).toEqual(['2', '1']);
    expect(store.countEvents({ actor: 'IRN' })).toBe(3);
    expect(store.stats().topDyads).toEqual([
      { a: 'IRN', b: 'RUS', count: 2 },
      { a: 'IRN', b: 'USA', count: 1 },
    ]);
    store.close();
  });

  it('upgrades a version-2 store: counts carried into the tally, old raw rows still read', () => {
    const path = join(dir, 'v2.db');
    const v2db = new Database(path);
    migrate(v2db, migrations.slice(0, 2));
    const insert = v2db.prepare(
      `INSERT INTO events (${externalColumns.join(', ')}) VALUES (${externalColumns.map(() => '?').join(', ')})`,
    );
    const actor = (code: string) => ({
      code,
      name: code,
      entryId: null,
      span: null,
      text: null,
      origin: 'stated' as const,
      how: 'import',
    });
    for (const [id, s, t, quad] of [
      ['1', 'IRN', 'RUS', 1],
      ['2', 'RUS', 'IRN', 4],
      ['3', 'USA', 'IRN', 4],
    ] as const) {
      insert.run(
        externalEventParams(
          {
            origin: 'gdelt',
            externalId: id,
            source: actor(s),
            target: actor(t),
            code: quad === 1 ? '036' : '190',
            goldstein: 1,
            quad,
            quadGdelt: quad,
            plover: null,
            date: {
              start: '2010-01-02',
              end: '2010-01-02',
              precision: 'day',
              type: 'exact',
              inferred: false,
              text: null,
              span: null,
            },
            sourceUrl: null,
            raw: { GLOBALEVENTID: id, Actor1Code: s },
          },
          'then',
        ),
      );
    }
    v2db.close();

    const store = openStore(path);
    expect(store.stats()).toMatchObject({
      events: 3,
      byQuad: { 1: 1, 2: 0, 3: 0, 4: 2 },
      byOrigin: { gdelt: 3 },
      topDyads: [
        { a: 'IRN', b: 'RUS', count: 2 },
        { a: 'IRN', b: 'USA', count: 1 },
      ],
    });
    expect(store.queryEvents({ dyad: ['IRN', 'USA'] })[0].raw).toEqual({
      GLOBALEVENTID: '3',
      Actor1Code: 'USA',
    });
    const [old] = store.queryEvents({ dyad: ['IRN', 'USA'] });
    store.insertExternalEvents([
      {
        ...old,
        externalId: '4',
        raw: { GLOBALEVENTID: '4', Actor1Code: 'USA', Note: 'tab\there, "quoted"' },
      },
    ]);
    const [fresh] = store.queryEvents({ dyad: ['IRN', 'USA'] }).filter((e) => e.externalId === '4');
    expect(fresh.raw).toEqual({ GLOBALEVENTID: '4', Actor1Code: 'USA', Note: 'tab\there, "quoted"' });
    store.close();
    // the compact form names the columns once, not in each row
    const check = new Database(path, { readonly: true });
    const stored = check.prepare("SELECT raw FROM events WHERE external_id = '4'").get() as { raw: string };
    expect(stored.raw).not.toContain('Actor1Code');
    check.close();
    const reopened = openStore(path);
    expect(reopened.getEvent(fresh.id)?.raw).toEqual(fresh.raw);
    reopened.close();
  });

  it('upgrades a version-3 store: sentences indexed by the old trigger stay searchable and removable', () => {
    const path = join(dir, 'v3.db');
    const v3db = new Database(path);
    migrate(v3db, migrations.slice(0, 3));
    // as the version-3 code wrote it: one row per sentence, indexed by the row trigger
    const documentId = v3db
      .prepare(
        `INSERT INTO documents (name, source_path, content_hash, format, byte_size, text, metadata, ingested_at)
         VALUES ('old-brief.md', '/old/brief.md', 'hash-old', 'markdown', 60, ?, '{}', 'then')`,
      )
      .run('Turkmen negotiators reopened the pipeline file at Ashgabat.').lastInsertRowid;
    v3db
      .prepare(
        `INSERT INTO sentences (document_id, idx, paragraph_idx, section_idx, char_start, char_end, text, citation_keys)
         VALUES (?, 0, 0, 0, 0, 59, 'Turkmen negotiators reopened the pipeline file at Ashgabat.', '[]')`,
      )
      .run(documentId);
    v3db.close();

    const store = openStore(path);
    expect(store.searchSentences('Ashgabat pipeline').map((h) => h.documentName)).toEqual(['old-brief.md']);
    const fresh = makeDocument({
      name: 'new-brief.md',
      sentences: [
        { text: 'Azerbaijani officials priced the pipeline extension in Baku.' },
        { text: 'Nothing else.' },
      ],
    });
    store.saveDocument(fresh, []);
    expect(
      store
        .searchSentences('pipeline')
        .map((h) => h.documentName)
        .sort(),
    ).toEqual(['new-brief.md', 'old-brief.md']);
    expect(store.deleteDocument(Number(documentId))).toBe(true);
    expect(store.searchSentences('pipeline').map((h) => h.documentName)).toEqual(['new-brief.md']);
    expect(store.searchSentences('Ashgabat')).toEqual([]);
    store.close();

    const check = new Database(path);
    // the index agrees with its content table, row for row
    expect(() =>
      check.exec("INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 1)"),
    ).not.toThrow();
    check.close();
  });

  it('keeps the dyad and visibility columns right when a row is updated', () => {
    const path = join(dir, 'derived.db');
    openStore(path).close();
    const raw = new Database(path);
    const { lastInsertRowid: id } = raw
      .prepare(
        `INSERT INTO events (origin, source_code, source_root, source_name, source_origin, source_how,
           target_code, target_root, code, goldstein, quad, quad_gdelt, date_lo, confidence, coder_version,
           negated, created_at, dyad_a, dyad_b, hidden)
         VALUES ('test', 'RUSGOV', 'RUS', 'Russia', 'stated', 'import', 'IRN', 'IRN', '036', 4, 1, 1,
           '2007-10-16', 1, 'test', 1, 'now', 'IRN', 'RUS', 2)`,
      )
      .run();
    const derived = raw.prepare('SELECT dyad_a, dyad_b, hidden FROM events WHERE id = ?');
    expect(derived.get(id)).toEqual({ dyad_a: 'IRN', dyad_b: 'RUS', hidden: 2 });
    raw
      .prepare("UPDATE events SET negated = 0, status = 'rejected', target_root = 'USA' WHERE id = ?")
      .run(id);
    expect(derived.get(id)).toEqual({ dyad_a: 'RUS', dyad_b: 'USA', hidden: 1 });
    raw.close();
  });
});
