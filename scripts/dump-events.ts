/**
 * Codes markdown files with one coder and writes every event, every field, as one JSON line,
 * for diffing the coder's output before and after a change that must not alter it.
 * usage: npx tsx scripts/dump-events.ts out.jsonl file.md …
 */
import { writeFileSync } from 'node:fs';
import { createCoder } from '../src/coder/index.js';
import { readDocument } from '../src/ingest/index.js';

const [out, ...files] = process.argv.slice(2);
if (!out || files.length === 0) throw new Error('usage: dump-events.ts out.jsonl file.md …');
const coder = createCoder();
const lines: string[] = [];
let sentences = 0;
let ms = 0;
for (const file of files) {
  const doc = await readDocument(file);
  sentences += doc.sentences.length;
  const t0 = performance.now();
  const events = coder.codeDocument(doc);
  ms += performance.now() - t0;
  for (const e of events) lines.push(JSON.stringify({ file, ...e }));
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(
  `${lines.length} events from ${sentences} sentences in ${files.length} files, ${ms.toFixed(0)} ms → ${out}`,
);
