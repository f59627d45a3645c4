import { describe, expect, it } from 'vitest';
import { analyze } from './index.js';

const posOf = (text: string, word: string) => analyze(text).tokens.find((t) => t.text === word)?.pos;

describe('retagPossessedNouns', () => {
  it("makes the head after a possessive 's a noun", () => {
    expect(posOf("Delhi criticised Ottawa's conduct.", 'conduct')).toBe('NOUN');
  });
  it('makes the head after an article and a demonym a noun when an adjective follows it', () => {
    expect(posOf('Canberra called the Chinese conduct dangerous.', 'conduct')).toBe('NOUN');
  });
  it('leaves a past verb after a name alone', () => {
    expect(posOf('the Court found, by fifteen votes to one, that Greece had erred.', 'found')).toBe('VERB');
  });
});
