/**
 * Gapping: "Lithuania expelled two, Latvia and Estonia one each". After a clause whose subject did
 * an act, a comma-joined remnant with new subjects and a count but no verb of its own says the same
 * act was done again by those subjects; the verb and its object are left out.
 * @module
 */
import type { Token } from '../nlp/index.js';
import type { PlacedMention } from './mentions.js';

/** what a gapped remnant keeps of its clause: a count, or a word saying the act is repeated */
const REMNANT_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|each|too|likewise|apiece|also)$/;
const STATE_LIKE = new Set(['state', 'government', 'igo']);

/**
 * The mentions (indices into `placed`) that open gapped remnants after the clause ending at token
 * `from` (the trigger), or none. The remnants follow the first comma or semicolon after the clause and run to the
 * end of the sentence: state-like actors, counts ("one each", "four"), "and" and commas, no verb.
 */
export function gappedSubjects(tokens: Token[], placed: PlacedMention[], trigger: number): number[] {
  let k = trigger + 1;
  // the rest of the object phrase ("expelled two diplomats from the embassy,"): no verb of its own
  while (k < tokens.length && tokens[k].text !== ',' && tokens[k].text !== ';') {
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].pos === 'SCONJ') return [];
    k++;
  }
  const from = k + 1;
  let end = from;
  while (end < tokens.length && !/^[.;!?]$/.test(tokens[end].text)) end++;
  if (end - from > 16 || end <= from) return [];
  const subjects: number[] = [];
  let counted = false;
  // each remnant is its subjects and then its count: "Latvia and Estonia one each, Romania three"
  let awaitingCount = false;
  for (let j = from; j < end; j++) {
    const t = tokens[j];
    const at = placed.findIndex((x) => x.ts === j && x.actor && !x.referent);
    if (at >= 0) {
      const actor = placed[at].actor;
      if (!actor || !STATE_LIKE.has(actor.type)) return [];
      subjects.push(at);
      awaitingCount = true;
      j = placed[at].te - 1;
      continue;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'PRON') return [];
    if (t.pos === 'NUM' || REMNANT_WORD.test(t.lower)) {
      counted = true;
      awaitingCount = false;
    } else if (t.lower !== 'and' && t.text !== ',' && !(t.pos === 'NOUN' && !awaitingCount)) return [];
  }
  return counted && !awaitingCount ? subjects : [];
}
