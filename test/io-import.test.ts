/**
 * Importers on the real GDELT and ICEWS samples in ../shared/data/events (read there, never copied).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { dyadSeries } from '../src/analysis/index.js';
import {
  exportEvents,
  GDELT1_DAILY_COLUMNS,
  GDELT1_HISTORICAL_COLUMNS,
  GDELT2_EVENT_COLUMNS,
  importFile,
} from '../src/io/index.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/store.js';
import { hasShared, sharedPath } from './helpers/shared.js';

const GDELT2 = ['data', 'events', '20170101073000.export.CSV'];
const GDELT1 = ['data', 'events', 'events.csv'];
const MENTIONS = ['data', 'events', '20170101073000.mentions.CSV'];
const ICEWS = ['data', 'events', 'events.2018.sample.tab'];

function rows(parts: string[]): string[][] {
  return readFileSync(sharedPath(...parts), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.replace(/\r$/, '').split('\t'));
}

async function exportText(store: Store, format: 'gdelt', origin: string): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportEvents(store.queryEvents({ origin }), format, out);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

function standardQuad(code: string): number {
  const r = Number(code.slice(0, 2));
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

/** a one-file zip (deflate), built here so the test needs no zip tool */
function zipOne(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content);
  const crc = crc32(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const localSize = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(localSize, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

const temp = mkdtempSync(join(tmpdir(), 'entente-io-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe.runIf(hasShared(...GDELT2))('GDELT 2.0 export import', () => {
  it('imports every row, agrees with an independent dyad count, and round-trips to the same 61 columns', async () => {
    const store = openStore(':memory:');
    const report = await importFile(store, 'gdelt', sharedPath(...GDELT2), { batchSize: 100 });
    expect(report.rows).toBe(720);
    expect(report.inserted).toBe(720);
    expect(report.malformedCount).toBe(0);
    expect(report.layouts).toEqual({ 'gdelt2-export': 720 });
    expect(store.countEvents({ origin: 'gdelt' })).toBe(720);

    // independent count straight from the raw columns: Actor1Code 6, Actor2Code 16, EventCode 27, SQLDATE 2
    const raw = rows(GDELT2);
    const pairCounts = new Map<string, number>();
    for (const r of raw) {
      const a = r[5].slice(0, 3);
      const b = r[15].slice(0, 3);
      if (a && b && a !== b)
        pairCounts.set([a, b].sort().join(','), (pairCounts.get([a, b].sort().join(',')) ?? 0) + 1);
    }
    const [busiest] = [...pairCounts.entries()].sort((x, y) => y[1] - x[1]);
    const [A, B] = busiest[0].split(',');
    const mine = raw.filter(
      (r) => (r[5].startsWith(A) && r[15].startsWith(B)) || (r[5].startsWith(B) && r[15].startsWith(A)),
    );
    const series = dyadSeries(store, A, B, { by: 'year' });
    const total = series.rows.reduce((s, r) => s + r.total, 0);
    expect(total).toBe(mine.length);
    for (const row of series.rows) {
      const inYear = mine.filter((r) => r[1].startsWith(row.period));
      expect(row.total).toBe(inYear.length);
      for (const q of [1, 2, 3, 4] as const) {
        expect(row.quads[q].count).toBe(inYear.filter((r) => standardQuad(r[26]) === q).length);
      }
      const gold = inYear.reduce((s, r) => s + Number(r[30]), 0);
      expect(row.goldsteinSum).toBeCloseTo(gold, 6);
    }

    const exported = (await exportText(store, 'gdelt', 'gdelt')).split('\n').filter(Boolean);
    expect(exported.length).toBe(720);
    const byId = new Map(raw.map((r) => [r[0], r]));
    for (const line of exported) {
      const fields = line.split('\t');
      expect(fields.length).toBe(61);
      expect(fields).toEqual(byId.get(fields[0]));
    }
    store.close();
  });

  it('reads the same rows from a zip', async () => {
    const zip = join(temp, '20170101073000.export.CSV.zip');
    writeFileSync(zip, zipOne('20170101073000.export.CSV', readFileSync(sharedPath(...GDELT2))));
    const store = openStore(':memory:');
    const report = await importFile(store, 'gdelt', zip);
    expect(report.rows).toBe(720);
    expect(report.inserted).toBe(720);
    expect(report.malformedCount).toBe(0);
    store.close();
  });

  it('counts mentions and matches them to the imported events', async () => {
    if (!hasShared(...MENTIONS)) return;
    const store = openStore(':memory:');
    await importFile(store, 'gdelt', sharedPath(...GDELT2));
    const report = await importFile(store, 'gdelt', sharedPath(...MENTIONS));
    const raw = rows(MENTIONS);
    const ids = new Set(raw.map((r) => r[0]));
    const exportIds = new Set(rows(GDELT2).map((r) => r[0]));
    expect(report.mentions).toEqual({
      rows: raw.length,
      events: ids.size,
      matched: [...ids].filter((id) => exportIds.has(id)).length,
    });
    expect(report.inserted).toBe(0);
    store.close();
  });
});

describe.runIf(hasShared(...GDELT1))('GDELT 1.0 import', () => {
  it('reads 509 daily and 201 historical rows and re-emits the columns each layout carries', async () => {
    const store = openStore(':memory:');
    const report = await importFile(store, 'gdelt', sharedPath(...GDELT1));
    expect(report.rows).toBe(710);
    expect(report.inserted).toBe(710);
    expect(report.layouts).toEqual({ 'gdelt1-daily': 509, 'gdelt1-historical': 201 });

    const raw = rows(GDELT1);
    const byId = new Map(raw.map((r) => [r[0], r]));
    const exported = (await exportText(store, 'gdelt', 'gdelt')).split('\n').filter(Boolean);
    expect(exported.length).toBe(710);
    for (const line of exported) {
      const fields = line.split('\t');
      expect(fields.length).toBe(61);
      const original = byId.get(fields[0])!;
      const columns = original.length === 58 ? GDELT1_DAILY_COLUMNS : GDELT1_HISTORICAL_COLUMNS;
      const back = columns.map((c) => fields[GDELT2_EVENT_COLUMNS.indexOf(c)]);
      expect(back).toEqual(original);
    }
    store.close();
  });

  it('counts malformed rows with their line numbers and keeps importing', async () => {
    const lines = readFileSync(sharedPath(...GDELT1), 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(0, 20);
    lines.splice(3, 0, 'not\ta\tgdelt\trow');
    const broken = lines[10].split('\t');
    broken[1] = '2016-07-28';
    lines[10] = broken.join('\t');
    const file = join(temp, 'broken.tsv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const store = openStore(':memory:');
    const report = await importFile(store, 'gdelt', file);
    expect(report.malformedCount).toBe(2);
    expect(report.malformed.map((m) => m.line)).toEqual([4, 11]);
    expect(report.malformed[1].reason).toMatch(/SQLDATE/);
    expect(report.inserted).toBe(19);
    store.close();
  });
});

describe.runIf(hasShared(...ICEWS))('ICEWS import', () => {
  it('imports 3,705 rows with ISO country codes and agrees with a count from the raw file', async () => {
    const store = openStore(':memory:');
    const report = await importFile(store, 'icews', sharedPath(...ICEWS));
    expect(report.rows).toBe(3705);
    expect(report.inserted).toBe(3705);
    expect(report.malformedCount).toBe(0);
    expect(report.unmappedCountries).toEqual({});

    const [header, ...raw] = rows(ICEWS);
    const col = (name: string) => header.indexOf(name);
    const between = raw.filter(
      (r) =>
        (r[col('Source Country')] === 'Russian Federation' && r[col('Target Country')] === 'Ukraine') ||
        (r[col('Source Country')] === 'Ukraine' && r[col('Target Country')] === 'Russian Federation'),
    );
    expect(between.length).toBeGreaterThan(0);
    const series = dyadSeries(store, 'RUS', 'UKR', { by: 'month' });
    expect(series.rows.reduce((s, r) => s + r.total, 0)).toBe(between.length);
    const conflict = between.filter((r) => standardQuad(r[col('CAMEO Code')]) >= 3).length;
    expect(series.rows.reduce((s, r) => s + r.quads[3].count + r.quads[4].count, 0)).toBe(conflict);

    // a military source keeps its arm: Military,Government → MIL
    const military = raw.find(
      (r) => r[col('Source Sectors')].split(',')[0] === 'Military' && r[col('Source Country')] === 'Vietnam',
    );
    if (military) {
      const stored = store
        .queryEvents({ origin: 'icews' })
        .find((e) => e.externalId === military[col('Event ID')]);
      expect(stored?.source.code).toBe('VNMMIL');
    }
    // provenance survives: Story ID and Publisher are in the raw row
    const first = store.queryEvents({ origin: 'icews', limit: 1 })[0];
    expect(first.raw?.['Story ID']).toMatch(/^\d+$/);
    store.close();
  });

  it('re-importing skips events already stored', async () => {
    const store = openStore(':memory:');
    await importFile(store, 'icews', sharedPath(...ICEWS));
    const again = await importFile(store, 'icews', sharedPath(...ICEWS));
    expect(again.inserted).toBe(0);
    expect(again.duplicates).toBe(3705);
    store.close();
  });
});
