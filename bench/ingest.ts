/**
 * Ingest throughput on a generated corpus: markdown reports with endnote markers, inline links,
 * page-break cuts and a notes section, plus the HTML, PDF and DOCX fixtures read repeatedly.
 * Prints MB/s and sentences/s; asserts nothing. Run: npx tsx bench/ingest.ts [megabytes=20]
 * @module
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocument, readDocumentFromBytes } from '../src/ingest/index.js';

const targetMb = Number(process.argv[2] ?? 20);
const DOC_BYTES = 256 * 1024;

const ACTORS = [
  'Ankara',
  'Moscow',
  'New Delhi',
  'Beijing',
  'Brussels',
  'Kyiv',
  'Tehran',
  'Washington',
  'the U.N. Security Council',
  'Dr. Lee of the E.U. mission',
];
const VERBS = [
  'signed an agreement with',
  'criticised',
  'sent a delegation to',
  'imposed sanctions on',
  'held talks with',
  'accused',
  'offered $4.5 billion in credit to',
  'met officials from',
];
const TAILS = [
  'on Jan. 12, 2019',
  'in March 2021',
  'after weeks of talks',
  '(according to officials in both capitals)',
  '—despite objections at home—',
  'under Resolution No. 2231',
];

function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

function makeDocument(seed: number): string {
  const rand = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const parts = [
    `---\ntitle: Generated report ${seed}\ndate: 2020-05-01\n---\n`,
    `# Generated report ${seed}\n`,
  ];
  let note = 0;
  let size = 0;
  while (size < DOC_BYTES) {
    if (rand() < 0.1) parts.push(`## Section ${parts.length}\n`);
    const sentences: string[] = [];
    for (let i = 0; i < 4 + Math.floor(rand() * 4); i++) {
      let s = `${pick(ACTORS)} ${pick(VERBS)} ${pick(ACTORS)} ${pick(TAILS)}.`;
      s = s[0].toUpperCase() + s.slice(1);
      if (rand() < 0.2) s += `<sup>${++note}</sup>`;
      if (rand() < 0.1) s = s.replace('talks', '[talks](https://example.org/t)');
      sentences.push(s);
    }
    let paragraph = sentences.join(' ');
    // a page break cut in one paragraph of twenty
    if (rand() < 0.05) paragraph = paragraph.replace(/ (held|sent) /, ' $1\n\n');
    parts.push(`${paragraph}\n`);
    size += paragraph.length;
  }
  parts.push('## ENDNOTES\n');
  for (let n = 1; n <= note; n++)
    parts.push(
      `<sup>${n}</sup> A. Author, "Report number ${n}," *The Journal*, May ${1 + (n % 28)}, 2020, <https://example.org/n/${n}>.\n`,
    );
  return parts.join('\n');
}

async function measure(label: string, files: string[], read: (f: string) => Promise<number>) {
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const start = performance.now();
  let sentences = 0;
  for (const f of files) sentences += await read(f);
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `${label.padEnd(10)} ${String(files.length).padStart(5)} docs  ${(bytes / 1e6).toFixed(2).padStart(7)} MB  ${String(sentences).padStart(8)} sentences  ${seconds.toFixed(2).padStart(7)} s  ${(bytes / 1e6 / seconds).toFixed(2).padStart(6)} MB/s  ${Math.round(
      sentences / seconds,
    )
      .toString()
      .padStart(7)} sentences/s`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'entente-bench-ingest-'));
try {
  const files: string[] = [];
  for (let i = 0; i * DOC_BYTES < targetMb * 1e6; i++) {
    const f = join(dir, `report-${i}.md`);
    writeFileSync(f, makeDocument(i + 1));
    files.push(f);
  }
  console.log(`ingest benchmark: ${files.length} generated markdown reports (~${targetMb} MB) in ${dir}`);
  await measure('markdown', files, async (f) => (await readDocument(f)).sentences.length);

  const fixtures = join(import.meta.dirname, '..', 'test', 'fixtures', 'ingest');
  for (const [label, name] of [
    ['html', 'india-china-border.html'],
    ['pdf', 'eu-ukraine-brief.pdf'],
    ['docx', 'china-russia-partnership.docx'],
  ]) {
    const copies = Array.from({ length: 50 }, () => join(fixtures, name));
    const bytes = readFileSync(join(fixtures, name));
    await measure(label, copies, async () => (await readDocumentFromBytes(bytes, name)).sentences.length);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
