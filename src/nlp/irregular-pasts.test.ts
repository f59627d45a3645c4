import { describe, expect, it } from 'vitest';
import { analyze } from './index.js';

const tokenOf = (text: string, word: string) => {
  const t = analyze(text).tokens.find((x) => x.lower === word);
  if (!t) throw new Error(`no token "${word}" in "${text}"`);
  return t;
};

describe('irregular pasts the lite tagger does not know', () => {
  it('reads one after a plural subject, before its object, as the verb with its base lemma', () => {
    const t = tokenOf(
      'Ethiopian and Cuban forces retook Jijiga on 5 March, after helicopters had landed.',
      'retook',
    );
    expect([t.pos, t.lemma]).toEqual(['VERB', 'retake']);
  });
  it('gives a known verb form its base lemma', () => {
    expect(tokenOf('The rebels overthrew the government in 1974.', 'overthrew').lemma).toBe('overthrow');
  });
  it('reads one right after the perfect\'s "had", an adverb at most between, as the verb', () => {
    const t = tokenOf('Chadian units had meanwhile retaken the oasis from the Libyans.', 'retaken');
    expect([t.pos, t.lemma]).toEqual(['VERB', 'retake']);
  });
  it('leaves a past that is also an everyday noun inside a compound', () => {
    expect(tokenOf('The army ground forces took the town.', 'ground').pos).not.toBe('VERB');
  });
});
