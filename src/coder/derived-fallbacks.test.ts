import { describe, expect, it } from 'vitest';
import { deriveFallbacks } from './derived-fallbacks.js';
import { parsePatterns } from './patterns.js';

const parse = (text: string) => parsePatterns([{ name: 'test.txt', text }]);

describe('fallbacks derived from plain verb patterns', () => {
  it('puts a wide gap before the target of `verb $T` and `verb prep $T`', () => {
    const derived = deriveFallbacks(
      parse('111  condemn : *condemn|deplore/V $T  # x\n055  apologise : *apologise/V to $T  # x\n'),
    );
    expect(derived.map((p) => p.id)).toEqual(['111.condemn.fb', '055.apologise.fb']);
    expect(derived[1].elements.map((e) => e.kind)).toEqual(['word', 'wide-gap', 'word', 'slot']);
    expect(derived.every((p) => p.fallback)).toBe(true);
  });

  it('lends only the verbs whose every verb pattern is of one root', () => {
    const [fb] = deriveFallbacks(
      parse('111  scold : *call|scold/V $T  # x\n020  call-on : *call/V on $T  # x\n'),
    );
    expect([...(fb.elements[0].words ?? [])]).toEqual(['scold']);
  });

  it('leaves reciprocal, placed and longer patterns to their phrases', () => {
    const derived = deriveFallbacks(
      parse(
        [
          '057  sign : *sign/V $T | sym  # x',
          '042  arrive : *arrive/V in $T | place=capital  # x',
          '163  impose : *impose/V sanctions on $T  # x',
          '051  praise : *praise/N of $T  # x',
        ].join('\n'),
      ),
    );
    expect(derived).toEqual([]);
  });
});
