/**
 * Scores the real pipeline on the held-out development set (test/fixtures/heldout/*.md with
 * *.gold.jsonl beside each) with ../shared/eval/score.py, per document and pooled, and explains
 * the errors: required items missed and false positives, each with its sentence and the reason.
 *
 * usage: npx tsx scripts/score-heldout.ts [--dir FIXTURES] [--level core|strict|dated] [--doc NAME] [--quiet] [--out DIR]
 * The functions are exported for test/heldout-score.test.ts.
 */
import { execFileSync } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { exportEvents } from '../src/io/index.js';
import { ingestFiles } from '../src/pipeline/ingest-files.js';
import { openStore } from '../src/store/index.js';

const here = dirname(fileURLToPath(import.meta.url));
export const projectRoot = resolve(here, '..');
export const heldoutDir = join(projectRoot, 'test', 'fixtures', 'heldout');
export const sharedRoot = process.env.ENTENTE_SHARED ?? resolve(projectRoot, '..', 'shared');
export const scorerPath = join(sharedRoot, 'eval', 'score.py');
const explainerPath = join(here, 'score-heldout.py');
const cameoPath = join(sharedRoot, 'reference', 'cameo-event-codes.tsv');

export const LEVELS = ['core', 'strict', 'dated'] as const;
export type Level = (typeof LEVELS)[number];

export interface LevelScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  negatives_hit: number;
  optional_matched: number;
  gold_required: number;
  gold_found: number;
  missed: string[];
}
export type Score = Record<Level, LevelScore> & { system_events: number };

export interface HeldoutDocument {
  name: string;
  textPath: string;
  goldPath: string;
}

export interface GoldItem {
  id: string;
  quote: string;
  source: string;
  target: string;
  code: string;
  alt?: string[];
  date: string | null;
  symmetric?: boolean;
  required?: boolean;
  negative?: boolean;
  note?: string;
}

export function heldoutDocuments(dir = heldoutDir): HeldoutDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && existsSync(join(dir, f.replace(/\.md$/, '.gold.jsonl'))))
    .sort()
    .map((f) => ({
      name: f.replace(/\.md$/, ''),
      textPath: join(dir, f),
      goldPath: join(dir, f.replace(/\.md$/, '.gold.jsonl')),
    }));
}

export function readGold(path: string): GoldItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as GoldItem;
      } catch {
        throw new Error(`${path}:${i + 1}: not a JSON object`);
      }
    });
}

/** the scorer's normalisation (../shared/eval/norm.py), so quotes are located as the scorer locates them */
export function normForScore(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/<sup>\s*\d+\s*<\/sup>/g, ' ')
    .replace(/\^\d+|\[\d+\]/g, ' ')
    .replaceAll('\\$', '$')
    .replaceAll('\\', '')
    .replace(/[*_]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replaceAll('\u2014', ' - ')
    .replaceAll('\u2013', '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** every pipeline sentence plus the JSONL export of one document, coded in a fresh in-memory store */
export async function codeDocument(
  textPath: string,
  outPath: string,
): Promise<{ sentences: string[]; events: number }> {
  const store = openStore(':memory:');
  try {
    const [outcome] = await ingestFiles(store, [textPath]);
    if (!outcome || outcome.error || outcome.documentId === null) {
      throw new Error(`${textPath}: pipeline failed: ${outcome?.error ?? 'no outcome'}`);
    }
    const events = store.queryEvents({ documentId: outcome.documentId });
    const out = createWriteStream(outPath, 'utf8');
    const result = await exportEvents(events, 'jsonl', out);
    out.end();
    await finished(out);
    const sentences = store.getSentences(outcome.documentId).map((s) => s.text);
    return { sentences, events: result.written };
  } finally {
    store.close();
  }
}

/** problems that make a gold file unusable: quotes no sentence contains, unknown CAMEO codes */
export function checkGold(gold: GoldItem[], sentences: string[]): string[] {
  const known = existsSync(cameoPath)
    ? new Set(
        readFileSync(cameoPath, 'utf8')
          .split('\n')
          .slice(1)
          .map((l) => l.split('\t')[0])
          .filter(Boolean),
      )
    : null;
  const normed = sentences.map(normForScore);
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const g of gold) {
    if (ids.has(g.id)) problems.push(`${g.id}: duplicate id`);
    ids.add(g.id);
    const q = normForScore(g.quote);
    const hits = normed.filter((s) => s.includes(q)).length;
    if (hits === 0) problems.push(`${g.id}: quote is in no pipeline sentence: "${g.quote}"`);
    if (hits > 1) problems.push(`${g.id}: quote is in ${hits} sentences: "${g.quote}"`);
    for (const c of [g.code, ...(g.alt ?? [])]) {
      if (known && !known.has(c)) problems.push(`${g.id}: unknown CAMEO code ${c}`);
    }
    if (g.source === g.target) problems.push(`${g.id}: source and target are both ${g.source}`);
  }
  return problems;
}

export function score(goldPath: string, systemPath: string): Score {
  const out = execFileSync('python3', [scorerPath, goldPath, systemPath, '--json'], { encoding: 'utf8' });
  return JSON.parse(out) as Score;
}

export interface Explanation {
  missed: { id: string; quote: string; gold: string; date: string | null; system_in_sentence: string[] }[];
  false_positives: {
    sentence: string;
    source: string;
    target: string;
    code: string;
    date: string | null;
    trigger: string | null;
    why: string;
  }[];
}

export function explain(goldPath: string, systemPath: string, level: Level): Explanation {
  const out = execFileSync('python3', [explainerPath, scorerPath, goldPath, systemPath, '--level', level], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as Explanation;
}

export function canScore(): boolean {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
  } catch {
    return false;
  }
  return existsSync(scorerPath);
}

export interface DocumentRun {
  doc: HeldoutDocument;
  systemPath: string;
  score: Score;
  problems: string[];
}

/** codes every held-out document, scores each one and the pooled set (gold and exports concatenated) */
export async function runHeldout(
  outDir = mkdtempSync(join(tmpdir(), 'entente-heldout-')),
  only?: string,
  dir = heldoutDir,
) {
  const runs: DocumentRun[] = [];
  for (const doc of heldoutDocuments(dir)) {
    if (only && !doc.name.includes(only)) continue;
    const systemPath = join(outDir, `${doc.name}.system.jsonl`);
    const { sentences } = await codeDocument(doc.textPath, systemPath);
    const problems = checkGold(readGold(doc.goldPath), sentences);
    runs.push({ doc, systemPath, score: score(doc.goldPath, systemPath), problems });
  }
  const pooledGold = join(outDir, 'pooled.gold.jsonl');
  const pooledSystem = join(outDir, 'pooled.system.jsonl');
  writeFileSync(pooledGold, runs.map((r) => readFileSync(r.doc.goldPath, 'utf8')).join(''));
  writeFileSync(pooledSystem, runs.map((r) => readFileSync(r.systemPath, 'utf8')).join(''));
  return { runs, pooled: score(pooledGold, pooledSystem), outDir };
}

export function formatRow(name: string, s: Score): string {
  const cell = (l: Level) => {
    const r = s[l];
    return `${r.precision.toFixed(2)}/${r.recall.toFixed(2)}/${r.f1.toFixed(2)}`;
  };
  const found = `${s.core.gold_found}/${s.core.gold_required}`;
  return `${name.padEnd(28)} ${cell('core').padEnd(16)} ${cell('strict').padEnd(16)} ${cell('dated').padEnd(16)} ${String(s.system_events).padStart(4)} ${found.padStart(7)}`;
}

export function tableHeader(): string {
  return `${'document'.padEnd(28)} ${'core P/R/F1'.padEnd(16)} ${'strict P/R/F1'.padEnd(16)} ${'dated P/R/F1'.padEnd(16)} ${'sys'.padStart(4)} ${'found'.padStart(7)}`;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const level = (opt('--level') ?? 'core') as Level;
  if (!LEVELS.includes(level)) throw new Error(`--level ${level}: expected core, strict or dated`);
  if (!canScore()) throw new Error(`${scorerPath}: python3 or the scorer is missing`);
  const dir = opt('--dir');
  const { runs, pooled, outDir } = await runHeldout(
    opt('--out'),
    opt('--doc'),
    dir ? resolve(dir) : undefined,
  );
  console.log(tableHeader());
  for (const r of runs) console.log(formatRow(r.doc.name, r.score));
  console.log(formatRow('POOLED', pooled));
  console.log(`exports in ${outDir}`);
  for (const r of runs) {
    for (const p of r.problems) console.log(`GOLD PROBLEM ${r.doc.name}: ${p}`);
  }
  if (argv.includes('--quiet')) return;
  for (const r of runs) {
    const ex = explain(r.doc.goldPath, r.systemPath, level);
    console.log(`\n=== ${r.doc.name} (${level}) ===`);
    console.log(`-- missed required items (${ex.missed.length})`);
    for (const m of ex.missed) {
      const near = m.system_in_sentence.length ? ` | system here: ${m.system_in_sentence.join(', ')}` : '';
      console.log(`  ${m.id} ${m.gold} ${m.date ?? '-'}: "${m.quote}"${near}`);
    }
    console.log(`-- false positives (${ex.false_positives.length})`);
    for (const f of ex.false_positives) {
      console.log(`  ${f.source}->${f.target} ${f.code} ${f.date ?? '-'} [${f.trigger ?? ''}] why: ${f.why}`);
      console.log(`     "${f.sentence}"`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error((err as Error).message ?? String(err));
    process.exit(1);
  });
}
