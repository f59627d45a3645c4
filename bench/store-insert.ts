/**
 * Store throughput: imported events per second, then dyad/actor/date query times on the result.
 *   npx tsx bench/store-insert.ts [events=200000]
 * Prints figures; asserts nothing.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/index.js';
import type { ExternalEvent } from '../src/store/store.js';

const total = Number(process.argv[2] ?? 200_000);
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

const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'));
const path = join(dir, 'bench.db');
const store = openStore(path);
try {
  let inserted = 0;
  let insertMs = 0;
  let cpuMs = 0;
  for (let start = 0; start < total; start += batch) {
    const events = Array.from({ length: Math.min(batch, total - start) }, (_, k) => event(start + k));
    const t = performance.now();
    const cpu = process.cpuUsage();
    inserted += store.insertExternalEvents(events);
    insertMs += performance.now() - t;
    const used = process.cpuUsage(cpu);
    cpuMs += (used.user + used.system) / 1000;
  }
  console.log(
    `insertExternalEvents: ${inserted} events in ${(insertMs / 1000).toFixed(2)}s = ${Math.round(inserted / (insertMs / 1000))} events/s wall`,
  );
  // on a shared machine the wall clock mostly measures other processes; CPU time measures ours
  console.log(
    `  ${(cpuMs / 1000).toFixed(2)} CPU-s = ${Math.round(inserted / (cpuMs / 1000))} events per CPU-second`,
  );
  console.log(`file size: ${(statSync(path).size / 1e6).toFixed(1)} MB (+ WAL)`);

  const time = (label: string, run: () => number) => {
    const t = performance.now();
    const n = run();
    console.log(`${label}: ${n} in ${(performance.now() - t).toFixed(1)} ms`);
  };
  time('count dyad IRN,RUS', () => store.countEvents({ dyad: ['IRN', 'RUS'] }));
  time(
    'dyad IRN,RUS 2007, first 100',
    () => store.queryEvents({ dyad: ['IRN', 'RUS'], from: '2007', to: '2007', limit: 100 }).length,
  );
  time(
    'dyad IRNGOV,RUSMIL directed, all',
    () => store.queryEvents({ dyad: ['IRNGOV', 'RUSMIL'], directed: true }).length,
  );
  time(
    'actor IRN, 2010-03',
    () => store.queryEvents({ actor: 'IRN', from: '2010-03', to: '2010-03' }).length,
  );
  time('code 19 count', () => store.countEvents({ code: '19' }));
  time('first 100 events overall', () => store.queryEvents({ limit: 100 }).length);
  time('stats', () => store.stats().events);
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
