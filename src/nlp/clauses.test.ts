import { describe, expect, it } from 'vitest';
import { clauses } from './clauses.js';
import { analyze } from './index.js';

const kinds = (text: string) => clauses(analyze(text).tokens).map((c) => `${c.kind}:${c.marker ?? ''}`);

describe('clauses', () => {
  it('opens a relative clause at "that" after a noun', () => {
    expect(kinds('Athens rejected the plan that Ankara proposed.')).toContain('relative:that');
  });
  it('reads "that" before a time as a determiner', () => {
    expect(kinds('Mitsotakis telephoned Erdoğan that afternoon to offer condolences.')).not.toContain(
      'relative:that',
    );
  });
});
