/**
 * CPU cost of the two stages before the coder proper: the document timeline (dates) and actor
 * mentions (findMentions), on markdown files read with the ingest stage, repeated to a workload.
 * CPU time, not wall time: on a shared machine wall time mostly measures the neighbours.
 * usage: npx tsx bench/dates-actors.ts [sentences=30000] [file.md ...]
 * @module
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDefaultResolver } from '../src/actors/index.js';
import { createDocumentTimeline } from '../src/dates/index.js';
import type { IngestedDocument } from '../src/ingest/document.js';
import { readDocument } from '../src/ingest/index.js';

const target = Number(process.argv[2] ?? 30000);
const given = process.argv.slice(3);
const dirs = ['examples/corpus', 'test/fixtures/heldout'];
const files =
  given.length > 0
    ? given
    : dirs.flatMap((d) =>
        readdirSync(d)
          .filter((f) => f.endsWith('.md'))
          .map((f) => join(d, f)),
      );
const docs: IngestedDocument[] = [];
for (const f of files) docs.push(await readDocument(f));
const resolver = loadDefaultResolver();
resolver.findMentions('Warm-up: Chile signed an accord with Peru in 2001.');

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let sentences = 0;
let datesMs = 0;
let actorsMs = 0;
let mentions = 0;
while (sentences < target) {
  for (const doc of docs) {
    const a = cpu();
    const timeline = createDocumentTimeline(doc);
    const dates = doc.sentences.map((s) => timeline.dateFor(s.index, s.start, s.start).value?.start);
    const b = cpu();
    for (const [i, s] of doc.sentences.entries())
      mentions += resolver.findMentions(s.text, { date: dates[i] || undefined }).length;
    const c = cpu();
    datesMs += b - a;
    actorsMs += c - b;
    sentences += doc.sentences.length;
  }
}
const rate = (ms: number) => Math.round(sentences / (ms / 1000)).toLocaleString('en-US');
console.log(`${files.length} files, ${sentences} sentences, ${mentions} mentions`);
console.log(
  `CPU time: timeline ${(datesMs / 1000).toFixed(2)} s (${rate(datesMs)} sentences/s), findMentions ${(actorsMs / 1000).toFixed(2)} s (${rate(actorsMs)} sentences/s)`,
);
