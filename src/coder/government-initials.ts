/**
 * "the USG", "the SAG", "the GOI": diplomatic cables and government briefs name a government by
 * its country's initials and a G ("South African Government"), or by "GO" and the initials
 * ("Government of India"). Which government, only the report's parties can say: the initials stand
 * for the one party whose name they fit, and for nobody when none or both fit.
 * @module
 */
import type { ActorMention } from '../actors/mention.js';

const INITIALS = /\b(?:GO[A-Z]{1,3}|[A-Z]{1,3}G)\b/g;
const MAY_HOLD_INITIALS = /[A-Z]G\b|\bGO[A-Z]/;

/** "South Africa" → "SA", "United States" → "US"; "of" and "the" leave no letter */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * Mentions of the report's parties' governments by their initials in `text`, where no resolved
 * mention stands already
 * @param partiesOf the report's parties, as state mentions with their names: asked for only when
 * the text may hold initials, which few sentences do
 */
export function governmentInitialMentions(
  text: string,
  resolved: readonly ActorMention[],
  partiesOf: () => readonly ActorMention[],
): ActorMention[] {
  if (!MAY_HOLD_INITIALS.test(text)) return [];
  const parties = partiesOf();
  if (parties.length === 0) return [];
  const out: ActorMention[] = [];
  for (const m of text.matchAll(INITIALS)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    if (resolved.some((r) => r.start < end && start < r.end)) continue;
    const fits = parties.filter((p) => {
      const initials = initialsOf(p.name);
      return initials.length > 0 && (word === `${initials}G` || word === `GO${initials}`);
    });
    if (fits.length !== 1) continue;
    const party = fits[0];
    const country = party.country ?? party.code;
    out.push({
      ...party,
      start,
      end,
      text: word,
      code: `${country}GOV`,
      country,
      type: 'government',
      how: 'alias',
      entryId: `government-initials:${country}`,
      entryIds: [...party.entryIds, `government-initials:${word}`],
    });
  }
  return out;
}
