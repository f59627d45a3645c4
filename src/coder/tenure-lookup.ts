/**
 * The time a named person led their government, from the actor dictionary's dated roles, for
 * dates such as "under President Khatami" or "the Obama administration".
 * @module
 */
import type { ActorResolver, EntenteActorResolver } from '../actors/index.js';
import type { TenureLookup } from '../dates/index.js';
import type { TimeValue } from '../dates/time-value.js';

// a government code alone also covers mayors and council secretaries ("under Rouhani" must not
// reach back to 1989), so titled head-of-government roles win when an entry has any
const LEADER_TITLE =
  /\b(?:president|prime minister|premier|chancellor|supreme leader|king|queen|emir|sultan|shah|crown prince|chairman|general secretary|head of state)\b/i;
// "the Supreme Leader's representative" names a leader without being one
const NOT_LEADING =
  /\b(?:former|ex-|deputy|vice|candidate|not yet|representative|adviser|advisor|envoy|mayor)\b/i;

/** the last month inside an exclusive end date: a role ending on the 1st ended the month before */
function lastMonthBefore(to: string): string {
  const [year, month, day] = to.split('-').map(Number);
  if (day !== 1) return to.slice(0, 7);
  const previous = new Date(Date.UTC(year, month - 2, 1));
  return previous.toISOString().slice(0, 7);
}

/** a resolver without dated entries (a caller's own) knows no tenures */
export function createTenureLookup(
  resolver: ActorResolver & Partial<Pick<EntenteActorResolver, 'entry'>>,
): TenureLookup {
  const entry = resolver.entry?.bind(resolver);
  if (!entry) return () => null;
  const cache = new Map<string, TimeValue | null>();
  return (name) => {
    const cached = cache.get(name);
    if (cached !== undefined) return cached;
    const person = resolver.findMentions(name).find((m) => m.type === 'leader' || m.type === 'person');
    const roles = person ? (entry(person.entryId)?.roles ?? []) : [];
    const governing = roles.filter((r) => r.code.endsWith('GOV') && r.from);
    const titled = governing.filter(
      (r) => r.title && LEADER_TITLE.test(r.title) && !NOT_LEADING.test(r.title),
    );
    const held = titled.length ? titled : governing;
    let value: TimeValue | null = null;
    if (held.length) {
      const start = held.map((r) => r.from as string).sort()[0];
      const open = held.some((r) => !r.to);
      const end = open ? '' : held.map((r) => r.to as string).sort()[held.length - 1];
      value = {
        start: start.slice(0, 7),
        end: end ? lastMonthBefore(end) : '',
        precision: 'range',
        type: 'range',
        inferred: true,
      };
    }
    cache.set(name, value);
    return value;
  };
}
