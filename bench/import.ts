/**
 * GDELT import throughput: `entente import` (importFile) against the sqlite3 CLI's `.import` of the
 * same file into a bare table. The file is the real 2.0 sample repeated with fresh GLOBALEVENTIDs.
 *
 *   npx tsx bench/import.ts [rows]      (default 200000)
 * @module
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importFile } from '../src/io/index.js';
import { openStore } from '../src/store/index.js';

const sample = resolve(
  process.env.ENTENTE_SHARED ?? resolve(import.meta.dirname, '..', '..', 'shared'),
  'data/events/20170101073000.export.CSV',
);
if (!existsSync(sample)) {
  console.log(`skipping: ${sample} is absent`);
  process.exit(0);
}
const target = Number(process.argv[2] ?? 200_000);
const dir = mkdtempSync(join(tmpdir(), 'entente-bench-import-'));
const file = join(dir, 'big.export.CSV');

const rows = readFileSync(sample, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => l.split('\t'));
const out = createWriteStream(file);
let id = 900_000_000;
for (let written = 0; written < target; ) {
  for (const r of rows) {
    if (written >= target) break;
    r[0] = String(id++);
    if (!out.write(`${r.join('\t')}\n`)) await new Promise((res) => out.once('drain', res));
    written++;
  }
}
await new Promise<void>((res) => out.end(res));
const mb = statSync(file).size / 1e6;
console.log(`file: ${target} GDELT 2.0 rows, ${mb.toFixed(1)} MB`);

const db = join(dir, 'entente.db');
const store = openStore(db);
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`load average before: ${loadavg()}`);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const report = await importFile(store, 'gdelt', file);
const secs = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
store.close();
console.log(
  `entente import: ${report.inserted} rows in ${secs.toFixed(1)} s = ${Math.round(report.inserted / secs)} rows/s (${(mb / secs).toFixed(1)} MB/s), ${report.malformedCount} malformed`,
);
// on a shared machine the wall clock mostly measures other processes; CPU time measures ours
console.log(
  `  ${cpuSecs.toFixed(1)} CPU-s = ${Math.round(report.inserted / cpuSecs)} rows per CPU-second (load average after: ${loadavg()})`,
);

const sqlite = spawnSync('sqlite3', ['-version']);
if (sqlite.status !== 0) {
  console.log('sqlite3 CLI not found (apt-get install -y sqlite3): skipping the .import comparison');
} else {
  const raw = join(dir, 'raw.db');
  const cols = Array.from({ length: 61 }, (_, i) => `c${i + 1} TEXT`).join(', ');
  const t1 = performance.now();
  execFileSync('sqlite3', [raw, `CREATE TABLE t (${cols});`, '.mode tabs', `.import ${file} t`]);
  const s2 = (performance.now() - t1) / 1000;
  const n = Number(execFileSync('sqlite3', [raw, 'SELECT count(*) FROM t;'], { encoding: 'utf8' }).trim());
  console.log(
    `sqlite3 .import (bare table, no parsing, no indexes): ${n} rows in ${s2.toFixed(1)} s = ${Math.round(n / s2)} rows/s`,
  );
  console.log(`ratio: entente is ${(s2 / secs).toFixed(2)}× the speed of sqlite3 .import`);
}
rmSync(dir, { recursive: true, force: true });
