/**
 * Reads PETRARCH / Phoenix dictionaries (actors, agents, discards) as PETRARCH-2 interprets them:
 * dated codes tried in file order, first match wins, upper bounds exclusive, two-digit years
 * 00–30 are 20YY. See ../shared/petrarch/README.md for the formats.
 * @module
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { dayNumber } from './day-range.js';
import type { Dictionary, PhraseSpec } from './dictionary.js';
import type { DictionaryProblem } from './entente-format.js';
import { type ActorEntry, type Role, rootOfCode } from './entry.js';
import type { ActorType } from './mention.js';

export type PetrarchKind = 'actors' | 'agents' | 'discards';

/** Phoenix.agents.txt → agents, Phoenix.discards.txt → discards, anything else → actors */
export function petrarchKindOf(path: string): PetrarchKind {
  const name = basename(path).toLowerCase();
  if (name.includes('agent')) return 'agents';
  if (name.includes('discard')) return 'discards';
  return 'actors';
}

/** PETRARCH's line rules: `#` cuts the rest of a line; `<!` lines and `<!-- -->` blocks are skipped */
interface ContentLine {
  text: string;
  line: number;
  indented: boolean;
  comment: string;
}

function contentLines(text: string): ContentLine[] {
  const out: ContentLine[] = [];
  const lines = text.split('\n');
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].replace(/\r$/, '');
    if (inComment) {
      const close = line.indexOf('-->');
      if (close < 0) continue;
      line = line.slice(close + 3);
      inComment = false;
    }
    let open = line.indexOf('<!--');
    while (open >= 0) {
      const close = line.indexOf('-->', open + 4);
      if (close < 0) {
        line = line.slice(0, open);
        inComment = true;
        break;
      }
      line = line.slice(0, open) + line.slice(close + 3);
      open = line.indexOf('<!--');
    }
    if (line.startsWith('<!')) continue;
    const hash = line.indexOf('#');
    let comment = '';
    if (hash >= 0) {
      comment = line.slice(hash + 1);
      line = line.slice(0, hash);
    }
    if (!line.trim()) continue;
    out.push({ text: line, line: i + 1, indented: line[0] === '\t' || line[0] === ' ', comment });
  }
  return out;
}

/** YYMMDD or YYYYMMDD → day number; null when malformed (PETRARCH then codes nothing) */
export function petrarchDay(raw: string): number | null {
  const s = raw.trim();
  let year: number;
  let rest: string;
  if (/^\d{8}$/.test(s)) {
    year = Number(s.slice(0, 4));
    rest = s.slice(4);
  } else if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = s.slice(2);
  } else return null;
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return dayNumber(year, month, day);
}

/** "AFGGOV >011222" → role; null when the restriction cannot be read */
export function parsePetrarchCode(content: string): Role | null {
  const trimmed = content.trim();
  const m = /^(\S+)\s*(.*)$/.exec(trimmed);
  if (!m) return null;
  const code = m[1];
  const restriction = m[2].replace(/\s+/g, '');
  if (!restriction) return { code };
  if (restriction[0] === '<') {
    const d = petrarchDay(restriction.slice(1));
    return d === null ? null : { code, to: d };
  }
  if (restriction[0] === '>') {
    const d = petrarchDay(restriction.slice(1));
    return d === null ? null : { code, from: d };
  }
  const dash = restriction.indexOf('-');
  if (dash > 0) {
    const a = petrarchDay(restriction.slice(0, dash));
    const b = petrarchDay(restriction.slice(dash + 1));
    return a === null || b === null ? null : { code, from: a, to: b };
  }
  return null;
}

function typeOfCode(code: string, person: boolean): ActorType {
  const head = code.slice(0, 3);
  if (head === 'IGO') return 'igo';
  if (head === 'NGO' || head === 'NGM') return 'ngo';
  if (head === 'IMG') return 'armed-group';
  if (head === 'MNC') return 'company';
  if (person) return 'person';
  const sector = code.slice(3, 6);
  if (!sector) return 'state';
  if (sector === 'GOV') return 'government';
  if (sector === 'MIL' || sector === 'SPY' || sector === 'COP') return 'military';
  if (sector === 'REB' || sector === 'INS' || sector === 'SEP' || sector === 'UAF') return 'armed-group';
  if (sector === 'BUS') return 'company';
  if (sector === 'MED') return 'media';
  return 'group';
}

function phraseText(raw: string): string {
  return raw.trim().replace(/_+$/, '').replace(/_/g, ' ').trim();
}

export function titleCase(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(' ')
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w))
    .join(' ');
}

const bracket = /\[([^\]]*)\]?/g;

export function addPetrarchActors(dict: Dictionary, path: string, problems: DictionaryProblem[]): number {
  const file = basename(path);
  const lines = contentLines(readFileSync(path, 'utf8'));
  let count = 0;
  let current: { primary: string; line: number; phrases: string[]; roles: Role[]; person: boolean } | null =
    null;
  const flush = () => {
    if (!current) return;
    const rec = current;
    current = null;
    if (rec.roles.length === 0) return;
    let id = `${file}:${rec.primary.toLowerCase().replace(/\s+/g, '_')}`;
    if (dict.byId.has(id)) id = `${id}@${rec.line}`;
    const first = rec.roles[0].code;
    const entry: ActorEntry = {
      id,
      name: rec.primary,
      upperName: true,
      type: typeOfCode(first, rec.person),
      code: null,
      country: rootOfCode(first),
      roles: rec.roles,
      source: `${file}:${rec.line}`,
    };
    const phrases: PhraseSpec[] = rec.phrases.map((text) => ({ text, how: 'petrarch', caseMode: 'upper' }));
    dict.addEntry(entry, phrases);
    count++;
  };
  for (const { text, line, indented, comment } of lines) {
    const codes: Role[] = [];
    const open = text.indexOf('[');
    const head = open >= 0 ? text.slice(0, open) : text;
    if (open >= 0) {
      bracket.lastIndex = open;
      for (let m = bracket.exec(text); m; m = bracket.exec(text)) {
        const role = parsePetrarchCode(m[1]);
        if (role) codes.push(role);
        else problems.push({ file: path, line, message: `unreadable code or date "[${m[1]}]"` });
      }
    }
    const phrase = phraseText(head);
    if (indented && !phrase) {
      if (current) current.roles.push(...codes);
      continue;
    }
    if (phrase.startsWith('+')) {
      if (current) {
        current.phrases.push(phraseText(phrase.slice(1)));
        current.roles.push(...codes);
      }
      continue;
    }
    if (!phrase) continue;
    flush();
    // Countries.actors marks person records with a CountryInfo comment; dated records are mostly people
    current = { primary: phrase, line, phrases: [phrase], roles: codes, person: /CountryInfo/.test(comment) };
  }
  flush();
  return count;
}

function regularPlural(phrase: string): string {
  const words = phrase.split(' ');
  const last = words[words.length - 1];
  const upper = last.toUpperCase();
  words[words.length - 1] = upper.endsWith('Y')
    ? `${last.slice(0, -1)}IES`
    : upper.endsWith('S')
      ? `${last}ES`
      : `${last}S`;
  return words.join(' ');
}

export function addPetrarchAgents(dict: Dictionary, path: string, problems: DictionaryProblem[]): number {
  const file = basename(path);
  const substitutions = new Map<string, string[]>();
  let count = 0;
  for (const { text, line } of contentLines(readFileSync(path, 'utf8'))) {
    const def = /^\s*(![A-Z]+!)\s*=\s*(.+)$/.exec(text);
    if (def) {
      substitutions.set(
        def[1],
        def[2]
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
      continue;
    }
    const open = text.indexOf('[');
    if (open < 0) continue;
    const close = text.indexOf(']', open);
    const code = text.slice(open + 1, close < 0 ? undefined : close).trim();
    let head = text.slice(0, open);
    let plurals: string[] | null = null;
    const brace = /\{([^}]*)\}/.exec(head);
    if (brace) {
      plurals = brace[1].split(/\s+/).map(phraseText).filter(Boolean);
      head = head.slice(0, brace.index);
    }
    const base = phraseText(head);
    if (!base || !code) continue;
    const prefix = code.endsWith('~');
    const sector = code.replace(/~/g, '');
    if (!/^[A-Z]{3,}$/.test(sector)) {
      problems.push({ file: path, line, message: `unreadable agent code "[${code}]"` });
      continue;
    }
    let forms = [base];
    const marker = /![A-Z]+!/.exec(base);
    if (marker) {
      const values = substitutions.get(marker[0]) ?? [];
      forms = values.map((v) => base.replace(marker[0], v));
    }
    const phrases: PhraseSpec[] = [];
    for (const form of forms) {
      phrases.push({ text: form, how: 'agent', caseMode: 'loose' });
      if (!marker) {
        for (const p of plurals ?? [regularPlural(form)])
          phrases.push({ text: p, how: 'agent', caseMode: 'loose', plural: true });
      }
    }
    const block = sector.slice(0, 3);
    dict.addAgent(
      {
        id: `${file}:${base.toLowerCase().replace(/\s+/g, '_')}`,
        sector,
        prefix,
        type: typeOfCode(`XXX${sector}`, false),
        title: (block === 'GOV' || block === 'MIL') && !base.includes(' ') && !prefix,
        source: `${file}:${line}`,
      },
      phrases,
    );
    count++;
  }
  return count;
}

export function addPetrarchDiscards(dict: Dictionary, path: string): number {
  let count = 0;
  for (const { text } of contentLines(readFileSync(path, 'utf8'))) {
    const t = text.trim();
    const story = t.startsWith('+');
    const phrase = phraseText(story ? t.slice(1) : t);
    if (!phrase) continue;
    dict.addDiscard(phrase, story);
    count++;
  }
  return count;
}
