/**
 * A state named by no word of the sentence: the party a report's pair or its discourse supplies.
 * @module
 */
import type { ActorMention } from '../actors/mention.js';

/** a country's own mention, named as `like` names it when that is the state itself */
export function stateMention(country: string, like?: ActorMention): ActorMention {
  return {
    start: 0,
    end: 0,
    text: '',
    code: country,
    country,
    name: like && like.type === 'state' ? like.name : country,
    entryId: like && like.type === 'state' ? like.entryId : `discourse:${country}`,
    type: 'state',
    how: 'name',
    entryIds: like && like.type === 'state' ? like.entryIds : [],
  };
}
