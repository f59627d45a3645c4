/**
 * `entente dict check`: validates dictionary files (codes, dates, overlapping roles, duplicate ids).
 * @module
 */
import { basename } from 'node:path';
import { getActorCodes } from '../ontology/index.js';
import { Dictionary } from './dictionary.js';
import {
  addEntenteRecords,
  type DictionaryProblem,
  type ParsedRecord,
  parseEntenteFile,
} from './entente-format.js';
import {
  addPetrarchActors,
  addPetrarchAgents,
  addPetrarchDiscards,
  petrarchKindOf,
} from './petrarch-format.js';

/**
 * Blocks CAMEO's tables lack but codes legitimately use: our coined organisation blocks (see
 * data/README.md), religion blocks (IMGMUSALQ) and historical states (USR, YUG).
 */
const extraBlocks = new Set([
  'SCO',
  'BRC',
  'CST',
  'GTW',
  'ISI',
  'AFU',
  'MOS',
  'MUS',
  'CHR',
  'JEW',
  'SHI',
  'SNI',
  'HIN',
  'BUD',
  'USR',
  'YUG',
  'SCG',
  'CSK',
  'DDR',
]);
const firstBlockExtra = new Set(['USR', 'YUG', 'SCG', 'CSK', 'DDR']);

/** why a code is not a CAMEO-style code, or null when it is */
export function codeProblem(code: string): string | null {
  const codes = getActorCodes();
  if (codes.isKnownActorCode(code)) return null;
  const blocks = codes.describe(code);
  if (!blocks) return `"${code}" is not one to five three-letter blocks`;
  const [first, ...rest] = blocks;
  const firstOk =
    firstBlockExtra.has(first.block) ||
    first.kinds.some((k) => k === 'country' || k === 'region' || k === 'international');
  if (!firstOk) return `"${code}" starts with "${first.block}", not a country, region or IGO/NGO/IMG/MNC`;
  const unknown = rest.filter((b) => b.kinds.length === 0 && !extraBlocks.has(b.block)).map((b) => b.block);
  return unknown.length ? `"${code}" has unknown block(s) ${unknown.join(', ')}` : null;
}

function fmt(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export interface CheckReport {
  files: number;
  entries: number;
  agents: number;
  phrases: number;
  problems: DictionaryProblem[];
}

export function checkDictionaryFiles(files: string[]): CheckReport {
  const problems: DictionaryProblem[] = [];
  const dict = new Dictionary();
  const seen = new Map<string, string>();
  for (const file of files) {
    if (file.endsWith('.txt')) {
      const kind = petrarchKindOf(file);
      if (kind === 'agents') addPetrarchAgents(dict, file, problems);
      else if (kind === 'discards') addPetrarchDiscards(dict, file);
      else addPetrarchActors(dict, file, problems);
      continue;
    }
    const records = parseEntenteFile(file, problems);
    for (const r of records) checkRecord(r, seen, problems);
    addEntenteRecords(dict, records, problems);
  }
  for (const entry of dict.entries) {
    if (entry.source.includes('.txt:')) continue;
    const where = entry.source.split(':');
    const file = files.find((f) => basename(f) === where[0]) ?? where[0];
    const line = Number(where[1]);
    if (entry.code) {
      const p = codeProblem(entry.code);
      if (p) problems.push({ file, line, message: `${entry.id}: ${p}` });
    }
    for (const role of entry.roles) {
      const p = codeProblem(role.code);
      if (p) problems.push({ file, line, message: `${entry.id}: ${p}` });
    }
    for (let a = 0; a < entry.roles.length; a++) {
      for (let b = a + 1; b < entry.roles.length; b++) {
        const ra = entry.roles[a];
        const rb = entry.roles[b];
        const aFrom = ra.from ?? Number.NEGATIVE_INFINITY;
        const aTo = ra.to ?? Number.POSITIVE_INFINITY;
        const bFrom = rb.from ?? Number.NEGATIVE_INFINITY;
        const bTo = rb.to ?? Number.POSITIVE_INFINITY;
        if (aFrom < bTo && bFrom < aTo) {
          const span = (f?: number, t?: number) =>
            `${f === undefined ? '…' : fmt(f)}–${t === undefined ? '…' : fmt(t)}`;
          problems.push({
            file,
            line,
            message: `${entry.id}: roles overlap: ${ra.code} ${span(ra.from, ra.to)} and ${rb.code} ${span(rb.from, rb.to)} (the first listed wins)`,
          });
        }
      }
    }
  }
  for (const agent of dict.agents) {
    if (agent.source.includes('.txt:')) continue;
    const p = codeProblem(`IRN${agent.sector}`);
    if (p)
      problems.push({
        file: agent.source,
        line: 0,
        message: `${agent.id}: sector "${agent.sector}" is not a CAMEO role`,
      });
  }
  return {
    files: files.length,
    entries: dict.entries.length,
    agents: dict.agents.length,
    phrases: dict.trie.size + dict.trie.pendingCount,
    problems,
  };
}

function checkRecord(r: ParsedRecord, seen: Map<string, string>, problems: DictionaryProblem[]): void {
  const id = r.record.id;
  const here = `${basename(r.file)}:${r.line}`;
  const before = seen.get(id);
  if (before)
    problems.push({ file: r.file, line: r.line, message: `duplicate id "${id}" (first at ${before})` });
  else seen.set(id, here);
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(id))
    problems.push({ file: r.file, line: r.line, message: `id "${id}" is not lower-case kebab` });
}
