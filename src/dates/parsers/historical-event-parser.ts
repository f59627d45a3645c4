/**
 * Names of well-known events used as anchors: "after the Soviet pullout from Afghanistan",
 * "during the Iran–Iraq war", "since the Islamic Revolution". The value is the event's own
 * time; the open-interval refiner turns "after"/"since" into a bound, and the timeline decides
 * whether a bare mention dates an event of the sentence (see timeline.ts).
 * @module
 */
import { bigramKeys, mayContain } from '../bigram-filter.js';
import { type Candidate, type Parser, stated, type TextFeatures } from '../candidate.js';
import { type HistoricalEvent, historicalEvents, namePattern } from '../historical-events.js';

interface Compiled {
  pattern: RegExp;
  names: Array<{ exact: RegExp; event: HistoricalEvent }>;
  /**
   * the gate: each name's longest required word, spelling by spelling (flat, as `anyOf` reads
   * them), and for each the index in `rests` of the other required words of the names it leads
   */
  heads: string[];
  headKeys: Array<Uint32Array | null>;
  /** any head in the lowercased text: one native scan rules out most sentences before the loop over heads */
  anyHead: RegExp;
  headRests: number[];
  rests: RequiredWord[][][];
}

/** a word a name requires, as the spellings one of which the lowercased text must hold */
interface RequiredWord {
  spellings: string[];
  keys: Array<Uint32Array | null>;
}

let compiled: Compiled | null = null;

/**
 * the words any text matching the name must hold, lowercased: every word but the optional ones,
 * a word with choices ("withdrawal/pullout") as any of them. A dash in a name also matches a
 * space or nothing, so of "Iran-Iraq" the longest side stands for the word; a final "'s" may be
 * written with either apostrophe, so it is left out. Longest words first: they are the rarest.
 */
function requiredWords(name: string): RequiredWord[] {
  const words: RequiredWord[] = [];
  for (const token of name.toLowerCase().split(/\s+/)) {
    if (token.endsWith('?')) continue;
    const choices = /^[a-z'’-]+(?:\/[a-z'’-]+)+$/.test(token) ? token.split('/') : [token];
    const spellings = choices.map((c) =>
      c
        .replace(/['’]s$/, '')
        .split('-')
        .reduce((a, b) => (b.length > a.length ? b : a), ''),
    );
    words.push({ spellings, keys: spellings.map(bigramKeys) });
  }
  const shortest = (w: RequiredWord) => Math.min(...w.spellings.map((c) => c.length));
  return words.sort((a, b) => shortest(b) - shortest(a));
}

function compile(): Compiled {
  const names: Compiled['names'] = [];
  const sources: string[] = [];
  const byHead = new Map<string, { head: RequiredWord; rests: RequiredWord[][] }>();
  for (const e of historicalEvents()) {
    for (const name of e.names) {
      sources.push(namePattern(name));
      names.push({ exact: new RegExp(`^(?:${namePattern(name)})$`, 'i'), event: e });
      const [head, ...rest] = requiredWords(name);
      const key = head.spellings.join('/');
      const group = byHead.get(key) ?? { head, rests: [] };
      group.rests.push(rest);
      byHead.set(key, group);
    }
  }
  // longest names first so "Russian military intervention in Syria" beats "intervention in Syria"
  sources.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`\\b(?:the\\s+)?(?:${sources.join('|')})(?![\\w-])`, 'gi');
  const heads: string[] = [];
  const headRests: number[] = [];
  const rests: RequiredWord[][][] = [];
  for (const group of byHead.values()) {
    for (const spelling of group.head.spellings) {
      heads.push(spelling);
      headRests.push(rests.length);
    }
    rests.push(group.rests);
  }
  const anyHead = new RegExp(heads.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  compiled = { pattern, names, heads, headKeys: heads.map(bigramKeys), anyHead, headRests, rests };
  return compiled;
}

function holds(f: TextFeatures, word: RequiredWord): boolean {
  const stamp = f.bigrams ?? 0;
  for (let i = 0; i < word.spellings.length; i++)
    if ((stamp === 0 || mayContain(stamp, word.keys[i])) && f.lower.includes(word.spellings[i])) return true;
  return false;
}

/**
 * false when no event name can occur in the text: no name has all its required words there.
 * Gating on one word per name let two sentences in five through to the long pattern ("Iran"
 * stood for "Iran-Iraq war"), which then found nothing.
 */
export function mayNameHistoricalEvent(f: TextFeatures): boolean {
  const c = compiled ?? compile();
  if (!c.anyHead.test(f.lower)) return false;
  const stamp = f.bigrams ?? 0;
  for (let i = 0; i < c.heads.length; i++) {
    if ((stamp !== 0 && !mayContain(stamp, c.headKeys[i])) || !f.lower.includes(c.heads[i])) continue;
    for (const rest of c.rests[c.headRests[i]]) if (rest.every((w) => holds(f, w))) return true;
  }
  return false;
}

/** the event a matched phrase names (the same phrase may not match two events) */
function eventFor(c: Compiled, text: string): HistoricalEvent | null {
  const phrase = text.replace(/^the\s+/i, '');
  return c.names.find((n) => n.exact.test(phrase))?.event ?? null;
}

export const historicalEventParser: Parser = {
  id: 'historical-event',
  parse(text: string): Candidate[] {
    const c = compiled ?? compile();
    const { pattern } = c;
    const out: Candidate[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const e = eventFor(c, m[0]);
      if (!e) continue;
      const found = stated(e.value.precision === 'range' ? 'range' : 'year', e.value);
      out.push({
        ...found,
        // a mention of a past event does not move the story to it unless it frames it ("During the war, …")
        carries: /\b(?:during|throughout|amid|in\s+the\s+course\s+of)\s+$/i.test(
          text.slice(Math.max(0, m.index - 24), m.index),
        ),
        openSide: e.value.end === '' ? 'end' : undefined,
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        ruleId: e.span === 'state' ? 'historical-state' : 'historical-point',
      });
    }
    return out;
  },
};
