/**
 * Security Council resolutions told as the actor ("Resolution 661 imposed an embargo on Iraq",
 * "resolution 2699 authorises the mission"): a resolution acts for the Council that adopted it.
 * Only a resolution right before a verb is taken, so "under Resolution 242" or "the ceasefire
 * of resolution 1701" stay instruments, as "the Vienna Convention" does.
 * @module
 */
import type { ActorMention } from '../actors/mention.js';

const ACTING_RESOLUTION =
  /\b(?:(?:UN|U\.N\.|Security\s+Council)\s+)?[Rr]esolution\s+\d{2,4}(?:\s*\(\d{4}\))?(?=\s*,?\s+(?:also\s+|then\s+|further\s+)?[a-z]+(?:ed|es|s)\b)/g;

/** resolutions acting as the Security Council in `text`, where no resolver mention stands already */
export function resolutionMentions(text: string, found: ActorMention[]): ActorMention[] {
  if (!/[Rr]esolution\s+\d/.test(text)) return [];
  const out: ActorMention[] = [];
  ACTING_RESOLUTION.lastIndex = 0;
  for (let m = ACTING_RESOLUTION.exec(text); m; m = ACTING_RESOLUTION.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    out.push({
      start,
      end,
      text: m[0],
      code: 'IGOUNO',
      country: '',
      name: 'UN Security Council',
      entryId: 'unsc',
      type: 'igo',
      how: 'alias',
      entryIds: ['unsc'],
    });
  }
  return out;
}
