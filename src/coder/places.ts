/**
 * Places named as where force is used or troops are sent ("jets struck hideouts in Khost", "sent a
 * frigate to Crete", "a market near Bentiu was struck"): each stands for the state it belongs to
 * (data/places/places.tsv). A place is never an actor: it may only be the target of acts of force,
 * coercion and deployment, and of a visit ("flew to Bursa"), never a source, a meeting partner or
 * an antecedent.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActorMention } from '../actors/mention.js';
import { NAME_LETTER, NAME_UPPER } from './name-letters.js';
import { defaultVerbDir } from './patterns.js';

const PLACE_ENTRY_PREFIX = 'place:';
const KINDS = new Set([
  'city',
  'region',
  'province',
  'island',
  'district',
  'town',
  'base',
  'crossing',
  'sea-area',
]);

interface Place {
  name: string;
  words: string[];
  country: string;
}

/** first word of a name → the names that start with it, longest first */
export type PlaceIndex = Map<string, Place[]>;

/**
 * parses the gazetteer; a malformed line names the file and the line. Names already in `index`
 * (from a file read before) keep their state.
 */
export function parsePlaces(text: string, name: string, index: PlaceIndex = new Map()): PlaceIndex {
  const known = new Set<string>();
  for (const list of index.values()) for (const place of list) known.add(place.name);
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length !== 3 || !/^[A-Z]{3}$/.test(cols[1]) || !KINDS.has(cols[2]) || !/^[A-Za-z]/.test(cols[0]))
      throw new Error(`${name}:${i + 1}: expected "Name<TAB>ISO3<TAB>kind" with a known kind`);
    // "al-Tanf": the scan reads capitalised words, so a name is found by its capitalised spelling
    if (!/^[A-Z]/.test(cols[0]) || known.has(cols[0])) continue;
    const words = cols[0].split(/\s+/);
    const place = { name: cols[0], words, country: cols[1] };
    // keyed by the first word up to any apostrophe, as the scan reads words ("Ma'rib" under "Ma")
    const key = words[0].split(/['’]/)[0];
    const list = index.get(key) ?? [];
    list.push(place);
    index.set(key, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

let cached: PlaceIndex | null = null;

/**
 * the project's gazetteer, loaded once: the reviewed places, then the towns generated from GeoNames
 * (data/places/cities.tsv), which add names only; empty when the files are absent
 */
export function defaultPlaces(): PlaceIndex {
  if (!cached) {
    let index: PlaceIndex = new Map();
    for (const file of ['places.tsv', 'cities.tsv']) {
      const path = join(defaultVerbDir(), '..', 'places', file);
      if (existsSync(path)) index = parsePlaces(readFileSync(path, 'utf8'), `data/places/${file}`, index);
    }
    cached = index;
  }
  return cached;
}

/** capitalised words that may follow a place's name without making it another name */
const PLACE_THEN =
  /^\s+(?:On|In|At|And|The|But|Regional|District|City|Municipal|Court|Province|Provincial|Oblast|Region|Airport|University|Council|Assembly|Police|Port|Harbour|Harbor|Bay|Strait|Gulf|Summit|Agreement|Accords?|Declaration|Protocol|Process|Format|Talks)\b/;
const WORD = new RegExp(`[${NAME_UPPER}][${NAME_LETTER}-]*`, 'g');

/** place mentions in `text` that no other mention covers */
export function gazetteerMentions(
  text: string,
  found: ActorMention[],
  index = defaultPlaces(),
): ActorMention[] {
  if (!index.size) return [];
  const out: ActorMention[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const candidates = index.get(m[0]);
    if (!candidates) continue;
    for (const place of candidates) {
      const end = matchWords(text, m.index, place.words);
      if (end < 0) continue;
      // "Porto Coronel Renato", "San José de Bocay": a known name that runs on into more
      // capitalised words is the start of another place's name
      // (a body or a feature named after the place is still there: "the Pskov Regional Court")
      if (/^\s+[A-Z][a-z]/.test(text.slice(end, end + 3)) && !PLACE_THEN.test(text.slice(end, end + 16)))
        continue;
      const start = m.index;
      if (!found.some((f) => f.start < end && start < f.end)) {
        const id = `${PLACE_ENTRY_PREFIX}${place.name}`;
        out.push({
          start,
          end,
          text: text.slice(start, end),
          code: place.country,
          country: place.country,
          name: place.name,
          entryId: id,
          type: 'region',
          how: 'name',
          entryIds: [id],
        });
      }
      WORD.lastIndex = end;
      break;
    }
  }
  return out;
}

/** where the words of a name end when they stand at `start`, else -1 */
function matchWords(text: string, start: number, words: string[]): number {
  let at = start;
  for (const [k, w] of words.entries()) {
    if (k > 0) {
      const gap = /^\s+/.exec(text.slice(at));
      if (!gap) return -1;
      at += gap[0].length;
    }
    if (text.slice(at, at + w.length) !== w) return -1;
    at += w.length;
  }
  // "Goma's airport" still names Goma; "Gomangi" does not
  return /^[\w-]/.test(text.slice(at, at + 1)) ? -1 : at;
}

/**
 * a place is the target of force, coercion, deployment or aid sent, of a withdrawal from it
 * ("withdrew from Heglig" leaves Sudan) and of a visit made to it ("flew to Bursa" visits Turkey),
 * and of nothing else
 */
export function placeMayBeTarget(code: string): boolean {
  return /^(042|07|087|15|16|17|18|19|20)/.test(code);
}

export function isGazetteerPlace(m: ActorMention): boolean {
  return m.entryId.startsWith(PLACE_ENTRY_PREFIX);
}
