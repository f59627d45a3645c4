import { describe, expect, it } from 'vitest';
import { analyze } from './index.js';

const posOf = (text: string, word: string) => analyze(text).tokens.find((x) => x.lower === word)?.pos;

describe('"provided" as a conjunction of condition', () => {
  it('is one after a comma, before a clause with its own subject and verb', () => {
    expect(posOf('Seoul agreed to meet, provided Pyongyang halted its tests.', 'provided')).toBe('SCONJ');
    expect(posOf('Seoul agreed to meet, provided that the North halted its tests.', 'provided')).toBe(
      'SCONJ',
    );
  });
  it('stays the verb of giving', () => {
    expect(posOf('Moscow provided Damascus with fighter jets.', 'provided')).toBe('VERB');
    expect(posOf('Oslo said it provided the equipment.', 'provided')).toBe('VERB');
  });
});
