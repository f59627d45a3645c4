import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { SENTENCE_OPENERS } from './sentence-openers.js';
import { isPlainWord, winkSpans } from './wink-sentences.js';

const require = createRequire(import.meta.url);

/** what wink's boundary automaton sees of each token, read from the installed model's lexicon */
function loadLexicon() {
  const model = require('wink-eng-lite-web-model');
  const createCache = require('wink-nlp/src/cache.js');
  const { bits4PrecedingSpace, xpSize } = require('wink-nlp/src/constants.js');
  const cache = createCache(model.core(), model.featureFn);
  const machines: Record<string, Record<string, number>>[] = model
    .sbd()
    .machines.map((m: string) => JSON.parse(m)[2]);
  // token ids the automaton has a transition for, besides the hint codes given to tokens
  const keys = new Set(
    machines.flatMap((fsm) => Object.values(fsm).flatMap((s) => Object.keys(s).map(Number))),
  );
  const LINE_FEED = cache.lookup('\n')[0];
  const hinted = (raw: number, normal: number) =>
    Boolean(
      cache.property(normal, 'sbdHint') ||
        cache.property(raw, 'sbdHint') ||
        cache.property(normal, 'isAbbrev') ||
        keys.has(normal) ||
        normal === LINE_FEED,
    );
  return { cache, hinted, bits4PrecedingSpace, xpSize };
}

describe('condensing text for wink', () => {
  it('keeps every letters-only or digits-only word the installed model gives a sentence hint', () => {
    const { cache, hinted, bits4PrecedingSpace, xpSize } = loadLexicon();
    const openers: string[] = [];
    let checked = 0;
    for (let id = 0; id < cache.intrinsicSize(); id++) {
      const value: string = cache.value(id);
      if (!/^(?:[A-Za-z]+|\d+)$/.test(value)) continue;
      checked++;
      // a word wink does not know is looked up by its lower case: that form must not be hinted
      if (value === value.toLowerCase() && hinted(id, id)) {
        for (const variant of [value, value.toUpperCase(), value[0].toUpperCase() + value.slice(1)])
          expect(isPlainWord(variant), variant).toBe(false);
      }
      const tokens: number[] = cache.lookup(value);
      let relevant = false;
      let pieces = '';
      if (tokens.length === 1) relevant = hinted(tokens[0], cache.normal(tokens[0]));
      else {
        for (let k = 0; k < tokens.length; k += xpSize) {
          relevant ||= hinted(tokens[k], cache.nox(tokens[k + 1] << bits4PrecedingSpace));
          pieces += cache.value(tokens[k]);
        }
        // contractions must split into exact pieces, or token offsets would drift
        expect(pieces, value).toBe(value);
      }
      if (relevant) {
        expect(isPlainWord(value), value).toBe(false);
        if (value.toLowerCase() !== 'btw') openers.push(value);
      }
    }
    expect(checked).toBeGreaterThan(50000);
    // the placeholder and the tab joining paragraphs must be tokens the automaton ignores
    for (const inert of ['x', '\t']) {
      const tokens: number[] | null = cache.lookup(inert);
      if (tokens) expect(hinted(tokens[0], cache.normal(tokens[0])), JSON.stringify(inert)).toBe(false);
    }
    expect(openers.sort()).toEqual([...SENTENCE_OPENERS].sort());
  });

  it.each([
    'Russia signed an agreement with Iran on Jan. 12, 2019, according to officials in both capitals.',
    'Gen. However the talks failed. Dr. Smith left; Mr. the envoy stayed. btw Gen. Btw it ended.',
    'He said "It is over. We leave." then he left, e.g. at noon. The U.S. and U.N. met.',
    '  Leading spaces and a trailing run of plain words   ',
    'The envoy — after weeks of delay — signed. Gen. — the head — came. Col. , and more.',
    'cannot gonna dont Dont Cannot Iam . Capt. Dont go. Sen. Cannot stay.',
    'Tabs\tand\nnewlines fall back to reading every word. Yes. No.',
    'Ankara (the capital) answered [quickly]. Then Athens. “Quoted words.” ‘Single’ quotes.',
  ])('finds the same boundaries as reading every word: %s', (text) => {
    expect(winkSpans([text])).toEqual(winkSpans([text], false));
  });

  it('finds the same boundaries on generated mixtures of hinted and plain words, read together or alone', () => {
    const words =
      'the of signed talks cannot Russia However The In btw Dr. Gen. U.S. e.g. No. . ! ? , - – — " “ ” ’ \' ) ( 2019 3.5 x I Dont Wrote said. ended." it.” (the Moscow. word, … $4.5'.split(
        ' ',
      );
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let n = 0; n < 500; n++) {
      const texts = Array.from({ length: 1 + Math.floor(next() * 8) }, () => {
        const length = 1 + Math.floor(next() * 25);
        const text = Array.from({ length }, () => words[Math.floor(next() * words.length)]).join(
          next() < 0.1 ? '  ' : ' ',
        );
        return next() < 0.1 ? ` ${text} ` : text;
      });
      expect(winkSpans(texts), JSON.stringify(texts)).toEqual(winkSpans(texts, false));
    }
  });
});
