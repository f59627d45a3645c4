/**
 * Event patterns as reviewed data: `data/verbs/*.txt` (format in `data/verbs/README.md`).
 * A pattern is a short sequence of words, lemma sets and actor slots; the coder finds it in a
 * sentence, then assembles source and target from the slots or from the roles the options name.
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../package-root.js';
import { deriveFallbacks } from './derived-fallbacks.js';
import { wideGap } from './wide-gap.js';

export type PosClass = 'V' | 'N' | 'A';

export interface PatternElement {
  kind: 'word' | 'slot' | 'wide-gap';
  words: Set<string> | null;
  pos: PosClass | null;
  slot: 'S' | 'T' | null;
  optional: boolean;
  trigger: boolean;
  /** every alternative is a preposition or particle, so only adverbs may stand between */
  functionWord: boolean;
}

export interface Pattern {
  /** "057.sign-agreement" */
  id: string;
  code: string;
  elements: PatternElement[];
  triggerIndex: number;
  /** where to find the source, in order of preference: slot, subj, poss, adj, by, between, np */
  src: string[];
  /** where to find the target: slot, obj, next, after, subj, or prepositions (to, with, …) */
  tgt: string[];
  /** reciprocal: a coordinated subject ("X and Y signed") gives X→Y */
  sym: boolean;
  place: 'capital' | 'country' | null;
  /** words that void the match when they follow it ("recognise X as a threat" is no recognition) */
  unless: Set<string>;
  /**
   * a subject–verb–object reading kept only where no other pattern took the trigger, its target in
   * the trigger's own clause, and coded at lower confidence
   */
  fallback?: boolean;
  /**
   * a second reading of a trigger that other patterns may read too ("Accra says Togolese troops
   * fired": an accusation by whoever tells the act): it neither takes the trigger from them nor
   * keeps the discourse's or a place's reading from it
   */
  aside?: boolean;
  /**
   * the target must stand in the pattern's own slot: "became a member of NATO" says whose member,
   * and "would become members of the alliance" leaves no party for the discourse to guess
   */
  namedTarget?: boolean;
  /**
   * kept only under a plain negation, which it consumes: "did not accept Addis Ababa's account"
   * is a rejection, not a negated acceptance
   */
  whenNegated?: boolean;
  example: string;
  file: string;
  line: number;
}

const FUNCTION_WORDS = new Set([
  'to',
  'of',
  'with',
  'on',
  'upon',
  'against',
  'from',
  'in',
  'into',
  'out',
  'down',
  'up',
  'off',
  'for',
  'between',
  'as',
  'that',
  'alongside',
  'beside',
  'about',
  'over',
  'toward',
  'towards',
  'at',
  'near',
  'along',
  'outside',
  'closer',
  'together',
  'closely',
  'know',
]);

export class PatternFileError extends Error {
  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'PatternFileError';
  }
}

export function defaultVerbDir(): string {
  return dataPath('verbs');
}

function parseSets(text: string, file: string, sets: Map<string, string[]>): void {
  text.split('\n').forEach((raw, n) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line.startsWith('@')) return;
    const m = /^@([a-z_]+)\s*=\s*(.+)$/.exec(line);
    if (!m) throw new PatternFileError(file, n + 1, `cannot read lemma set "${line}"`);
    sets.set(m[1], m[2].split(/\s+/).filter(Boolean));
  });
}

function parseElement(raw: string, sets: Map<string, string[]>, file: string, line: number): PatternElement {
  let s = raw;
  let optional = false;
  let trigger = false;
  while (s.startsWith('?') || s.startsWith('*')) {
    if (s[0] === '?') optional = true;
    else trigger = true;
    s = s.slice(1);
  }
  if (s === '~') return wideGap();
  if (s === '$S' || s === '$T') {
    return {
      kind: 'slot',
      words: null,
      pos: null,
      slot: s[1] as 'S' | 'T',
      optional,
      trigger: false,
      functionWord: false,
    };
  }
  let pos: PosClass | null = null;
  const slash = s.lastIndexOf('/');
  if (slash > 0) {
    const p = s.slice(slash + 1);
    if (p !== 'V' && p !== 'N' && p !== 'A')
      throw new PatternFileError(file, line, `unknown part of speech "/${p}" in "${raw}"`);
    pos = p;
    s = s.slice(0, slash);
  }
  const words = new Set<string>();
  for (const alt of s.split('|')) {
    if (alt.startsWith('@')) {
      const set = sets.get(alt.slice(1));
      if (!set) throw new PatternFileError(file, line, `unknown lemma set "${alt}"`);
      for (const w of set) words.add(w);
    } else if (alt) words.add(alt.toLowerCase());
  }
  if (words.size === 0) throw new PatternFileError(file, line, `empty element "${raw}"`);
  const functionWord = [...words].every((w) => FUNCTION_WORDS.has(w));
  return { kind: 'word', words, pos, slot: null, optional, trigger, functionWord };
}

function parsePatternLine(raw: string, file: string, n: number, sets: Map<string, string[]>): Pattern | null {
  const hash = raw.indexOf('#');
  const example = hash >= 0 ? raw.slice(hash + 1).trim() : '';
  const line = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
  if (!line || line.startsWith('@')) return null;
  const m = /^(\d{2,4})\s+([a-z0-9-]+)\s*:\s*(.+)$/.exec(line);
  if (!m) throw new PatternFileError(file, n, `expected "CODE id : elements", got "${line}"`);
  const [, code, name, rest] = m;
  const bar = rest.indexOf(' | ');
  const body = (bar >= 0 ? rest.slice(0, bar) : rest).trim();
  const opts = bar >= 0 ? rest.slice(bar + 3).trim() : '';
  const elements = body.split(/\s+/).map((e) => parseElement(e, sets, file, n));
  let triggerIndex = elements.findIndex((e) => e.trigger);
  if (triggerIndex < 0) triggerIndex = elements.findIndex((e) => e.kind === 'word');
  if (triggerIndex < 0) throw new PatternFileError(file, n, `pattern ${name} has no trigger word`);
  elements[triggerIndex].trigger = true;
  elements[triggerIndex].optional = false;
  const options = new Map<string, string>();
  let sym = false;
  let fallback = false;
  let named = false;
  let aside = false;
  for (const o of opts.split(/\s+/).filter(Boolean)) {
    if (o === 'sym') sym = true;
    else if (o === 'aside') aside = true;
    else if (o === 'fallback') fallback = true;
    else if (o === 'named') named = true;
    else {
      const [k, v] = o.split('=');
      if (!v) throw new PatternFileError(file, n, `option "${o}" needs a value`);
      options.set(k, v);
    }
  }
  const triggerPos = elements[triggerIndex].pos;
  const nominal = triggerPos === 'N' || triggerPos === 'A';
  const hasS = elements.some((e) => e.slot === 'S');
  const hasT = elements.some((e) => e.slot === 'T');
  const src =
    options.get('src')?.split(',') ?? (hasS ? ['slot'] : nominal ? ['poss', 'adj', 'by'] : ['subj']);
  if (hasS && !src.includes('slot')) src.unshift('slot');
  const tgt =
    options.get('tgt')?.split(',') ??
    (nominal ? ['of', 'to', 'with', 'against', 'on', 'toward', 'towards'] : ['obj']);
  if (hasT && !tgt.includes('slot')) tgt.unshift('slot');
  const when = options.get('when');
  if (when && when !== 'negated') throw new PatternFileError(file, n, `unknown when "${when}"`);
  const place = options.get('place');
  if (place && place !== 'capital' && place !== 'country')
    throw new PatternFileError(file, n, `unknown place "${place}"`);
  return {
    id: `${code}.${name}`,
    code,
    elements,
    triggerIndex,
    src,
    tgt,
    sym,
    place: (place as Pattern['place']) ?? null,
    unless: new Set(options.get('unless')?.split(',') ?? []),
    ...(fallback ? { fallback } : {}),
    ...(named ? { namedTarget: true } : {}),
    ...(aside ? { aside } : {}),
    ...(when ? { whenNegated: true } : {}),
    example,
    file,
    line: n,
  };
}

export function parsePatterns(files: Array<{ name: string; text: string }>): Pattern[] {
  const sets = new Map<string, string[]>();
  for (const f of files) parseSets(f.text, f.name, sets);
  const patterns: Pattern[] = [];
  const ids = new Set<string>();
  for (const f of files) {
    f.text.split('\n').forEach((raw, i) => {
      const p = parsePatternLine(raw, f.name, i + 1, sets);
      if (!p) return;
      if (ids.has(p.id)) throw new PatternFileError(f.name, i + 1, `duplicate pattern id ${p.id}`);
      ids.add(p.id);
      patterns.push(p);
    });
  }
  return patterns;
}

let cached: Pattern[] | null = null;

export function loadPatterns(dir = defaultVerbDir()): Pattern[] {
  if (dir === defaultVerbDir() && cached) return cached;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: join('data/verbs', f), text: readFileSync(join(dir, f), 'utf8') }));
  const patterns = parsePatterns(files);
  patterns.push(...deriveFallbacks(patterns));
  if (dir === defaultVerbDir()) cached = patterns;
  return patterns;
}
