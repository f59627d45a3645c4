/**
 * Store throughput: imported events per second, then dyad/actor/date query times on the result,
 * at each store size given (the store grows from one size to the next).
 *   npx tsx bench/store-insert.ts [sizes=100000,1000000]
 * Or saveDocument alone: the generated reports are read and coded first (not timed), then saved
 * into a fresh store file several times; CPU microseconds per sentence, best and median round.
 *   npx tsx bench/store-insert.ts documents [sentences=20000] [rounds=5]
 * Prints figures with the load average; asserts nothing.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodedEvent } from '../src/coder/event.js';
import { createCoder } from '../src/coder/index.js';
import type { IngestedDocument } from '../src/ingest/document.js';
import { readDocumentFromBytes } from '../src/ingest/index.js';
import { openStore } from '../src/store/index.js';
import type { ExternalEvent } from '../src/store/store.js';
import { makeDocument } from './report-corpus.js';

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** saveDocument on the generated reports, 400 sentences each, as bench/pipeline.ts saves them */
async function benchDocuments(target: number, rounds: number): Promise<void> {
  const coder = createCoder();
  const docs: [IngestedDocument, CodedEvent[]][] = [];
  for (let made = 0; made < target; made += 400) {
    const bytes = new TextEncoder().encode(makeDocument(made + 1, Math.min(400, target - made)));
    const doc = await readDocumentFromBytes(bytes, `report-${made}.md`);
    docs.push([doc, coder.codeDocument(doc)]);
  }
  const sentences = docs.reduce((n, [doc]) => n + doc.sentences.length, 0);
  const events = docs.reduce((n, [, coded]) => n + coded.length, 0);
  // each round saves the documents twice, into fresh files: one commit per document, then in bulk
  // mode's groups, as `entente ingest` saves many files
  const perSentence = { single: [] as number[], bulk: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    for (const mode of ['single', 'bulk'] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'entente-bench-docs-'));
      const store = openStore(join(dir, 'bench.db'));
      const cpu = process.cpuUsage();
      if (mode === 'bulk') store.beginBulk();
      for (const [doc, coded] of docs) store.saveDocument(doc, coded);
      // closing checkpoints the WAL: part of the cost of what was written
      store.close();
      const used = process.cpuUsage(cpu);
      perSentence[mode].push((used.user + used.system) / sentences);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(
    `${docs.length} documents, ${sentences} sentences, ${events} events (load average ${loadavg()})`,
  );
  for (const mode of ['single', 'bulk'] as const) {
    const sorted = [...perSentence[mode]].sort((x, y) => x - y);
    console.log(
      `  saveDocument, ${mode === 'single' ? 'a commit each' : 'bulk mode'}: best ${sorted[0].toFixed(1)} µs, median ${median(perSentence[mode]).toFixed(1)} µs CPU per sentence` +
        ` = ${Math.round(1e6 / sorted[0])} sentences per CPU-second at best (rounds: ${perSentence[mode].map((x) => x.toFixed(1)).join(' ')})`,
    );
  }
}

if (process.argv[2] === 'documents') {
  await benchDocuments(Number(process.argv[3] ?? 20000), Number(process.argv[4] ?? 5));
  process.exit(0);
}

const sizes = (process.argv[2] ?? '100000,1000000').split(',').map(Number);
const batch = 50_000;
const countries = [
  'IRN',
  'RUS',
  'USA',
  'CHN',
  'TUR',
  'SAU',
  'ISR',
  'SYR',
  'IRQ',
  'IND',
  'PAK',
  'AFG',
  'UKR',
  'FRA',
  'GBR',
  'DEU',
];
const roles = ['', 'GOV', 'MIL', 'GOVMIL', 'BUS', 'OPP', 'MED'];
const codes = [
  '010',
  '036',
  '042',
  '043',
  '046',
  '057',
  '0841',
  '112',
  '1246',
  '130',
  '163',
  '172',
  '190',
  '1951',
];

// mulberry32: small, seeded, and its low bits are as random as its high ones
let seed = 42;
function random(n: number): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
}

function event(i: number): ExternalEvent {
  const year = 1990 + random(35);
  const day = `${year}-${String(1 + random(12)).padStart(2, '0')}-${String(1 + random(28)).padStart(2, '0')}`;
  const code = codes[random(codes.length)];
  const quad = (1 +
    (Number(code.slice(0, 2)) > 13
      ? 3
      : Number(code.slice(0, 2)) > 8
        ? 2
        : Number(code.slice(0, 2)) > 5
          ? 1
          : 0)) as 1;
  const actor = () => {
    const code = countries[random(countries.length)] + roles[random(roles.length)];
    return {
      code,
      name: code,
      entryId: null,
      span: null,
      text: null,
      origin: 'stated' as const,
      how: 'import',
    };
  };
  return {
    origin: 'gdelt',
    externalId: String(i),
    source: actor(),
    target: actor(),
    code,
    goldstein: 1.5,
    quad,
    quadGdelt: quad,
    plover: null,
    date: { start: day, end: day, precision: 'day', type: 'exact', inferred: false, text: null, span: null },
    sourceUrl: `https://news.example/${i}`,
    raw: null,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)];
}

/** median of several runs after one warm-up, so that one descheduling on a shared machine does not decide */
function time(label: string, run: () => number, runs = 7): void {
  let n = run();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    n = run();
    ms.push(performance.now() - t);
  }
  console.log(`  ${label}: ${n} in ${median(ms).toFixed(2)} ms (median of ${runs})`);
}

const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'));
const path = join(dir, 'bench.db');
const store = openStore(path);
try {
  let inserted = 0;
  for (const size of sizes) {
    let insertMs = 0;
    let cpuMs = 0;
    let added = 0;
    for (let start = inserted; start < size; start += batch) {
      const events = Array.from({ length: Math.min(batch, size - start) }, (_, k) => event(start + k));
      const t = performance.now();
      const cpu = process.cpuUsage();
      added += store.insertExternalEvents(events);
      insertMs += performance.now() - t;
      const used = process.cpuUsage(cpu);
      cpuMs += (used.user + used.system) / 1000;
    }
    inserted += added;
    console.log(`\n${inserted} events (load average ${loadavg()})`);
    console.log(
      `  insertExternalEvents: ${added} events in ${(insertMs / 1000).toFixed(2)} s = ${Math.round(added / (insertMs / 1000))} rows/s wall`,
    );
    // on a shared machine the wall clock mostly measures other processes; CPU time measures ours
    console.log(
      `    ${(cpuMs / 1000).toFixed(2)} CPU-s = ${Math.round(added / (cpuMs / 1000))} rows per CPU-second`,
    );
    console.log(`  file size: ${(statSync(path).size / 1e6).toFixed(1)} MB (+ WAL)`);

    time(
      'dyad IRN,RUS page of 50 at offset 100',
      () => store.queryEvents({ dyad: ['IRN', 'RUS'], limit: 50, offset: 100 }).length,
    );
    time('count dyad IRN,RUS', () => store.countEvents({ dyad: ['IRN', 'RUS'] }));
    time(
      'dyad IRN,RUS 2007, first 100',
      () => store.queryEvents({ dyad: ['IRN', 'RUS'], from: '2007', to: '2007', limit: 100 }).length,
    );
    time(
      'dyad IRNGOV,RUSMIL directed, page of 50',
      () => store.queryEvents({ dyad: ['IRNGOV', 'RUSMIL'], directed: true, limit: 50 }).length,
    );
    time(
      'actor IRN, 2010-03, all',
      () => store.queryEvents({ actor: 'IRN', from: '2010-03', to: '2010-03' }).length,
    );
    time(
      'actor IRN page of 50 at offset 100',
      () => store.queryEvents({ actor: 'IRN', limit: 50, offset: 100 }).length,
    );
    time('count actor IRN 2010', () => store.countEvents({ actor: 'IRN', from: '2010', to: '2010' }));
    time('code 19 count', () => store.countEvents({ code: '19' }));
    time('first 100 events overall', () => store.queryEvents({ limit: 100 }).length);
    time('stats', () => store.stats().events, 3);
  }
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
