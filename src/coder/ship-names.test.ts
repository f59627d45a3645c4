import { describe, expect, it } from 'vitest';
import { shipMentions } from './ship-names.js';

describe('shipMentions', () => {
  it('reads the navy from the prefix and takes the name after it', () => {
    const got = shipMentions('On 2 May the submarine HMS Conqueror sank the ARA General Belgrano.', []);
    expect(got.map((m) => [m.text, m.code])).toEqual([
      ['HMS Conqueror', 'GBRMIL'],
      ['ARA General Belgrano', 'ARGMIL'],
    ]);
  });
  it('needs a capitalised name after the prefix and leaves names already found', () => {
    expect(shipMentions('The INS report was late.', [])).toEqual([]);
    const found = shipMentions('USS Cole was attacked in Aden.', []);
    expect(shipMentions('USS Cole was attacked in Aden.', found)).toEqual([]);
  });
});
