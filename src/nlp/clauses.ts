/**
 * Clause boundaries inside a sentence: relative clauses ("which was backed by…"), subordinate
 * clauses ("when he called…"), dash or bracket asides, and coordinated or participial clauses.
 * Each clause knows where it starts and, for a relative clause, the token it modifies.
 * @module
 */
import type { Token } from './tokens.js';

export type ClauseKind = 'main' | 'relative' | 'subordinate' | 'aside' | 'coordinate' | 'participial';

export interface Clause {
  kind: ClauseKind;
  start: number;
  end: number;
  /** for relative clauses: the last token of the phrase the clause describes */
  antecedent: number | null;
  /** the word that opened the clause ("which", "when", "—"…), null for the main clause */
  marker: string | null;
}

const RELATIVE = new Set(['which', 'who', 'whom', 'whose']);
const SUBORDINATORS = new Set([
  'when',
  'while',
  'whereas',
  'where',
  'after',
  'before',
  'because',
  'although',
  'though',
  'if',
  'unless',
  'since',
  'until',
  'once',
  'whether',
  'as',
]);
const DASHES = new Set(['—', '–', '--']);

export function isDash(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.text === '—' || t.text === '--') return true;
  // a spaced hyphen or en dash works as a dash; a glued one joins words ("Iran-Iraq")
  if (
    (t.text === '-' || t.text === '–') &&
    (tokens[k - 1]?.end !== t.start || tokens[k + 1]?.start !== t.end)
  )
    return true;
  return DASHES.has(t.text) && false;
}

/** pairs of dash or bracket positions enclosing an aside, as [open, close] token indexes */
export function asides(tokens: Token[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let open = -1;
  const brackets: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (isDash(tokens, k)) {
      if (open < 0) open = k;
      else {
        pairs.push([open, k]);
        open = -1;
      }
    } else if (tokens[k].text === '(') brackets.push(k);
    else if (tokens[k].text === ')' && brackets.length) pairs.push([brackets.pop() as number, k]);
  }
  return pairs;
}

/** times "that" points to as a determiner: "that afternoon", "that same week" */
const THAT_TIME =
  /^(?:morning|afternoon|evening|night|day|week|weekend|month|year|summer|winter|spring|autumn|fall|same|very|time|day's|season|decade)$/;

export function clauses(tokens: Token[]): Clause[] {
  const out: Clause[] = [];
  const opener = tokens[0]?.lower ?? '';
  // a sentence that opens with "If …," or "When …," starts in a subordinate clause
  let current: Clause = SUBORDINATORS.has(opener)
    ? { kind: 'subordinate', start: 0, end: tokens.length, antecedent: null, marker: opener }
    : { kind: 'main', start: 0, end: tokens.length, antecedent: null, marker: null };
  const close = (k: number) => {
    current.end = k;
    if (current.end > current.start) out.push(current);
  };
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    let next: Clause | null = null;
    if (
      RELATIVE.has(t.lower) ||
      (t.lower === 'that' &&
        (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'NUM') &&
        // "telephoned Erdoğan that afternoon": "that" before a time is a determiner
        !THAT_TIME.test(tokens[k + 1]?.lower ?? ''))
    ) {
      const ante = prev.text === ',' ? k - 2 : k - 1;
      next = {
        kind: 'relative',
        start: k,
        end: tokens.length,
        antecedent: ante >= 0 ? ante : null,
        marker: t.lower,
      };
    } else if (
      SUBORDINATORS.has(t.lower) &&
      (t.pos === 'SCONJ' || (t.pos === 'ADV' && t.lower !== 'once') || prev.text === ',')
    ) {
      next = { kind: 'subordinate', start: k, end: tokens.length, antecedent: null, marker: t.lower };
    } else if (t.text === ';' || t.text === ':') {
      next = { kind: 'coordinate', start: k + 1, end: tokens.length, antecedent: null, marker: t.text };
    } else if (isDash(tokens, k)) {
      next = { kind: 'aside', start: k + 1, end: tokens.length, antecedent: null, marker: '—' };
    } else if (prev.text === ',' && t.pos === 'VERB' && t.lower.endsWith('ing')) {
      next = { kind: 'participial', start: k, end: tokens.length, antecedent: null, marker: t.lower };
    } else if (current.kind === 'subordinate' && current.start === 0 && t.text === ',' && k > 2) {
      // "If X does Y, Z follows": the comma closes the opening subordinate clause
      next = { kind: 'main', start: k + 1, end: tokens.length, antecedent: null, marker: null };
    } else if ((t.lower === 'but' || t.lower === 'and') && prev.text === ',') {
      next = { kind: 'coordinate', start: k + 1, end: tokens.length, antecedent: null, marker: t.lower };
    }
    if (next) {
      close(k);
      current = next;
    }
  }
  close(tokens.length);
  return out;
}

export function clauseAt(list: Clause[], k: number): Clause {
  for (const c of list) if (k >= c.start && k < c.end) return c;
  return list[list.length - 1];
}
