/**
 * The lite tagger reads some nouns after a possessive as verbs ("Chile's conduct", "Moscow's
 * support", "Kyiv's appeal"): a word right after a possessive "'s" heads the possessed noun
 * phrase, so a VERB there is retagged NOUN. The contraction of "is" ("Russia's sending troops")
 * is tagged AUX, not PART, and keeps its verb.
 * @module
 */
import type { Token } from './tokens.js';

export function retagPossessedNouns(tokens: Token[]): Token[] {
  for (let k = 1; k < tokens.length; k++) {
    const prev = tokens[k - 1];
    // a gerund ("Russia's sending troops") still takes an object as a verb does
    if (
      tokens[k].pos === 'VERB' &&
      !tokens[k].lower.endsWith('ing') &&
      prev.pos === 'PART' &&
      /^['’]s$/.test(prev.lower)
    )
      tokens[k] = { ...tokens[k], pos: 'NOUN' };
  }
  return tokens;
}
