/**
 * "a so-called resolution", "the self-proclaimed republic", "a long-awaited visit": an adverb glued
 * by a hyphen to a participle makes one adjective. The tagger reads "called" or "proclaimed" as a
 * verb, which ends the noun phrase and lets the participle pass for the clause's own verb.
 * @module
 */
import type { Token } from './tokens.js';

const COMPOUND_HEADS = /^(?:so|well|long|self|much|oft|ill|hard|little|newly|widely|highly)$/;
const HYPHENS = new Set(['-', '‐', '‑']);

export function retagHyphenCompounds(tokens: Token[]): Token[] {
  for (let k = 1; k + 1 < tokens.length; k++) {
    const hyphen = tokens[k];
    if (!HYPHENS.has(hyphen.text)) continue;
    const head = tokens[k - 1];
    const participle = tokens[k + 1];
    if (head.end !== hyphen.start || hyphen.end !== participle.start) continue;
    if (!COMPOUND_HEADS.test(head.lower) || !/(?:ed|en|wn|lt)$/.test(participle.lower)) continue;
    if (participle.pos !== 'VERB' && participle.pos !== 'ADJ') continue;
    head.pos = 'ADJ';
    participle.pos = 'ADJ';
  }
  return tokens;
}
