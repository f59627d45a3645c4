/**
 * Shallow chunks over tagged tokens: noun phrases, verb groups (with voice) and prepositions.
 * Enough structure for finding who did what to whom without a full parse.
 * @module
 */
import type { Token } from './tokens.js';

export type ChunkKind = 'NP' | 'VP' | 'PP' | 'O';
export type Voice = 'active' | 'passive';

export interface Chunk {
  kind: ChunkKind;
  /** token index of the first token */
  start: number;
  /** token index after the last token */
  end: number;
  /** token index of the head: the last noun of an NP, the main verb of a VP */
  head: number;
  voice?: Voice;
  /** true for "to" + verb and for -ing forms without an auxiliary */
  nonFinite?: boolean;
  negated?: boolean;
}

const NP_INNER = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'SYM']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
const HYPHENS = new Set(['-', '–']);
const IRREGULAR_PARTICIPLES = new Set([
  'shot',
  'sunk',
  'caught',
  'sold',
  'bought',
  'kept',
  'found',
  'shut',
  'overrun',
  'lent',
  'dealt',
  'led',
  'held',
  'met',
  'sent',
  'sought',
  'fought',
  'brought',
  'struck',
  'seen',
  'given',
  'taken',
  'made',
  'known',
  'shown',
  'told',
  'paid',
  'built',
  'won',
  'lost',
  'begun',
  'done',
  'put',
  'set',
  'hit',
  'cut',
  'drawn',
  'driven',
  'thrown',
  'beaten',
  'broken',
  'chosen',
  'spoken',
  'written',
  'caught',
  'bought',
  'found',
]);

export function isPossessiveMarker(t: Token | undefined): boolean {
  return !!t && (t.lower === "'s" || t.lower === '’s' || t.lower === "'" || t.lower === '’');
}

export function isNpToken(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (NP_INNER.has(t.pos)) return true;
  if (t.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(t.lower)) return true;
  if (isPossessiveMarker(t)) return true;
  // "Iran-Iraq", "Russia-led": a hyphen glued between two words stays inside the phrase
  if (HYPHENS.has(t.text) && tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end) return true;
  return false;
}

export function isPastParticiple(t: Token): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'ADJ') return false;
  return /ed$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower) || /en$/.test(t.lower);
}

/** passive when a form of "be"/"get" stands before a past participle, adverbs and "not" allowed between */
export function isPassiveAt(tokens: Token[], verb: number): boolean {
  if (!isPastParticiple(tokens[verb])) return false;
  for (let k = verb - 1; k >= 0 && k >= verb - 4; k--) {
    const t = tokens[k];
    if (t.pos === 'ADV' || t.lower === 'not' || t.lower === "n't") continue;
    if (t.lemma === 'be' || t.lemma === 'get') {
      // "has been" → passive, "has" alone → active perfect
      return true;
    }
    return false;
  }
  return false;
}

export function chunk(tokens: Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k];
    if (isNpToken(tokens, k) && !HYPHENS.has(t.text)) {
      const start = k;
      let head = k;
      while (k < tokens.length && isNpToken(tokens, k)) {
        if (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN') head = k;
        k++;
      }
      chunks.push({ kind: 'NP', start, end: k, head });
      continue;
    }
    if (t.pos === 'PRON') {
      chunks.push({ kind: 'NP', start: k, end: k + 1, head: k });
      k++;
      continue;
    }
    if (
      t.pos === 'AUX' ||
      t.pos === 'VERB' ||
      (t.pos === 'PART' && t.lower === 'to' && tokens[k + 1]?.pos === 'VERB')
    ) {
      const start = k;
      let head = k;
      let negated = false;
      while (k < tokens.length) {
        const u = tokens[k];
        if (u.pos === 'VERB' || u.pos === 'AUX') head = k;
        else if (u.lower === 'not' || u.lower === "n't" || u.lower === 'never') negated = true;
        else if (!(u.pos === 'ADV' || (u.pos === 'PART' && u.lower === 'to'))) break;
        k++;
        if (u.pos === 'VERB' && tokens[k]?.pos !== 'VERB' && tokens[k]?.pos !== 'AUX') break;
      }
      const first = tokens[start];
      const nonFinite = first.lower === 'to' || (tokens[head].lower.endsWith('ing') && first.pos !== 'AUX');
      chunks.push({
        kind: 'VP',
        start,
        end: k,
        head,
        voice: isPassiveAt(tokens, head) ? 'passive' : 'active',
        nonFinite,
        negated,
      });
      continue;
    }
    if (t.pos === 'ADP' || t.pos === 'SCONJ') {
      chunks.push({ kind: 'PP', start: k, end: k + 1, head: k });
      k++;
      continue;
    }
    chunks.push({ kind: 'O', start: k, end: k + 1, head: k });
    k++;
  }
  return chunks;
}
