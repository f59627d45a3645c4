/**
 * The country an actor mention belongs to: its own country field, else the root of its code
 * ("RUSGOV" → "RUS"). Source and target of one event must not share it.
 * @module
 */
import type { ActorMention } from '../actors/mention.js';

export function countryOf(m: Pick<ActorMention, 'country' | 'code'>): string {
  return m.country || m.code.slice(0, 3);
}
