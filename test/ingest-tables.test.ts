/**
 * Markdown tables: a chronology laid out as "| Date | Event | Source |" rows. Each cell is a
 * paragraph of its own, so a row's source never runs on into the next row's date, and a row's
 * event sentence follows its date.
 */
import { describe, expect, it } from 'vitest';
import { readDocumentFromBytes } from '../src/ingest/index.js';

const table = [
  '# A chronology',
  '',
  '| Date | Event | Source |',
  '|---|---|---|',
  '| 1 August 1947 | Lima claims two hundred miles of sea. Neither text says where the zones meet | Gazette, August 1947 |',
  '| 18 August 1952 | Chile, Ecuador and Peru sign a declaration in Santiago. | Declaration |',
  '',
].join('\n');

describe('a markdown table', () => {
  it('reads each cell as a paragraph, so no sentence runs across rows', async () => {
    const doc = await readDocumentFromBytes(new TextEncoder().encode(table), 'table.md');
    const texts = doc.sentences.map((s) => s.text);
    expect(texts).toContain('1 August 1947');
    expect(texts).toContain('Gazette, August 1947');
    expect(texts).toContain('18 August 1952');
    expect(texts).toContain('Chile, Ecuador and Peru sign a declaration in Santiago.');
    // the cell without a final stop is not joined to the next row as if cut by a page break
    expect(texts.some((t) => t.includes('Gazette') && t.includes('1952'))).toBe(false);
    expect(texts.some((t) => t.includes('meet') && t.includes('Gazette'))).toBe(false);
  });
});
