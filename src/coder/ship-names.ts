/**
 * Warships named with their navy's prefix ("HMS Conqueror", "USS Cole", "ARA General Belgrano",
 * "INS Vikrant"): the prefix tells the navy, so the ship acts for its state's armed forces. The
 * actors dictionary cannot list every hull; the prefixes are few and fixed.
 * @module
 */
import type { ActorMention } from '../actors/mention.js';
import { NAME_LETTER, NAME_UPPER } from './name-letters.js';

const NAVIES: Record<string, string> = {
  HMS: 'GBR',
  USS: 'USA',
  USNS: 'USA',
  HMAS: 'AUS',
  HMCS: 'CAN',
  HMNZS: 'NZL',
  INS: 'IND',
  PNS: 'PAK',
  BNS: 'BGD',
  ARA: 'ARG',
  TCG: 'TUR',
  ROKS: 'KOR',
  JS: 'JPN',
  BRP: 'PHL',
  KRI: 'IDN',
  HTMS: 'THA',
  ORP: 'POL',
  HNLMS: 'NLD',
  HDMS: 'DNK',
  HSwMS: 'SWE',
  KNM: 'NOR',
  FGS: 'DEU',
  NRP: 'PRT',
  ESPS: 'ESP',
};

const SHIP = new RegExp(
  String.raw`\b(${Object.keys(NAVIES).join('|')})\s+(?:[${NAME_UPPER}][${NAME_LETTER}'’-]+)(?:\s+[${NAME_UPPER}][${NAME_LETTER}'’-]+){0,2}`,
  'g',
);
const ANY_PREFIX = new RegExp(String.raw`\b(?:${Object.keys(NAVIES).join('|')})\s+[A-Z]`);

/** ship mentions in `text` that no resolver mention already covers */
export function shipMentions(text: string, found: ActorMention[]): ActorMention[] {
  if (!ANY_PREFIX.test(text)) return [];
  const out: ActorMention[] = [];
  SHIP.lastIndex = 0;
  for (let m = SHIP.exec(text); m; m = SHIP.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    const country = NAVIES[m[1]];
    out.push({
      start,
      end,
      text: m[0],
      code: `${country}MIL`,
      country,
      name: m[0],
      entryId: `ship-prefix:${m[1]}`,
      type: 'military',
      how: 'name',
      entryIds: [`ship-prefix:${m[1]}`],
    });
  }
  return out;
}
