/**
 * The party an act falls on when the pattern's own target slot is empty and the state is named a
 * step or two down the object phrase: "launched air strikes on targets in Syria", "closed the
 * border crossings with Myanmar", "froze the assets of Afghanistan's central bank". Event data
 * coders read the object phrase the same way (PETRARCH takes the first actor in the verb phrase);
 * here the walk stays inside one noun phrase and its attached prepositional phrases, so a second
 * clause, a list or a new verb never lends its actor.
 * @module
 */

import type { ActorMention } from '../actors/mention.js';
import { isNpToken, type Token } from '../nlp/index.js';
import { countryOf } from './country-of.js';
import type { PlacedMention } from './mentions.js';

/** prepositions that attach an owner or a counterpart to the object */
const ATTACHING = new Set(['on', 'of', 'with', 'against', 'onto', 'into', 'from']);
/**
 * prepositions of place: "strikes on targets in Syria" fall on Syria, but "joint exercises in
 * Syria" are only held there, so these count only for acts of force and coercion
 */
const LOCATIVE = new Set(['in', 'at', 'inside', 'near', 'along', 'across']);
/** bodies that act in their own name rather than for a state */
const NOT_A_STATE_PARTY = new Set(['igo', 'ngo', 'media']);
/** how far down the object phrase a party may stand, in tokens and in prepositional phrases */
const MAX_TOKENS = 10;
const MAX_PREPOSITIONS = 2;

export interface ChainParty {
  mention: ActorMention;
  placed: PlacedMention;
}

/**
 * The first state-like actor of another country than `src` in the phrase after the match's last
 * word (`last`), through at most two attaching prepositions; null where the phrase ends first.
 * `placeIsParty` lets a place phrase ("in", "near") lead there: true for acts of force.
 */
export function objectChainParty(
  tokens: Token[],
  placed: PlacedMention[],
  last: number,
  src: string,
  placeIsParty: boolean,
): ChainParty | null {
  let prepositions = 0;
  const end = Math.min(tokens.length, last + 1 + MAX_TOKENS);
  for (let k = last + 1; k < end; k++) {
    const t = tokens[k];
    const p = placed.find((x) => x.ts === k);
    if (p) {
      // a pronoun or a description here is the clause's own party or a guess: not this walk's to make
      if (!p.actor || p.referent) return null;
      if (
        NOT_A_STATE_PARTY.has(p.actor.type) ||
        countryOf(p.actor) === src ||
        countryOf(p.actor).length !== 3
      )
        return null;
      return { mention: p.actor, placed: p };
    }
    if (t.pos === 'ADP' && (ATTACHING.has(t.lower) || (placeIsParty && LOCATIVE.has(t.lower)))) {
      if (++prepositions > MAX_PREPOSITIONS) return null;
      continue;
    }
    if (!isNpToken(tokens, k)) return null;
  }
  return null;
}
