/**
 * The dates stage as the coder runs it, on the pipeline bench's generated reports: one document
 * timeline per document (with the actor dictionary's tenures), then dateFor at every event
 * trigger the coder found (it asks a sentence's own date only on demand, seldom). The triggers
 * come from one untimed coding pass, which also builds every timeline once, so even round 1
 * runs warmed-up code: inside the pipeline (50 documents, each seen once) the stage costs two to
 * three times more, most of it V8 warming up (interpreting, compiling, recompiling) the dates code.
 * Prints CPU time and sentences per CPU-second for the timelines and for the dateFor calls.
 * usage: npx tsx bench/dates-stage.ts [sentences=20000] [rounds=3]
 * @module
 */
import { loadDefaultResolver } from '../src/actors/index.js';
import { createCoder } from '../src/coder/index.js';
import { createTenureLookup } from '../src/coder/tenure-lookup.js';
import { createDocumentTimeline, type DocumentTimeline } from '../src/dates/index.js';
import type { IngestedDocument } from '../src/ingest/document.js';
import { readDocumentFromBytes } from '../src/ingest/index.js';
import { makeDocument } from './report-corpus.js';

const target = Number(process.argv[2] ?? 20000);
const rounds = Number(process.argv[3] ?? 3);
const SENTENCES_PER_DOC = 400;

const docs: IngestedDocument[] = [];
for (let made = 0; made < target; made += SENTENCES_PER_DOC) {
  const bytes = new TextEncoder().encode(makeDocument(made + 1, Math.min(SENTENCES_PER_DOC, target - made)));
  docs.push(await readDocumentFromBytes(bytes, `report-${made}.md`));
}
const coder = createCoder();
const triggers = docs.map((doc) =>
  coder.codeDocument(doc).map((e) => [e.sentenceIndex, e.trigger.span[0], e.trigger.span[1]] as const),
);
const tenureLookup = createTenureLookup(loadDefaultResolver());
const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
const calls = triggers.reduce((n, t) => n + t.length, 0);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const rate = (ms: number) => Math.round(sentences / (ms / 1000)).toLocaleString('en-US');

console.log(`corpus: ${docs.length} reports, ${sentences} sentences, ${calls} dateFor calls`);
for (let round = 0; round < rounds; round++) {
  let buildMs = 0;
  let dateMs = 0;
  let dated = 0;
  for (const [i, doc] of docs.entries()) {
    const a = cpu();
    const timeline: DocumentTimeline = createDocumentTimeline(doc, { tenureLookup });
    const b = cpu();
    for (const [index, start, end] of triggers[i]) if (timeline.dateFor(index, start, end).value) dated++;
    buildMs += b - a;
    dateMs += cpu() - b;
  }
  console.log(
    `round ${round + 1}: timeline ${buildMs.toFixed(0)} ms CPU (${rate(buildMs)} sentences/s), dateFor ${dateMs.toFixed(0)} ms CPU (${rate(dateMs)} sentences/s), both ${rate(buildMs + dateMs)} sentences/s; ${dated} dated`,
  );
}
