import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../src/ingest/index.js';

describe('expandInputs', () => {
  const root = mkdtempSync(join(tmpdir(), 'entente-expand-'));
  for (const f of [
    'a.md',
    'b.pdf',
    'notes.xyz',
    '.hidden.md',
    'sub/c.html',
    'sub/deeper/d.docx',
    '.git/e.md',
  ]) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), 'x');
  }
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('walks directories recursively, skipping hidden entries and unsupported types', () => {
    const { files, errors } = expandInputs([root]);
    expect(errors).toEqual([]);
    expect(files.map((f) => f.slice(root.length + 1)).sort()).toEqual([
      'a.md',
      'b.pdf',
      'sub/c.html',
      'sub/deeper/d.docx',
    ]);
  });

  it('matches globs and keeps explicit files of any type', () => {
    expect(expandInputs([join(root, '*.md')]).files.map((f) => f.slice(root.length + 1))).toEqual(['a.md']);
    expect(
      expandInputs([join(root, '**/*.{html,docx}')])
        .files.map((f) => f.slice(root.length + 1))
        .sort(),
    ).toEqual(['sub/c.html', 'sub/deeper/d.docx']);
    expect(expandInputs([join(root, 'notes.xyz')]).files).toHaveLength(1);
  });

  it('reports missing paths and empty globs as errors without throwing', () => {
    const { files, errors } = expandInputs([
      join(root, 'missing.md'),
      join(root, '*.txt'),
      join(root, 'a.md'),
      join(root, 'a.md'),
    ]);
    expect(files).toHaveLength(1);
    expect(errors.map((e) => e.problem)).toEqual([
      'no such file or directory',
      'no files match this pattern',
    ]);
  });
});
