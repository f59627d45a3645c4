/**
 * "Neighbouring Pakistan ordered …", "the warring parties", "the outgoing government": a few
 * words in -ing that, before a noun, describe it rather than act on it. The tagger reads a
 * capitalised one opening a sentence as a verb with the name after it for its object, and the name
 * is then lost as the sentence's subject.
 * @module
 */
import type { Token } from './tokens.js';

/** only words that before a noun are all but never a verb taking it as object ("visiting Dhaka" is) */
const ATTRIBUTIVE = new Set(['neighbouring', 'neighboring', 'warring', 'outgoing', 'incoming']);
const NOUN_AFTER = new Set(['NOUN', 'PROPN', 'ADJ']);

export function retagAttributiveParticiples(tokens: Token[]): Token[] {
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k];
    if (t.pos === 'VERB' && ATTRIBUTIVE.has(t.lower) && NOUN_AFTER.has(tokens[k + 1].pos)) t.pos = 'ADJ';
  }
  return tokens;
}
