/**
 * The country an actor mention belongs to: its own country field, else the root of its code
 * ("RUSGOV" → "RUS"). Source and target of one event must not share it.
 * @module
 */
import type { ActorMention } from '../actors/mention.js';

export function countryOf(m: Pick<ActorMention, 'country' | 'code'>): string {
  if (m.country) return m.country;
  // "IGOEUREEC": an international body is its own party, not one "IGO" with every other
  return INTERNATIONAL_HEAD.test(m.code) ? m.code : m.code.slice(0, 3);
}

const INTERNATIONAL_HEAD = /^(?:IGO|NGO|IMG|MNC|NGM|INT|UIS)/;
