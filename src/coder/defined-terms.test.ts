import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../actors/mention.js';
import { DefinedTerms } from './defined-terms.js';

function party(text: string, start: number, code: string): ActorMention {
  return {
    start,
    end: start + text.length,
    text,
    code,
    country: code.slice(0, 3),
    name: text,
    entryId: code.toLowerCase(),
    type: 'state',
    how: 'name',
    entryIds: [code.toLowerCase()],
  } as ActorMention;
}

describe('defined terms', () => {
  const intro =
    'The case was brought by the Republic of Ghana ("Ghana" or "the Applicant") against Togo ("the Respondent").';
  const ghana = party('Republic of Ghana', intro.indexOf('Republic of Ghana'), 'GHA');
  const togo = party('Togo', intro.indexOf('Togo'), 'TGO');

  it('reads a later use of each term as the party it was defined for', () => {
    const terms = new DefinedTerms();
    terms.learn(intro, [ghana, togo]);
    const text = 'In 2019 the Applicant asked the Court to order the Respondent to withdraw.';
    const found = terms.mentions(text, []);
    expect(found.map((m) => [m.text, m.code])).toEqual([
      ['Applicant', 'GHA'],
      ['Respondent', 'TGO'],
    ]);
    expect(found[0].start).toBe(text.indexOf('Applicant'));
  });

  it('does not read the definition itself, a name the dictionary reads, or a lower-case word', () => {
    const terms = new DefinedTerms();
    terms.learn(intro, [ghana, togo]);
    expect(terms.mentions(intro, [ghana, togo]).map((m) => m.text)).toEqual([]);
    terms.learn('Togo ("the party") replied.', [party('Togo', 0, 'TGO')]);
    expect(terms.mentions('The party met.', []).map((m) => m.text)).toEqual([]);
  });

  it('keeps a possessive and forgets everything on reset', () => {
    const terms = new DefinedTerms();
    terms.learn('Togo (hereinafter "the Respondent") replied.', [party('Togo', 0, 'TGO')]);
    expect(terms.mentions("The Respondent's reply came late.", [])[0].possessive).toBe(true);
    terms.reset();
    expect(terms.mentions('The Respondent replied.', [])).toEqual([]);
  });
});
