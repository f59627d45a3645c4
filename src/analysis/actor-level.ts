/**
 * How coarsely an actor is grouped: by country, by country plus first role (sector), or by the
 * person or body named.
 * @module
 */
import type { EventActor } from '../coder/event.js';

export type ActorLevel = 'country' | 'sector' | 'person';

/** CAMEO codes that start with these blocks name an organisation, not a country */
const NON_STATE_PREFIXES = ['IGO', 'NGO', 'NGM', 'IMG', 'MNC', 'INT', 'UIS'];

function isNonStateCode(code: string): boolean {
  return NON_STATE_PREFIXES.some((p) => code.startsWith(p));
}

/** the group key of an actor code at a level ("IRNGOVMIL" → "IRN" or "IRNGOV"); IGO codes stay whole */
export function codeAtLevel(code: string, level: Exclude<ActorLevel, 'person'>): string {
  const c = code.toUpperCase();
  if (isNonStateCode(c)) return c;
  return level === 'country' ? c.slice(0, 3) : c.slice(0, 6);
}

export interface ActorKey {
  id: string;
  label: string;
}

/** the node identity of an actor at a level */
export function actorKey(actor: Pick<EventActor, 'code' | 'name'>, level: ActorLevel): ActorKey {
  if (level === 'person') {
    const name = actor.name?.trim();
    if (name) return { id: `${codeAtLevel(actor.code, 'country')}:${name.toLowerCase()}`, label: name };
    return { id: actor.code, label: actor.code };
  }
  const id = codeAtLevel(actor.code, level);
  return { id, label: id };
}

/** true when a code falls under a prefix ("IRNMIL" under "IRN") */
export function codeMatches(code: string, prefix: string): boolean {
  return code.toUpperCase().startsWith(prefix.toUpperCase());
}
