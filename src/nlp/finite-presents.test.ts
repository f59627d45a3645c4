import { describe, expect, it } from 'vitest';
import { analyze } from './index.js';

const posOf = (text: string, word: string) => analyze(text).tokens.find((t) => t.lower === word)?.pos;

describe('retagFinitePresents', () => {
  it('reads a present verb after a name that opens the clause as the verb', () => {
    expect(posOf('Russia signs a trade deal with China.', 'signs')).toBe('VERB');
    expect(posOf('Tokyo protests to Seoul over the visit.', 'protests')).toBe('VERB');
    expect(posOf('Abiy and Isaias sign a joint declaration in Asmara.', 'sign')).toBe('VERB');
  });
  it('leaves a noun whose clause has another verb', () => {
    expect(posOf('US sanctions on Iran hurt trade.', 'sanctions')).toBe('NOUN');
    expect(posOf('Moscow talks in Geneva ended without a deal.', 'talks')).toBe('NOUN');
  });
  it('leaves a noun inside a prepositional phrase', () => {
    expect(posOf('Crowds gathered for the Tokyo protests in March.', 'protests')).not.toBe('VERB');
  });
  it('reads the first bare word after a plural subject of a verbless clause as its verb', () => {
    expect(
      posOf('Thai and Cambodian troops exchange rifle and rocket fire near the temple.', 'exchange'),
    ).toBe('VERB');
    expect(posOf('Cambodian police arrest a Thai engineer.', 'arrest')).toBe('VERB');
    // a clause with a verb of its own keeps its compounds
    expect(posOf('Border troops exchange programmes were cancelled.', 'exchange')).not.toBe('VERB');
  });
});

describe('a bare present after a plural subject head', () => {
  const posOf = (text: string, word: string) => analyze(text).tokens.find((x) => x.lower === word)?.pos;
  it('is a verb before a preposition of motion, even with a second predicate after "and"', () => {
    expect(posOf('1973 — Libyan troops move into the strip and build an airstrip.', 'move')).toBe('VERB');
  });
  it('stays a noun where the word makes a compound with the head', () => {
    expect(posOf('Chinese troops deployment in Tibet worried India.', 'deployment')).toBe('NOUN');
  });
});

describe('a second present after "and", before its clause', () => {
  it('is a verb of saying before "that", once the first verb is found', () => {
    expect(posOf('The Council guarantees the new border and demands that Ghana respect it.', 'demands')).toBe(
      'VERB',
    );
  });
  it('stays a noun that is no verb of saying', () => {
    expect(posOf('Ghana sends troops and supplies that Togo lacks.', 'supplies')).toBe('NOUN');
  });
});
