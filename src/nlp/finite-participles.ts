/**
 * The lite tagger reads some past-tense verbs as adjectives or nouns when it has seen them mostly
 * before nouns ("Norway informed/ADJ Sweden", "Kenya mediated/ADJ between …", "Pyongyang
 * abducted/NOUN Japanese citizens"). Such a word standing
 * between its subject and an object, preposition or clause is the sentence's verb, so it is
 * retagged VERB; its lemma stays as wink gave it, and the pattern matcher reads -ed stems.
 * @module
 */
import type { Token } from './tokens.js';

const SUBJECT_POS = new Set(['PROPN', 'NOUN', 'PRON']);
const OBJECT_POS = new Set(['PROPN', 'DET', 'ADP', 'PRON', 'SCONJ']);
const SUBJECT_PRONOUNS = /^(it|they|he|she|we|who|which)$/;

export function retagFiniteParticiples(tokens: Token[]): Token[] {
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k];
    if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || !/[a-z]{3,}ed$/.test(t.lower)) continue;
    // "a hundred", "the speed", "their seed": nouns that only look like past forms
    if (t.pos === 'NOUN' && /(eed|hundred|kindred)$/.test(t.lower)) continue;
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    if (!SUBJECT_POS.has(before.pos) || !OBJECT_POS.has(after.pos)) continue;
    if (before.pos === 'PRON' && !SUBJECT_PRONOUNS.test(before.lower)) continue;
    t.pos = 'VERB';
  }
  return tokens;
}
