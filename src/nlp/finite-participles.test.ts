import { describe, expect, it } from 'vitest';
import { analyze } from './index.js';

const posOf = (text: string, word: string) => analyze(text).tokens.find((t) => t.lower === word)?.pos;

describe('retagFiniteParticiples', () => {
  it('reads a past form between subject and object as the verb', () => {
    expect(posOf('Kenya mediated between Ethiopia and Eritrea.', 'mediated')).toBe('VERB');
    expect(posOf('Norway informed Sweden that it would close.', 'informed')).toBe('VERB');
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
