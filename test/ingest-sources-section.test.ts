/**
 * "## Sources" in an exam paper or a reader holds quoted extracts, which are part of the text; in a
 * report it holds citations, which become notes. The quotations decide which.
 */
import { describe, expect, it } from 'vitest';
import { readDocumentFromBytes } from '../src/ingest/index.js';

const read = (lines: string[]) =>
  readDocumentFromBytes(new TextEncoder().encode(lines.join('\n')), 'paper.md');

describe('a section headed "Sources"', () => {
  it('is body text when it quotes extracts, and the notes section after it still holds the notes', async () => {
    const doc = await read([
      '# Paper 2',
      '',
      '## Sources',
      '',
      '**Source A.** From a Lome newspaper, 3 May 1994.',
      '',
      '> Togolese troops crossed into Ghana at dawn. Accra recalled its ambassador the same day.<sup>1</sup>',
      '',
      '## Questions',
      '',
      '1. Using Source A, explain why Accra recalled its ambassador. (4 marks)',
      '',
      '## Notes',
      '',
      '1. Adapted from the Lome Courier, 3 May 1994, p. 1.',
      '',
    ]);
    const texts = doc.sentences.map((s) => s.text);
    expect(texts).toContain('Togolese troops crossed into Ghana at dawn.');
    expect(texts.some((t) => t.startsWith('Accra recalled its ambassador'))).toBe(true);
    expect(doc.citations.map((c) => c.text)).toEqual(['Adapted from the Lome Courier, 3 May 1994, p. 1.']);
    expect(texts.some((t) => t.includes('Lome Courier'))).toBe(false);
  });

  it('is the notes section when it lists citations', async () => {
    const doc = await read([
      '# Report',
      '',
      'Accra recalled its ambassador on 3 May 1994.<sup>1</sup>',
      '',
      '## Sources',
      '',
      '1. Lome Courier, 3 May 1994.',
      '',
    ]);
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Report',
      'Accra recalled its ambassador on 3 May 1994.',
    ]);
    expect(doc.citations.map((c) => c.text)).toEqual(['Lome Courier, 3 May 1994.']);
  });
});
