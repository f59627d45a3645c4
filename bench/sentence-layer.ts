/**
 * The per-sentence layer of the coder alone: nlp.analyze (wink tagging, retagging, clauses) and
 * the actor resolver's findMentions, on the generated report corpus of bench/pipeline.ts.
 * Documents are read before the clock starts; each part runs over every sentence in several
 * passes and prints sentences per CPU-second (the first pass is cold, later ones steady).
 * usage: npx tsx bench/sentence-layer.ts [sentences=20000] [passes=3]
 * @module
 */
import { loadDefaultResolver } from '../src/actors/index.js';
import { readDocumentFromBytes } from '../src/ingest/index.js';
import { analyze } from '../src/nlp/index.js';
import { makeDocument } from './report-corpus.js';

const target = Number(process.argv[2] ?? 20000);
const passes = Number(process.argv[3] ?? 3);
const SENTENCES_PER_DOC = 400;

const texts: { text: string; start: number; date: string }[] = [];
for (let made = 0; made < target; made += SENTENCES_PER_DOC) {
  const md = makeDocument(made + 1, Math.min(SENTENCES_PER_DOC, target - made));
  const doc = await readDocumentFromBytes(new TextEncoder().encode(md), `bench-${made}.md`);
  const date = doc.metadata.publishedAt || '2020-01-01';
  for (const s of doc.sentences) texts.push({ text: s.text, start: s.start, date });
}
const resolver = loadDefaultResolver();
analyze('Warm-up: Chile signed an accord with Peru in 2001.');

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const rate = (ms: number) => Math.round(texts.length / (ms / 1000)).toLocaleString('en-US');

console.log(`${texts.length} sentences`);
for (let pass = 1; pass <= passes; pass++) {
  let tokens = 0;
  let clauseCount = 0;
  let mentions = 0;
  const a = cpuMs();
  for (const s of texts) {
    // clauses are made on demand: read them, as the coder does around every pattern match
    const a = analyze(s.text, s.start);
    tokens += a.tokens.length;
    clauseCount += a.clauses.length;
  }
  const b = cpuMs();
  for (const s of texts) mentions += resolver.findMentions(s.text, { date: s.date }).length;
  const c = cpuMs();
  console.log(
    `pass ${pass}: analyze ${rate(b - a)}/s (${tokens} tokens, ${clauseCount} clauses), findMentions ${rate(c - b)}/s (${mentions} mentions)`,
  );
}
