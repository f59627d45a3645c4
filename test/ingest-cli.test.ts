import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../src/cli/commands/citations.js';
import { loadDocumentView, withMarkers } from '../src/cli/commands/sentences.js';
import { projectRoot } from './helpers/shared.js';

const crs = join(projectRoot, 'test', 'fixtures', 'ingest', 'turkey-russia-crs.md');

describe('sentences and citations commands', () => {
  it('reads a file argument and shows markers where they stood', async () => {
    const view = await loadDocumentView(crs, join(projectRoot, 'no-such-store.db'));
    const s = view.sentences.find((x) => x.text.includes('a stab in the back'));
    expect(s).toBeDefined();
    expect(withMarkers(s as NonNullable<typeof s>, view)).toMatch(/"a stab in the back\."\[1\]$/);
    const linked = view.sentences.find((x) => x.text.includes('presidential decree'));
    expect(withMarkers(linked as NonNullable<typeof linked>, view)).toContain(
      'presidential decree[link:1] signed',
    );
  });

  it('formats a citation with its parts, URLs and citing sentences', async () => {
    const view = await loadDocumentView(crs, undefined);
    const note = view.citations.find((c) => c.key === '1');
    const text = formatCitation(note as NonNullable<typeof note>, [10]);
    expect(text.split('\n')[0]).toBe(
      '[1]  footnote  2015-11-24  Andrew Osborn, "Putin calls Turkish downing of Russian jet a stab in the back", Reuters',
    );
    expect(text).toContain('    https://www.reuters.com/');
    expect(text).toContain('cited by: #10');
  });

  it('names the argument when it is neither a file nor a stored document', async () => {
    await expect(loadDocumentView('no-such-doc.md', join(projectRoot, 'no-such-store.db'))).rejects.toThrow(
      /^no-such-doc\.md: no such file/,
    );
  });
});
