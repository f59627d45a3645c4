/**
 * The coder stage alone, on the generated report corpus of bench/pipeline.ts: documents are read
 * before the clock starts, then coded in several passes; prints sentences per CPU-second. The
 * first pass is cold (compiler and caches warming, as in bench/pipeline.ts); later passes show the
 * steady cost. Other processes on a shared machine still move CPU time: compare runs made together.
 * On Linux each pass also shows how much of its CPU time the main thread spent and how much V8's
 * worker threads did (optimising compilation, concurrent marking): about two thirds of what the
 * cold pass costs over the warm ones is the workers'.
 * usage: npx tsx bench/coder-stage.ts [sentences=20000] [passes=3]
 * @module
 */
import { readFileSync } from 'node:fs';
import { createCoder } from '../src/coder/index.js';
import type { IngestedDocument } from '../src/ingest/document.js';
import { readDocumentFromBytes } from '../src/ingest/index.js';
import { makeDocument } from './report-corpus.js';

const target = Number(process.argv[2] ?? 20000);
const passes = Number(process.argv[3] ?? 3);
const SENTENCES_PER_DOC = 400;

const docs: IngestedDocument[] = [];
for (let made = 0; made < target; made += SENTENCES_PER_DOC) {
  const md = makeDocument(made + 1, Math.min(SENTENCES_PER_DOC, target - made));
  docs.push(await readDocumentFromBytes(new TextEncoder().encode(md), `bench-${made}.md`));
}
const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
const coder = createCoder();
coder.codeText('Warm-up: Chile signed an accord with Peru in 2001.');

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** CPU ms of the main thread (its task id is the process id), or null where /proc is missing */
const mainThreadMs = (): number | null => {
  try {
    // utime and stime, in clock ticks of 10 ms, follow the command name in parentheses
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
};
for (let pass = 1; pass <= passes; pass++) {
  let events = 0;
  const c0 = cpuMs();
  const m0 = mainThreadMs();
  for (const d of docs) events += coder.codeDocument(d).length;
  const ms = cpuMs() - c0;
  const m1 = mainThreadMs();
  const split =
    m0 === null || m1 === null
      ? ''
      : `; main thread ${m1 - m0} ms, V8 workers ${Math.round(ms - (m1 - m0))} ms`;
  console.log(
    `pass ${pass}: ${sentences} sentences, ${events} events, ${ms.toFixed(0)} ms CPU → ${Math.round(
      sentences / (ms / 1000),
    ).toLocaleString(
      'en-US',
    )} sentences per CPU-second (${((ms * 1000) / sentences).toFixed(0)} us each${split})`,
  );
}
