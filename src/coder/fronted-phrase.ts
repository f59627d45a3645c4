/**
 * "In talks with Baku, Ankara agreed to extend the contract", "At a meeting with his Turkish
 * counterpart, the minister pledged closer ties": a phrase before the main clause that names a
 * meeting says with whom the main clause's act was done, and the main clause's subject is the one
 * who met.
 * @module
 */
import type { Token } from '../nlp/index.js';
import type { PlacedMention } from './mentions.js';

const OPENERS = /^(?:in|at|during|after|following)$/;
const MEETING_NOUNS =
  /^(?:talks|meeting|meetings|call|calls|visit|visits|summit|consultations|negotiations|conversation|discussions)$/;
/** a longer opening is a clause of its own, not a phrase */
const MAX_PHRASE = 16;

export interface FrontedPhrase {
  /** the comma that closes the phrase */
  end: number;
  /** the meeting noun */
  noun: number;
}

export function frontedMeeting(tokens: Token[]): FrontedPhrase | null {
  if (!OPENERS.test(tokens[0]?.lower ?? '')) return null;
  let noun = -1;
  for (let k = 1; k < tokens.length && k < MAX_PHRASE; k++) {
    const t = tokens[k];
    if (t.text === ',') return noun > 0 ? { end: k, noun } : null;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ') return null;
    if (noun < 0 && t.pos === 'NOUN' && MEETING_NOUNS.test(t.lower)) noun = k;
  }
  return null;
}

/** the main clause's subject: the first actor after the phrase, right before its verb */
export function mainSubject(tokens: Token[], placed: PlacedMention[], phrase: FrontedPhrase): number | null {
  const i = placed.findIndex((p) => p.ts > phrase.end && p.actor);
  if (i < 0) return null;
  let k = placed[i].te;
  while (tokens[k]?.pos === 'ADV') k++;
  return tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX' ? i : null;
}

/** the other party of the meeting: an actor after the meeting noun, of another country than the source */
export function meetingPartner(
  placed: PlacedMention[],
  phrase: FrontedPhrase,
  notCountry: (p: PlacedMention) => boolean,
): number | null {
  const i = placed.findIndex((p) => p.ts > phrase.noun && p.te <= phrase.end && p.actor && notCountry(p));
  return i < 0 ? null : i;
}
