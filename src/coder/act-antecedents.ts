/**
 * "Sudan proposed talks; Ethiopia rejected it", "Egypt backed the plan; Ethiopia rejected it": an
 * "it" after a verb whose object is usually an act stands for that act, not for a state, and the
 * target of the verb is the act's author, when the text says who that is. An act named without
 * its author ("Egypt supported the proposal") leaves the pronoun with no actor.
 * @module
 */
import type { ActorMention } from '../actors/mention.js';
import { type Analysis, isNpToken, isPossessiveMarker } from '../nlp/index.js';
import type { PlacedMention } from './mentions.js';
import type { RoleContext } from './roles.js';

/** verbs whose object is mostly a proposal, a measure or a text */
const ACT_OBJECT_VERBS =
  /^(?:reject|accept|welcome|endorse|support|back|oppose|condemn|criticise|criticize|denounce|dismiss|approve|ratify|veto|hail|praise|ignore|implement|embrace|rebuff|spurn|refuse|decline|turn|scrap|call)$/;
/** verbs whose subject authors the act they take as object */
const AUTHORING_VERBS =
  /^(?:propose|offer|present|submit|table|put|make|issue|announce|unveil|float|draft|extend|send|take|adopt|impose|suggest|launch|introduce|demand|request|declare)$/;
const ACT_NOUNS =
  /^(?:proposal|proposals|plan|plans|offer|offers|deal|agreement|accord|decision|move|statement|demand|demands|request|initiative|resolution|treaty|ultimatum|idea|bid|invitation|draft|ceasefire|truce|package|measure|measures|talks|roadmap|framework|settlement|call|appeal|overture|step|sanctions|ban|announcement|remarks|declaration)$/;

export interface ActAntecedent {
  /** the author of the act "it" stands for; null when the text does not say */
  author: ActorMention | null;
  /** where the author is named */
  placed: PlacedMention | null;
  /** "supported the proposal": a definite act whose author an earlier sentence may name */
  definite: boolean;
}

/** "the proposal", "this plan": an act noun after a definite determiner */
function isDefinite(t: Analysis['tokens'], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (t[j].pos === 'ADJ' || t[j].pos === 'NOUN')) j--;
  return j >= 0 && /^(?:the|this|that|these|those)$/.test(t[j].lower);
}

/**
 * "Egypt supported the proposal": the definite act noun in the object after token `from`, if any, as
 * the token index of the noun
 */
export function definiteActObject(a: Analysis, from: number): number | null {
  const t = a.tokens;
  for (let k = from + 1; k < t.length && k <= from + 5; k++) {
    if (t[k].pos === 'NOUN' && ACT_NOUNS.test(t[k].lower)) return isDefinite(t, k) ? k : null;
    if (!isNpToken(t, k)) return null;
  }
  return null;
}

/** whether `p` is an "it" that a verb taking acts as objects governs ("rejected it") */
export function isActObjectPronoun(a: Analysis, p: PlacedMention): boolean {
  if (p.text.toLowerCase() !== 'it' || p.ts === 0) return false;
  let k = p.ts - 1;
  while (k > 0 && a.tokens[k].pos === 'ADV') k--;
  const v = a.tokens[k];
  // "turned it down", "called it off": the particle follows the pronoun
  if ((v.lemma === 'turn' || v.lemma === 'call') && !/^(?:down|off)$/.test(a.tokens[p.te]?.lower ?? ''))
    return false;
  return v.pos === 'VERB' && ACT_OBJECT_VERBS.test(v.lemma);
}

function authored(placed: PlacedMention[], indices: number[] | undefined): ActAntecedent {
  for (const i of indices ?? []) {
    const m = placed[i];
    if (m?.actor) return { author: m.actor, placed: m, definite: false };
  }
  return { author: null, placed: null, definite: false };
}

/**
 * "Russia annexed the peninsula and France condemned it": another verb before the one governing
 * "it" makes its own clause the likelier antecedent than anything the sentence before named
 */
export function actInSentence(a: Analysis, p: PlacedMention): boolean {
  let governing = p.ts - 1;
  while (governing > 0 && a.tokens[governing].pos === 'ADV') governing--;
  for (let k = 0; k < governing; k++)
    if (a.tokens[k].pos === 'VERB' && !/^(?:say|tell|state|add)$/.test(a.tokens[k].lemma)) return true;
  return false;
}

/**
 * The act an object "it" stands for, searched backwards from `before` (a token index; the whole
 * sentence when undefined): an act noun, with its owner ("Egypt's proposal"), or the subject of the
 * authoring verb that governs it ("Sudan proposed a new round of talks"); null when no act is named.
 */
export function findActAntecedent(
  a: Analysis,
  placed: PlacedMention[],
  ctx: RoleContext,
  before?: number,
): ActAntecedent | null {
  const t = a.tokens;
  const end = before ?? t.length;
  for (let k = end - 1; k >= 0; k--) {
    const w = t[k];
    if (w.pos === 'VERB' && AUTHORING_VERBS.test(w.lemma)) return authored(placed, ctx.subject(k)?.mentions);
    if (!(w.pos === 'NOUN' && ACT_NOUNS.test(w.lower))) continue;
    // the owner inside the noun phrase: "Egypt's proposal", "the Egyptian plan"
    for (let j = k - 1; j >= 0 && k - j <= 5; j--) {
      const owner = placed.find((x) => x.te - 1 === j || (isPossessiveMarker(t[j]) && x.te === j));
      if (owner?.actor) return { author: owner.actor, placed: owner, definite: false };
      if (!isNpToken(t, j) && !isPossessiveMarker(t[j])) break;
    }
    // the verb that governs the noun: an authoring one names its author, any other says nothing of it
    let j = k - 1;
    // "put forward a plan", "set out a roadmap": a particle may stand between the verb and its object
    while (j >= 0 && (isNpToken(t, j) || /^(?:of|forward|out|up)$/.test(t[j].lower))) j--;
    if (j >= 0 && t[j].pos === 'VERB' && AUTHORING_VERBS.test(t[j].lemma))
      return authored(placed, ctx.subject(j)?.mentions);
    return { author: null, placed: null, definite: isDefinite(t, k) };
  }
  return null;
}
