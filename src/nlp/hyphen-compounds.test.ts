import { describe, expect, it } from 'vitest';
import { analyze } from './index.js';

const tags = (text: string) => analyze(text).tokens.map((t) => `${t.text}/${t.pos}`);

describe('retagHyphenCompounds', () => {
  it('makes an adverb and a participle joined by a hyphen one adjective', () => {
    expect(tags('a so-called resolution')).toEqual([
      'a/DET',
      'so/ADJ',
      '-/PUNCT',
      'called/ADJ',
      'resolution/NOUN',
    ]);
    expect(tags('the self-proclaimed republic')).toContain('proclaimed/ADJ');
  });
  it('leaves words apart and other hyphens alone', () => {
    expect(tags('They are so called by the press')).toContain('called/VERB');
    expect(tags('a Russia-led bloc')).toContain('led/VERB');
  });
});
