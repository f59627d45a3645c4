import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';

describe('tokenize', () => {
  it('gives document offsets that re-read each token', () => {
    const text = 'Ankara  signed a pact with\nBaku.';
    const tokens = tokenize(text, 100);
    for (const t of tokens) expect(text.slice(t.start - 100, t.end - 100)).toBe(t.text);
    // wink keeps a line break as a token of its own
    expect(tokens.map((t) => t.text)).toEqual(['Ankara', 'signed', 'a', 'pact', 'with', '\n', 'Baku', '.']);
  });

  it('tags and lemmatises verbs and nouns', () => {
    const tokens = tokenize('Russia imposed sanctions on Georgia.');
    const by = Object.fromEntries(tokens.map((t) => [t.lower, t]));
    expect(by.imposed).toMatchObject({ pos: 'VERB', lemma: 'impose' });
    expect(by.sanctions).toMatchObject({ pos: 'NOUN', lemma: 'sanction' });
  });

  it('keeps lemmas apart for one word form under different tags', () => {
    // the lemma cache is keyed by form and tag: a noun use must not reuse a verb's lemma
    const verb = tokenize('They visited the capital.').find((t) => t.lower === 'visited');
    const again = tokenize('They visited the capital.').find((t) => t.lower === 'visited');
    expect(again).toEqual(verb);
    const noun = tokenize('The meeting ended.').find((t) => t.lower === 'meeting');
    const verbUse = tokenize('They are meeting in Doha.').find((t) => t.lower === 'meeting');
    expect(noun).toMatchObject({ pos: 'NOUN', lemma: 'meeting' });
    expect(verbUse).toMatchObject({ pos: 'VERB', lemma: 'meet' });
  });

  it('expands contractions and applies the lemma fixes', () => {
    const tokens = tokenize("Moscow didn't back Baku; Russians led the talks.");
    expect(tokens.find((t) => t.lower === "n't")?.lemma).toBe('not');
    expect(tokens.find((t) => t.lower === 'russians')?.lemma).toBe('russian');
    expect(tokens.find((t) => t.lower === 'led')?.lemma).toBe('lead');
  });

  it('gives a plain lemma for words that name object properties', () => {
    const t = tokenize('The constructor of the treaty was praised.').find((x) => x.lower === 'constructor');
    expect(typeof t?.lemma).toBe('string');
  });

  it.each([
    ['President Erdoğan accused Israel.', 'Erdoğan', 'accused'],
    ['Çavuşoğlu met Lavrov in Moscow.', 'Çavuşoğlu', 'met'],
    ['Łukaszenka visited Beijing.', 'Łukaszenka', 'visited'],
    ['Мирзиёев signed the accord.', 'Мирзиёев', 'signed'],
  ])('keeps a word with non-ASCII letters whole: %s', (text, name, verb) => {
    const tokens = tokenize(text, 7);
    for (const t of tokens) expect(text.slice(t.start - 7, t.end - 7)).toBe(t.text);
    const at = tokens.findIndex((t) => t.text === name);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(tokens[at]).toMatchObject({ pos: 'PROPN', lower: name.toLowerCase() });
    // the split used to turn the next verb into a noun
    expect(tokens[at + 1]).toMatchObject({ text: verb, pos: 'VERB' });
  });
});
