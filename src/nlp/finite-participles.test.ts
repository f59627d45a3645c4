import { describe, expect, it } from 'vitest';
import { retagFiniteParticiples } from './finite-participles.js';
import { analyze } from './index.js';

const posOf = (text: string, word: string) => analyze(text).tokens.find((t) => t.lower === word)?.pos;

describe('retagFiniteParticiples', () => {
  it('reads a past form between subject and object as the verb', () => {
    expect(posOf('Kenya mediated between Ethiopia and Eritrea.', 'mediated')).toBe('VERB');
    expect(posOf('Norway informed Sweden that it would close.', 'informed')).toBe('VERB');
  });
  it('reads a past form before a counted object as the verb when a second verb follows "and"', () => {
    expect(
      posOf('In 2019 the Sri Lankan Navy apprehended 210 Indian fishermen and took 31 boats.', 'apprehended'),
    ).toBe('VERB');
  });
  it('leaves a participle before a counted phrase alone when no coordinated verb follows', () => {
    // the tagger's own reading decides these, so the tokens are given as it could have tagged them
    const tagged = (words: [string, string][]) =>
      words.map(([text, pos], i) => ({
        i,
        text,
        lower: text.toLowerCase(),
        lemma: text.toLowerCase(),
        pos,
        start: 0,
        end: 0,
      }));
    const stationed = tagged([
      ['Troops', 'NOUN'],
      ['stationed', 'ADJ'],
      ['30', 'NUM'],
      ['kilometres', 'NOUN'],
      ['away', 'ADV'],
      ['fired', 'VERB'],
      ['.', 'PUNCT'],
    ]);
    expect(retagFiniteParticiples(stationed)[1].pos).toBe('ADJ');
    const took = tagged([
      ['Troops', 'NOUN'],
      ['stationed', 'ADJ'],
      ['30', 'NUM'],
      ['kilometres', 'NOUN'],
      ['away', 'ADV'],
      ['and', 'CCONJ'],
      ['fired', 'VERB'],
      ['.', 'PUNCT'],
    ]);
    expect(retagFiniteParticiples(took)[1].pos).toBe('VERB');
  });
  it('leaves an attributive participle alone', () => {
    expect(posOf('The informed public stayed calm.', 'informed')).not.toBe('VERB');
  });
});

describe('retagFiniteParticiples on nouns', () => {
  it('reads a past form the tagger took for a noun as the verb', () => {
    expect(posOf('North Korea abducted South Korean citizens.', 'abducted')).toBe('VERB');
  });
});
