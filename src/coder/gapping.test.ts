import { describe, expect, it } from 'vitest';
import { loadDefaultResolver } from '../actors/index.js';
import { analyze } from '../nlp/index.js';
import { gappedSubjects } from './gapping.js';
import { placeMentions } from './mentions.js';

const resolver = loadDefaultResolver();

/** the texts of the gapped subjects after the first verb of `text` */
function gapped(text: string): string[] {
  const a = analyze(text, 0);
  const placed = placeMentions(a.tokens, resolver.findMentions(text, { date: '2021-04-01' }), 0, text);
  const verb = a.tokens.findIndex((t) => t.pos === 'VERB');
  return gappedSubjects(a.tokens, placed, verb).map((i) => placed[i].text);
}

describe('gappedSubjects', () => {
  it('reads the subjects of verbless remnants with counts', () => {
    expect(gapped('Lithuania expelled two Russian diplomats, Latvia and Estonia one each.')).toEqual([
      'Latvia',
      'Estonia',
    ]);
    expect(gapped('Britain expelled 23 Russian diplomats, France four and Germany four.')).toEqual([
      'France',
      'Germany',
    ]);
  });
  it('leaves a list of objects alone: no count, no remnant', () => {
    expect(gapped('Britain expelled Russian diplomats, France and Germany.')).toEqual([]);
  });
  it('leaves a clause with its own verb alone', () => {
    expect(gapped('Lithuania expelled two Russian diplomats, and Latvia recalled one envoy.')).toEqual([]);
  });
});
