/**
 * Reads Entente's own dictionary files (see data/README.md): JSON Lines for countries, IGOs,
 * groups, agents; TSV for people, one dated role per row.
 * @module
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parsePartialDate } from './day-range.js';
import type { CaseMode, Dictionary, PhraseSpec } from './dictionary.js';
import { type ActorEntry, type Role, rootOfCode } from './entry.js';
import type { ActorType, MatchHow } from './mention.js';

export class DictionaryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DictionaryError';
  }
}

/** a problem found while reading: `file:line: message` */
export interface DictionaryProblem {
  file: string;
  line: number;
  message: string;
}

export interface RawRole {
  code: string;
  from?: string;
  to?: string;
  title?: string;
  country?: string;
}

export interface RawRecord {
  kind?: 'entry' | 'agent' | 'head' | 'block' | 'discard';
  id: string;
  type?: ActorType;
  code?: string;
  country?: string;
  names?: string[];
  aliases?: string[];
  metonyms?: string[];
  demonyms?: string[];
  plurals?: string[];
  surnames?: string[];
  /** names that are also common words or first names ("Jordan", "Chad") */
  guarded?: string[];
  roles?: RawRole[];
  /** agents */
  sector?: string;
  title?: boolean;
  /** PETRARCH `XXX~` agents: the sector goes before the country */
  prefix?: boolean;
  /** discards: void the whole story rather than the sentence */
  story?: boolean;
  note?: string;
}

export interface ParsedRecord {
  record: RawRecord;
  file: string;
  line: number;
}

const actorTypes = new Set<ActorType>([
  'state',
  'leader',
  'government',
  'military',
  'faction',
  'party',
  'company',
  'media',
  'igo',
  'ngo',
  'armed-group',
  'region',
  'group',
  'person',
]);

/** the first day a date names, or (for an exclusive end) the day after the period it names */
export function parseBound(value: string, end: boolean): number | null {
  const r = parsePartialDate(value);
  if (!r || !/^\s*-?\d{4}(-\d{1,2}(-\d{1,2})?)?\s*$/.test(value)) return null;
  if (!end) return r.first;
  // a full date as end is the first day the role no longer holds; a partial one covers its period
  return value.trim().length === 10 ? r.first : r.last + 1;
}

export function parseEntenteFile(path: string, problems: DictionaryProblem[]): ParsedRecord[] {
  const text = readFileSync(path, 'utf8');
  return path.endsWith('.tsv') ? parsePeopleTsv(text, path, problems) : parseJsonLines(text, path, problems);
}

function parseJsonLines(text: string, file: string, problems: DictionaryProblem[]): ParsedRecord[] {
  const out: ParsedRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || line.startsWith('//') || line.startsWith('#')) continue;
    try {
      const record = JSON.parse(line) as RawRecord;
      if (!record || typeof record.id !== 'string' || !record.id) {
        problems.push({ file, line: i + 1, message: 'record has no "id"' });
        continue;
      }
      out.push({ record, file, line: i + 1 });
    } catch (err) {
      problems.push({ file, line: i + 1, message: `not JSON: ${(err as Error).message}` });
    }
  }
  return out;
}

/** columns: id, names (|-separated, first canonical), surname, code, from, to, title, type */
function parsePeopleTsv(text: string, file: string, problems: DictionaryProblem[]): ParsedRecord[] {
  const byId = new Map<string, ParsedRecord>();
  const out: ParsedRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, '');
    if (!raw.trim() || raw.startsWith('#')) continue;
    const [id, names, surname, code, from, to, title, type] = raw.split('\t').map((c) => c?.trim() ?? '');
    if (!id) {
      problems.push({ file, line: i + 1, message: 'row has no id' });
      continue;
    }
    let parsed = byId.get(id);
    if (!parsed) {
      parsed = {
        record: { id, type: (type as ActorType) || 'leader', names: [], roles: [] },
        file,
        line: i + 1,
      };
      byId.set(id, parsed);
      out.push(parsed);
    }
    const rec = parsed.record;
    if (names)
      rec.names?.push(
        ...names
          .split('|')
          .map((s) => s.trim())
          .filter(Boolean),
      );
    if (surname) rec.surnames = surname === '-' ? [] : surname.split('|').map((s) => s.trim());
    if (code)
      rec.roles?.push({ code, from: from || undefined, to: to || undefined, title: title || undefined });
    else if (from || to) problems.push({ file, line: i + 1, message: `${id}: dates without a code` });
  }
  return out;
}

function rolesOf(
  rec: RawRecord,
  where: string,
  problems: DictionaryProblem[],
  file: string,
  line: number,
): Role[] {
  const roles: Role[] = [];
  for (const r of rec.roles ?? []) {
    if (!r.code) {
      problems.push({ file, line, message: `${rec.id}: role without a code` });
      continue;
    }
    const role: Role = { code: r.code };
    if (r.from) {
      const d = parseBound(r.from, false);
      if (d === null) problems.push({ file, line, message: `${rec.id}: bad date "${r.from}" in ${where}` });
      else role.from = d;
    }
    if (r.to) {
      const d = parseBound(r.to, true);
      if (d === null) problems.push({ file, line, message: `${rec.id}: bad date "${r.to}" in ${where}` });
      else role.to = d;
    }
    if (role.from !== undefined && role.to !== undefined && role.to <= role.from)
      problems.push({
        file,
        line,
        message: `${rec.id}: role ${r.code} ends (${r.to}) before it starts (${r.from})`,
      });
    if (r.title) role.title = r.title;
    if (r.country) role.country = r.country;
    roles.push(role);
  }
  return roles;
}

function specs(
  list: string[] | undefined,
  how: MatchHow,
  caseMode: CaseMode,
  guarded: Set<string>,
  plural = false,
): PhraseSpec[] {
  return (list ?? []).map((text) => ({ text, how, caseMode, plural, guarded: guarded.has(text) }));
}

/** surname of "Akbar Hashemi Rafsanjani" is Rafsanjani; of "Bashar al-Assad" both "al-Assad" and "Assad" */
function defaultSurnames(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 2) return [];
  const last = words[words.length - 1];
  const m = /^(?:al|el|ad|as|ash|az)-(.+)$/i.exec(last);
  return m ? [last, m[1]] : [last];
}

export function addEntenteRecords(
  dict: Dictionary,
  records: ParsedRecord[],
  problems: DictionaryProblem[],
): void {
  for (const { record: rec, file, line } of records) {
    const kind = rec.kind ?? 'entry';
    const source = `${basename(file)}:${line}`;
    const guarded = new Set(rec.guarded ?? []);
    if (kind === 'agent') {
      if (!rec.sector) problems.push({ file, line, message: `${rec.id}: agent without "sector"` });
      dict.addAgent(
        {
          id: rec.id,
          sector: rec.sector ?? '',
          prefix: rec.prefix ?? false,
          type: rec.type ?? 'government',
          title: rec.title ?? false,
          source,
        },
        [
          ...specs(rec.names, 'agent', 'loose', guarded),
          ...specs(rec.plurals, 'agent', 'loose', guarded, true),
        ],
      );
      continue;
    }
    if (kind === 'head') {
      dict.addHeads(rec.id, specs(rec.names, 'agent', 'loose', guarded));
      continue;
    }
    if (kind === 'discard') {
      for (const n of rec.names ?? []) dict.addDiscard(n, rec.story ?? false);
      continue;
    }
    if (kind === 'block') {
      dict.addBlocks(rec.id, specs(rec.names, 'name', 'proper', guarded));
      continue;
    }
    const names = rec.names ?? [];
    if (names.length === 0) {
      problems.push({ file, line, message: `${rec.id}: entry without "names"` });
      continue;
    }
    if (rec.type && !actorTypes.has(rec.type))
      problems.push({ file, line, message: `${rec.id}: unknown type "${rec.type}"` });
    const roles = rolesOf(rec, 'roles', problems, file, line);
    const isPerson = rec.type === 'leader' || rec.type === 'person';
    const code = rec.code ?? null;
    const country = rec.country ?? (code ? rootOfCode(code) : roles.length ? rootOfCode(roles[0].code) : '');
    if (!code && roles.length === 0)
      problems.push({ file, line, message: `${rec.id}: neither "code" nor "roles"` });
    const entry: ActorEntry = {
      id: rec.id,
      name: names[0],
      type: rec.type ?? 'state',
      code,
      country,
      roles,
      source,
    };
    const phrases: PhraseSpec[] = [
      ...specs(names, 'name', 'proper', guarded),
      ...specs(rec.aliases, 'alias', 'proper', guarded),
      ...specs(rec.metonyms, 'metonym', 'proper', guarded),
      ...specs(rec.demonyms, 'demonym', 'proper', guarded),
      ...specs(rec.plurals, 'demonym', 'proper', guarded, true),
    ];
    if (isPerson) {
      // "~May": a common word too, matched only after a title; "^Gates": refused beside another capitalised word
      const surnames = rec.surnames ?? defaultSurnames(names[0]);
      for (const s of surnames) {
        const titleOnly = s.startsWith('~');
        const touchy = s.startsWith('^');
        const text = titleOnly || touchy ? s.slice(1) : s;
        phrases.push({
          text,
          how: 'surname',
          caseMode: 'proper',
          titleOnly,
          guarded: touchy || guarded.has(text),
        });
      }
    }
    dict.addEntry(entry, phrases);
  }
}
