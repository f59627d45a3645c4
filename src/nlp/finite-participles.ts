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

const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** "Moscow on December 12 sent …": the word right after a day of a month */
function afterDate(tokens: Token[], k: number): boolean {
  const day = tokens[k - 1];
  return day?.pos === 'NUM' && MONTH.test(tokens[k - 2]?.lower ?? '');
}

export function retagFiniteParticiples(tokens: Token[]): Token[] {
  // "on December 12 sent two diplomats home": a past form the tagger read as a noun after a date
  for (let k = 2; k < tokens.length - 1; k++) {
    const t = tokens[k];
    if (t.pos !== 'NOUN' || !afterDate(tokens, k) || t.lemma === t.lower || t.lower.endsWith('s')) continue;
    const after = tokens[k + 1];
    if (OBJECT_POS.has(after.pos) || after.pos === 'NUM') t.pos = 'VERB';
  }
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k];
    if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || !/[a-z]{3,}ed$/.test(t.lower)) continue;
    // "a hundred", "the speed", "their seed": nouns that only look like past forms
    if (t.pos === 'NOUN' && /(eed|hundred|kindred)$/.test(t.lower)) continue;
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    if (!(SUBJECT_POS.has(before.pos) || afterDate(tokens, k))) continue;
    if (before.pos === 'PRON' && !SUBJECT_PRONOUNS.test(before.lower)) continue;
    if (!OBJECT_POS.has(after.pos) && !(after.pos === 'NUM' && coordinatedWithVerb(tokens, k))) continue;
    t.pos = 'VERB';
  }
  return tokens;
}

/**
 * "The navy apprehended 210 fishermen and took their boats": a counted object could follow a
 * participle ("troops stationed 30 km away"), but when the clause's first verb comes after "and"
 * the -ed word is the first of two coordinated finite verbs
 */
function coordinatedWithVerb(tokens: Token[], k: number): boolean {
  for (let j = k + 2; j < tokens.length; j++) {
    const t = tokens[j];
    if (
      t.pos === 'PUNCT' ||
      t.pos === 'SCONJ' ||
      t.lower === 'that' ||
      t.lower === 'which' ||
      t.lower === 'who'
    )
      return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return tokens[j - 1].lower === 'and';
  }
  return false;
}
