import { describe, expect, it } from 'vitest';
import { irregularBases, parseIrregularVerbs } from './irregular-verbs.js';

describe('irregular verb table', () => {
  it('maps past and participle forms to the base form', () => {
    const bases = irregularBases();
    expect(bases.get('forgave')).toBe('forgive');
    expect(bases.get('forgiven')).toBe('forgive');
    expect(bases.get('sat')).toBe('sit');
    expect(bases.get('withdrew')).toBe('withdraw');
    expect(bases.get('burned')).toBe('burn');
  });

  it('leaves forms equal to the base out, so "cut" is found by the word itself', () => {
    expect(irregularBases().has('cut')).toBe(false);
  });

  it('names the file and line of a malformed row', () => {
    expect(() => parseIrregularVerbs('# c\nsit\tsat\n', 'x.tsv')).toThrow('x.tsv:2: expected');
    expect(() => parseIrregularVerbs('Sit\tsat\tsat\n', 'x.tsv')).toThrow('x.tsv:1:');
  });
});
