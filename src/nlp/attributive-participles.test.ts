import { describe, expect, it } from 'vitest';
import { analyze } from './index.js';

const posOf = (text: string, word: string) => analyze(text).tokens.find((x) => x.lower === word)?.pos;

describe('a word in -ing that describes the noun after it', () => {
  it('is an adjective before a name or a noun', () => {
    expect(posOf('Neighbouring Pakistan ordered the refugees to leave.', 'neighbouring')).toBe('ADJ');
    expect(posOf('The outgoing government signed the accord.', 'outgoing')).toBe('ADJ');
  });
  it('leaves other participles, which may take the name as their object, to the tagger', () => {
    expect(posOf('Visiting Dhaka, the minister signed a deal.', 'visiting')).toBe('VERB');
  });
});
