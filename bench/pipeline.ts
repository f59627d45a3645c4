/**
 * End-to-end throughput, raw text → stored events: readDocumentFromBytes → coder.codeDocument →
 * store.saveDocument (a SQLite file in a temporary directory), on generated markdown reports.
 * The corpus reads like real analysis: roughly a third of the sentences name two actors and an
 * event, the rest are background, one-actor sentences, opinions, figures and dates, with endnote
 * markers and a notes section. Prints sentences/s end to end and per stage, events/s and peak RSS.
 * Per stage CPU is given twice: the process's (all threads) and, on Linux, the main thread's alone.
 * `npm start` and `npm run bench` give V8 a young generation of 64 MB semi-spaces rather than 16: the
 * coder's short-lived objects then die before a scavenge copies them, and `--trace-gc` counted 81
 * scavenges taking 276 ms on 100,000 sentences against 266 taking 611 ms, for 50 MB more RSS.
 * usage: npm run bench -- [sentences=200000] (built, as the product runs; `npx tsx bench/pipeline.ts` runs the
 * source through tsx, whose transform makes the coder slower than the built code)
 * @module
 */
import { mkdtempSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoder } from '../src/coder/index.js';
import type { IngestedDocument } from '../src/ingest/document.js';
import { readDocumentFromBytes } from '../src/ingest/index.js';
import { openStore } from '../src/store/index.js';
import { makeDocument } from './report-corpus.js';

const target = Number(process.argv[2] ?? 200000);
// V8 compiles the coder's hot paths over the first few thousand sentences, which cost two to
// five times a warm one: a fixed cost per process, reported apart so it neither hides in nor
// flatters the end-to-end figure
const WARM_UP_SENTENCES = 20000;
const SENTENCES_PER_DOC = 400;

const docs: Uint8Array[] = [];
for (let made = 0; made < target; made += SENTENCES_PER_DOC) {
  docs.push(new TextEncoder().encode(makeDocument(made + 1, Math.min(SENTENCES_PER_DOC, target - made))));
}
const megabytes = docs.reduce((sum, d) => sum + d.byteLength, 0) / 1e6;

const dir = mkdtempSync(join(tmpdir(), 'entente-bench-pipeline-'));
const store = openStore(join(dir, 'bench.db'));
const coder = createCoder();
// loads the models, dictionaries and patterns outside the timed part: the coder's, and the
// reader's own sentence splitter
coder.codeText('Warm-up: Chile signed an accord with Peru in 2001.');
await readDocumentFromBytes(new TextEncoder().encode('# Warm-up\n\nChile signed an accord with Peru.\n'), 'warm-up.md');

let sentences = 0;
let events = 0;
let readMs = 0;
let codeMs = 0;
let storeMs = 0;
let readCpu = 0;
let codeCpu = 0;
let storeCpu = 0;
let readMain = 0;
let codeMain = 0;
let storeMain = 0;
let peakRss = process.memoryUsage().rss;
let warmUpSentences = 0;
let warmUpMs = 0;
// CPU time beside wall time: on a shared, loaded machine wall time mostly measures the neighbours
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
// The process's CPU time also counts V8's helper threads (parallel scavenges, concurrent marking
// and sweeping, compiling), which run for whichever stage is current: mostly for the coder's
// garbage, yet charged to all three. The main thread's own time (ms, from the kernel's schedstat)
// leaves them out: the stages' own work, less their share of parallel scavenges.
const schedstat = (() => {
  try {
    return openSync(`/proc/self/task/${process.pid}/schedstat`, 'r');
  } catch {
    return null;
  }
})();
const schedBuffer = Buffer.alloc(64);
const mainCpu = () => {
  if (schedstat === null) return Number.NaN;
  const n = readSync(schedstat, schedBuffer, 0, schedBuffer.length, 0);
  return Number(schedBuffer.toString('latin1', 0, n).split(' ')[0]) / 1e6;
};
const t0 = performance.now();
const cpu0 = cpu();
// as `entente ingest` and `npm start` store many files: committed in groups
store.beginBulk();
try {
  for (const [i, bytes] of docs.entries()) {
    const a = performance.now();
    const ca = cpu();
    const ma = mainCpu();
    const doc: IngestedDocument = await readDocumentFromBytes(bytes, `report-${i}.md`);
    const b = performance.now();
    const cb = cpu();
    const mb = mainCpu();
    const coded = coder.codeDocument(doc);
    const c = performance.now();
    const cc = cpu();
    const mc = mainCpu();
    store.saveDocument(doc, coded);
    const d = performance.now();
    const cd = cpu();
    const md = mainCpu();
    readCpu += cb - ca;
    codeCpu += cc - cb;
    storeCpu += cd - cc;
    readMain += mb - ma;
    codeMain += mc - mb;
    storeMain += md - mc;
    readMs += b - a;
    codeMs += c - b;
    storeMs += d - c;
    sentences += doc.sentences.length;
    events += coded.length;
    if (warmUpSentences === 0 && sentences >= WARM_UP_SENTENCES) {
      warmUpSentences = sentences;
      warmUpMs = performance.now() - t0;
    }
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  // closing copies what is left of the WAL into the database: the store's work, so its stage's
  const d = performance.now();
  const cd = cpu();
  const md = mainCpu();
  store.close();
  storeMs += performance.now() - d;
  storeCpu += cpu() - cd;
  storeMain += mainCpu() - md;
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
const seconds = (performance.now() - t0) / 1000;
const cpuSeconds = (cpu() - cpu0) / 1000;
const rate = (ms: number) => Math.round(sentences / (ms / 1000)).toLocaleString('en-US');
// maxRSS covers the whole run (in kilobytes), including moments between the samples above
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

console.log(`corpus: ${docs.length} markdown reports, ${megabytes.toFixed(1)} MB, ${sentences} sentences`);
console.log(`events: ${events} (${(events / seconds).toFixed(0)} events/s)`);
console.log(
  `time: ${seconds.toFixed(2)} s (read ${(readMs / 1000).toFixed(2)} s, code ${(codeMs / 1000).toFixed(2)} s, store ${(storeMs / 1000).toFixed(2)} s)`,
);
console.log(`end to end: ${Math.round(sentences / seconds).toLocaleString('en-US')} sentences/s (one core)`);
if (warmUpSentences > 0 && warmUpSentences < sentences) {
  const warm = (sentences - warmUpSentences) / ((seconds * 1000 - warmUpMs) / 1000);
  console.log(
    `first ${warmUpSentences.toLocaleString('en-US')} sentences (V8 still compiling): ${Math.round(warmUpSentences / (warmUpMs / 1000)).toLocaleString('en-US')} sentences/s; the rest: ${Math.round(warm).toLocaleString('en-US')} sentences/s`,
  );
}
console.log(`per stage: read ${rate(readMs)}, code ${rate(codeMs)}, store ${rate(storeMs)} sentences/s`);
console.log(
  `CPU time: ${cpuSeconds.toFixed(2)} s → ${Math.round(sentences / cpuSeconds).toLocaleString('en-US')} sentences per CPU-second; per stage: read ${rate(readCpu)}, code ${rate(codeCpu)}, store ${rate(storeCpu)}`,
);
if (schedstat !== null) {
  const perSentence = (ms: number) => ((ms * 1000) / sentences).toFixed(1);
  console.log(
    `main thread CPU: ${rate(readMain + codeMain + storeMain)} sentences per CPU-second; per stage: read ${rate(readMain)}, code ${rate(codeMain)}, store ${rate(storeMain)} (µs per sentence: read ${perSentence(readMain)}, code ${perSentence(codeMain)}, store ${perSentence(storeMain)})`,
  );
}
console.log(`peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
console.log(`load average: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
