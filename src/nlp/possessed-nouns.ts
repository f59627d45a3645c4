/**
 * The lite tagger reads some nouns after a possessive or an article as verbs ("Chile's conduct",
 * "Moscow's support", "the Chinese conduct dangerous"): a word right after a possessive "'s" heads
 * the possessed noun phrase, and so does a word after an article and the adjectives or names that
 * modify it, when nothing a verb could take follows it. A VERB there is retagged NOUN. The
 * contraction of "is" ("Russia's sending troops") is tagged AUX, not PART, and keeps its verb.
 * @module
 */
import type { Token } from './tokens.js';

/** determiners that never stand alone as a pronoun or a conjunction ("that", "this" may) */
const ARTICLES = /^(?:the|a|an|its|their|his|her|our)$/;
/** what may follow a noun ending its phrase ("called the Chinese conduct dangerous"), but hardly a verb */
const PHRASE_END_NEXT = /^ADJ$/;

function headsArticlePhrase(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  // a past form ("the Court found") is the verb; a noun is its own lemma
  if (/(?:ing|ed)$/.test(t.lower) || t.lemma !== t.lower) return false;
  let j = k - 1;
  while (j >= 0 && k - j <= 2 && (tokens[j].pos === 'ADJ' || tokens[j].pos === 'PROPN')) j--;
  if (j === k - 1 || j < 0 || !ARTICLES.test(tokens[j].lower)) return false;
  const next = tokens[k + 1];
  return !next || PHRASE_END_NEXT.test(next.pos);
}

export function retagPossessedNouns(tokens: Token[]): Token[] {
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k].pos !== 'VERB') continue;
    const prev = tokens[k - 1];
    // a gerund ("Russia's sending troops") still takes an object as a verb does
    if (
      (!tokens[k].lower.endsWith('ing') && prev.pos === 'PART' && /^['’]s$/.test(prev.lower)) ||
      headsArticlePhrase(tokens, k)
    )
      tokens[k] = { ...tokens[k], pos: 'NOUN' };
  }
  return tokens;
}
