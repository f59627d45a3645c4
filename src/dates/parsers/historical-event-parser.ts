/**
 * Names of well-known events used as anchors: "after the Soviet pullout from Afghanistan",
 * "during the Iran–Iraq war", "since the Islamic Revolution". The value is the event's own
 * time; the open-interval refiner turns "after"/"since" into a bound, and the timeline decides
 * whether a bare mention dates an event of the sentence (see timeline.ts).
 * @module
 */
import { type Candidate, type Parser, stated } from '../candidate.js';
import { type HistoricalEvent, historicalEvents, namePattern } from '../historical-events.js';

interface Compiled {
  pattern: RegExp;
  names: Array<{ exact: RegExp; event: HistoricalEvent }>;
  /** lowercased first words, a cheap gate */
  heads: string[];
}

let compiled: Compiled | null = null;

/**
 * words one of which any text matching the name must hold: the longest required word of the
 * name, or each of its choices ("withdrawal/pullout") — rarer than a first word, so the gate
 * lets few sentences through to the long pattern
 */
function gateWords(name: string): string[] {
  let best: string[] = [];
  let bestLength = 0;
  for (const token of name.toLowerCase().split(/\s+/)) {
    if (token.endsWith('?')) continue;
    const choices = /^[a-z'’-]+(?:\/[a-z'’-]+)+$/.test(token) ? token.split('/') : [token];
    // a dash in a name also matches a space or nothing, so only one side of it is certain
    const parts = choices.map((c) =>
      c
        .replace(/['’]s$/, '')
        .split('-')
        .reduce((a, b) => (b.length > a.length ? b : a), ''),
    );
    const shortest = Math.min(...parts.map((x) => x.length));
    if (shortest > bestLength) {
      best = parts;
      bestLength = shortest;
    }
  }
  return best;
}

function compile(): Compiled {
  const names: Compiled['names'] = [];
  const sources: string[] = [];
  const heads = new Set<string>();
  for (const e of historicalEvents()) {
    for (const name of e.names) {
      sources.push(namePattern(name));
      names.push({ exact: new RegExp(`^(?:${namePattern(name)})$`, 'i'), event: e });
      for (const w of gateWords(name)) heads.add(w);
    }
  }
  // longest names first so "Russian military intervention in Syria" beats "intervention in Syria"
  sources.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`\\b(?:the\\s+)?(?:${sources.join('|')})(?![\\w-])`, 'gi');
  compiled = { pattern, names, heads: [...heads] };
  return compiled;
}

/** the event a matched phrase names (the same phrase may not match two events) */
function eventFor(c: Compiled, text: string): HistoricalEvent | null {
  const phrase = text.replace(/^the\s+/i, '');
  return c.names.find((n) => n.exact.test(phrase))?.event ?? null;
}

export function historicalEventHeads(): string[] {
  return (compiled ?? compile()).heads;
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
