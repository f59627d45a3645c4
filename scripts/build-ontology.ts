/**
 * Regenerates data/ontology/*.tsv from the shared reference tables (../shared/reference).
 * The generated files are committed, so the project runs without ../shared; rerun this only
 * when the reference tables change:  npx tsx scripts/build-ontology.ts
 *
 * Only facts are carried over (codes, short labels, numbers, flags); notes and definitions stay behind.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const referenceDir = process.env.ENTENTE_SHARED
  ? join(process.env.ENTENTE_SHARED, 'reference')
  : resolve(projectRoot, '..', 'shared', 'reference');
const outDir = join(projectRoot, 'data', 'ontology');

type Row = Record<string, string>;

function readTsv(file: string): Row[] {
  const lines = readFileSync(join(referenceDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const header = lines[0].split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]));
  });
}

function writeTsv(file: string, header: string[], rows: string[][]): void {
  for (const row of rows) {
    for (const cell of row) {
      if (/[\t\n]/.test(cell))
        throw new Error(`${file}: cell ${JSON.stringify(cell)} holds a tab or newline`);
    }
  }
  const body = [header, ...rows].map((r) => r.join('\t')).join('\n');
  writeFileSync(join(outDir, file), `${body}\n`);
  console.log(`${file}: ${rows.length} rows`);
}

function buildEventCodes(): void {
  const codes = readTsv('cameo-event-codes.tsv');
  const crosswalk = new Map<string, Row[]>();
  for (const row of readTsv('cameo-to-plover.tsv')) {
    const list = crosswalk.get(row.cameo_code) ?? [];
    list.push(row);
    crosswalk.set(row.cameo_code, list);
  }
  const known = new Set(codes.map((c) => c.code));
  const rows = codes.map((c) => {
    if (!known.has(c.parent) && c.parent !== '')
      throw new Error(`${c.code}: parent ${c.parent} is not a code`);
    const entries = crosswalk.get(c.code) ?? [];
    // Root 08 has two header rows (081-083 CONCEDE, 084-087 RETREAT); the root itself reads as its
    // residual 080 "Yield", which PLOVER codes CONCEDE, so the first row stands for the root.
    const entry = entries[0];
    let type = entry?.plover_type ?? '';
    if (type === '(dropped)') type = '';
    const inferred = entry ? entry.source.startsWith('inferred') : false;
    // "weapons?" marks an inferred guess; the inferred flag carries that doubt instead
    const mode = (entry?.plover_mode ?? '').replace(/\?$/, '');
    const context = entry?.plover_context ?? '';
    return [
      c.code,
      c.level,
      c.root,
      c.parent,
      c.label,
      c.goldstein_gdelt,
      c.goldstein_icews,
      c.quad_std,
      c.quad_gdelt,
      type,
      mode,
      context,
      type && inferred ? 'Y' : type ? 'N' : '',
      c.in_cameo_1_1b3,
      c.in_gdelt,
      c.in_icews,
    ];
  });
  writeTsv(
    'cameo-codes.tsv',
    [
      'code',
      'level',
      'root',
      'parent',
      'label',
      'goldstein_gdelt',
      'goldstein_icews',
      'quad_std',
      'quad_gdelt',
      'plover_type',
      'plover_mode',
      'plover_context',
      'plover_inferred',
      'in_cameo',
      'in_gdelt',
      'in_icews',
    ],
    rows,
  );
}

const actorKinds: Record<string, string> = {
  role_sector: 'role',
  intl_generic: 'international',
  org_type_code: 'organization',
  plover_entity: 'plover-entity',
  region: 'region',
  country_code_note: 'country',
  known_group: 'known-group',
  igo_no_knowngroup: 'igo-without-code',
};

function buildActorCodes(): void {
  const rows: string[][] = [];
  for (const r of readTsv('cameo-actor-types.tsv')) {
    const kind = actorKinds[r.section];
    if (!kind) continue; // composition examples are illustrations, not codes
    let level = '';
    if (kind === 'role') level = r.cameo_level;
    rows.push([
      kind,
      r.code,
      r.label,
      level,
      r.example_full_code,
      r.in_gdelt_lookup,
      r.in_cameo_manual,
      r.in_plover,
    ]);
  }
  writeTsv(
    'actor-codes.tsv',
    ['kind', 'code', 'label', 'role_level', 'example_code', 'in_gdelt', 'in_cameo', 'in_plover'],
    rows,
  );
}

function buildPloverTypes(): void {
  const rows = readTsv('plover.tsv').map((r) => [
    r.record,
    r.plover_type,
    r.name,
    r.quad_class,
    r.requires_recipient,
    r.plover_score,
  ]);
  writeTsv(
    'plover-types.tsv',
    ['record', 'plover_type', 'name', 'quad', 'requires_recipient', 'score'],
    rows,
  );
}

buildEventCodes();
buildActorCodes();
buildPloverTypes();
