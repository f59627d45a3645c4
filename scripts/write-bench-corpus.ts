/**
 * Writes the pipeline bench's generated reports to a directory as markdown files, so that a change
 * meant only to make the pipeline faster can be checked for identical output on them
 * (scripts/dump-events.ts before and after).
 * usage: npx tsx scripts/write-bench-corpus.ts DIR [sentences=4000]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDocument } from '../bench/report-corpus.js';

const [dir, count] = process.argv.slice(2);
if (!dir) throw new Error('usage: write-bench-corpus.ts DIR [sentences=4000]');
const target = Number(count ?? 4000);
const PER_DOC = 400;
mkdirSync(dir, { recursive: true });
let files = 0;
for (let made = 0; made < target; made += PER_DOC, files++)
  writeFileSync(join(dir, `report-${files}.md`), makeDocument(made + 1, Math.min(PER_DOC, target - made)));
console.log(`${files} reports, ${target} sentences → ${dir}`);
