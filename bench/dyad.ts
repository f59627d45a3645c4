/**
 * Dyad-query latency on generated events: 1 M by default, 10 M with --10m (about half an hour of
 * inserting on a 2-core machine). Events are spread over 60 countries, 1990–2020, all CAMEO roots.
 *
 *   npx tsx bench/dyad.ts [--10m] [--keep]
 * @module
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildNetwork, dyadSeries, findEpisodes } from '../src/analysis/index.js';
import { openStore } from '../src/store/index.js';
import type { ExternalEvent, Store } from '../src/store/store.js';

const COUNTRIES = [
  'IRN',
  'RUS',
  'USA',
  'CHN',
  'SYR',
  'ISR',
  'TUR',
  'SAU',
  'IRQ',
  'AFG',
  'PAK',
  'IND',
  'GBR',
  'FRA',
  'DEU',
  'UKR',
  'BLR',
  'KAZ',
  'AZE',
  'ARM',
  'GEO',
  'EGY',
  'LBN',
  'JOR',
  'QAT',
  'ARE',
  'KWT',
  'OMN',
  'YEM',
  'BHR',
  'JPN',
  'KOR',
  'PRK',
  'VNM',
  'IDN',
  'MYS',
  'BRA',
  'ARG',
  'MEX',
  'CAN',
  'AUS',
  'ZAF',
  'NGA',
  'ETH',
  'KEN',
  'ITA',
  'ESP',
  'POL',
  'SWE',
  'NOR',
  'FIN',
  'GRC',
  'SRB',
  'HUN',
  'CZE',
  'ROU',
  'BGR',
  'TKM',
  'UZB',
  'TJK',
];
const SECTORS = ['', 'GOV', 'MIL', 'BUS', 'MED'];
const CODES = [
  '010',
  '020',
  '036',
  '042',
  '043',
  '046',
  '051',
  '057',
  '061',
  '062',
  '071',
  '084',
  '090',
  '100',
  '112',
  '120',
  '130',
  '141',
  '154',
  '163',
  '172',
  '173',
  '190',
  '193',
  '200',
];
const GOLDSTEIN: Record<string, number> = {
  '01': 0,
  '02': 3,
  '03': 4,
  '04': 1,
  '05': 3.5,
  '06': 6,
  '07': 7,
  '08': 5,
  '09': -2,
  '10': -5,
  '11': -2,
  '12': -4,
  '13': -6,
  '14': -6.5,
  '15': -7.2,
  '16': -4,
  '17': -7,
  '19': -10,
  '20': -10,
};

let seed = 42;
function random(): number {
  // mulberry32: a fixed, well-mixed sequence so every run builds the same data
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

function quadOf(code: string): 1 | 2 | 3 | 4 {
  const r = Number(code.slice(0, 2));
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

function generate(store: Store, total: number): number {
  const started = performance.now();
  const batch = 20_000;
  let id = 0;
  for (let done = 0; done < total; ) {
    const events: ExternalEvent[] = [];
    for (let i = 0; i < batch && done < total; i++, done++) {
      // one event in twenty falls on the IRN–RUS dyad, so the measured query has real work
      const pair = random() < 0.05 ? ['IRN', 'RUS'] : [pick(COUNTRIES), pick(COUNTRIES)];
      const code = pick(CODES);
      const y = 1990 + Math.floor(random() * 31);
      const m = 1 + Math.floor(random() * 12);
      const d = 1 + Math.floor(random() * 28);
      const day = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const coarse = random() < 0.1;
      const q = quadOf(code);
      events.push({
        origin: 'bench',
        externalId: String(++id),
        source: {
          code: pair[0] + pick(SECTORS),
          name: pair[0],
          entryId: null,
          span: null,
          text: null,
          origin: 'stated',
          how: 'bench',
        },
        target: {
          code: pair[1] + pick(SECTORS),
          name: pair[1],
          entryId: null,
          span: null,
          text: null,
          origin: 'stated',
          how: 'bench',
        },
        code,
        goldstein: GOLDSTEIN[code.slice(0, 2)] ?? 0,
        quad: q,
        quadGdelt: q,
        plover: null,
        date: coarse
          ? {
              start: String(y),
              end: String(y),
              precision: 'year',
              type: 'exact',
              inferred: false,
              text: null,
              span: null,
            }
          : {
              start: day,
              end: day,
              precision: 'day',
              type: 'exact',
              inferred: false,
              text: null,
              span: null,
            },
        sourceUrl: null,
        raw: null,
      });
    }
    store.insertExternalEvents(events);
    if (done % 200_000 === 0 || done === total) {
      const secs = (performance.now() - started) / 1000;
      process.stdout.write(
        `  inserted ${done} in ${secs.toFixed(0)} s (${Math.round(done / secs)} rows/s)\n`,
      );
    }
  }
  return (performance.now() - started) / 1000;
}

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measure(store: Store, label: string): void {
  const queries: [string, () => unknown][] = [
    ['dyadSeries IRN RUS by year', () => dyadSeries(store, 'IRN', 'RUS', { by: 'year' })],
    ['dyadSeries IRN RUS by month', () => dyadSeries(store, 'IRN', 'RUS', { by: 'month' })],
    [
      'dyadSeries IRN RUS 2010–2012 by month',
      () => dyadSeries(store, 'IRN', 'RUS', { by: 'month', from: '2010', to: '2012' }),
    ],
    [
      'dyadSeries SYR TUR directed by quarter',
      () => dyadSeries(store, 'SYR', 'TUR', { by: 'quarter', directed: true }),
    ],
    ['countEvents dyad IRN,RUS', () => store.countEvents({ dyad: ['IRN', 'RUS'] })],
    ['stats (all visible events)', () => store.stats().events],
    ['buildNetwork country 2010', () => buildNetwork(store, { level: 'country', from: '2010', to: '2010' })],
    ['findEpisodes IRN RUS', () => findEpisodes(store, 'IRN', 'RUS')],
  ];
  for (const [name, run] of queries) {
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const r = run();
      times.push(performance.now() - t);
      size =
        typeof r === 'number'
          ? r
          : Array.isArray(r)
            ? r.length
            : 'edges' in (r as object)
              ? (r as { edges: { count: number }[] }).edges.reduce((s, e) => s + e.count, 0)
              : (r as { rows: { total: number }[] }).rows.reduce((s, x) => s + x.total, 0);
    }
    const what = name.startsWith('findEpisodes') ? 'episodes' : 'events';
    console.log(
      `${label}  ${name}: median ${median(times).toFixed(0)} ms over 5 runs (first ${times[0].toFixed(0)} ms), ${Math.round(size)} ${what} (load ${loadavg()})`,
    );
  }
}

const sizes = process.argv.includes('--10m') ? [1_000_000, 10_000_000] : [1_000_000];
const dir = mkdtempSync(join(tmpdir(), 'entente-bench-dyad-'));
try {
  for (const n of sizes) {
    const db = join(dir, `dyad-${n}.db`);
    const store = openStore(db);
    console.log(`generating ${n.toLocaleString('en')} events into ${db}`);
    const secs = generate(store, n);
    console.log(`generated ${n.toLocaleString('en')} events in ${secs.toFixed(0)} s (load ${loadavg()})`);
    if (n === 1_000_000 && !process.argv.includes('--10m')) {
      // inserts slow as the indexes outgrow the cache, so ten times the rows is a lower bound on ten times the time
      console.log(
        `10 M not run: at this rate it would take at least ${((secs * 10) / 60).toFixed(0)} minutes (pass --10m)`,
      );
    }
    measure(store, `${(n / 1e6).toFixed(0)}M`);
    store.close();
  }
} finally {
  if (!process.argv.includes('--keep') && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}
