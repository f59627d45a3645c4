/**
 * The command line as a user meets it: exit codes, one-line errors naming the file, batches that
 * go on past a bad file, and the seed going through ingest → export → the shared scorer.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../src/store/index.js';
import { hasShared, projectRoot, sharedPath } from './helpers/shared.js';

const cli = join(projectRoot, 'src', 'cli', 'main.ts');

function entente(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env, NO_COLOR: '1' },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'entente-cli-'));
}

const GOOD = `---
title: A short note on Armenia and Azerbaijan
date: 2021-01-15
---

# A short note on Armenia and Azerbaijan

In November 2020, Armenia and Azerbaijan signed a ceasefire agreement brokered by Russia.<sup>1</sup>

## Notes

1. Example Wire, "Ceasefire signed," 10 November 2020, https://example.org/.
`;

describe('entente command line', () => {
  it('lists every command in --help and exits 0', () => {
    const r = entente(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of [
      'ingest',
      'events',
      'export',
      'code',
      'stats',
      'dyad',
      'serve',
      'import',
      'dict',
      'eval',
    ]) {
      expect(r.stdout).toMatch(new RegExp(`^\\s+${cmd}\\b`, 'm'));
    }
  });

  it('exits 2 on an unknown command and on a bad option value', () => {
    expect(entente(['frobnicate']).code).toBe(2);
    const dir = scratch();
    const r = entente(['ingest', join(dir, 'x.md'), '--db', join(dir, 's.db'), '--date', 'yesterday']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--date');
  });

  it('reports a missing file in one line naming it and exits 1', () => {
    const dir = scratch();
    const missing = join(dir, 'nope.md');
    const r = entente(['ingest', missing, '--db', join(dir, 's.db'), '-q']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(missing);
    expect(lines[0]).toMatch(/no such file/);
  });

  it('goes on past empty, binary and non-UTF-8 files in a directory and stores the good one', () => {
    const dir = scratch();
    const docs = join(dir, 'docs');
    spawnSync('mkdir', ['-p', docs]);
    writeFileSync(join(docs, 'good.md'), GOOD);
    writeFileSync(join(docs, 'empty.md'), '');
    writeFileSync(
      join(docs, 'latin1.txt'),
      Buffer.from([0x52, 0x75, 0x73, 0x73, 0x69, 0x61, 0x20, 0xe9, 0x74, 0x65, 0x0a]),
    );
    writeFileSync(join(docs, 'blob.md'), Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)));
    const db = join(dir, 's.db');
    const r = entente(['ingest', docs, '--db', db, '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty\.md: empty file/);
    expect(r.stderr).toMatch(/latin1\.txt: invalid UTF-8/);
    expect(r.stderr).toMatch(/blob\.md: binary/);
    expect(r.stdout).toMatch(/ingested 1 new, 0 replaced, 0 unchanged, 3 failed/);
    const store = openStore(db);
    try {
      const listed = store.listDocuments();
      expect(listed.map((d) => d.name)).toEqual(['good.md']);
      expect(listed[0].sentenceCount).toBeGreaterThan(0);
      expect(store.getSentences(listed[0].id).every((s) => s.text.length > 0)).toBe(true);
    } finally {
      store.close();
    }
    const again = entente(['ingest', join(docs, 'good.md'), '--db', db, '-q']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/0 new, 0 replaced, 1 unchanged, 0 failed/);
  });

  it('uses $ENTENTE_DB when --db is absent', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'good.md'), GOOD);
    const db = join(dir, 'env.db');
    expect(entente(['ingest', join(dir, 'good.md'), '-q'], { ENTENTE_DB: db }).code).toBe(0);
    const r = entente(['stats'], { ENTENTE_DB: db });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\s*1\s+documents?$/m);
  });

  it.runIf(hasShared('seed', 'irans-russian-conundrum.md') && hasShared('eval', 'score.py'))(
    'ingests the seed, exports canonical JSONL and the shared scorer reads it',
    () => {
      const dir = scratch();
      const db = join(dir, 'seed.db');
      const out = join(dir, 'seed.jsonl');
      expect(
        entente(['ingest', sharedPath('seed', 'irans-russian-conundrum.md'), '--db', db, '-q']).code,
      ).toBe(0);
      expect(entente(['export', '--db', db, '--format', 'jsonl', '--out', out]).code).toBe(0);
      const first = JSON.parse(readFileSync(out, 'utf8').split('\n')[0]);
      for (const key of [
        'id',
        'doc',
        'sentence',
        'span',
        'source',
        'target',
        'code',
        'quad',
        'goldstein',
        'plover',
        'date',
        'negated',
        'hypothetical',
        'citations',
      ]) {
        expect(first).toHaveProperty(key);
      }
      expect(first.code).toMatch(/^\d{2,4}$/);
      const score = spawnSync(
        'python3',
        [sharedPath('eval', 'score.py'), sharedPath('eval', 'seed-gold.jsonl'), out],
        {
          encoding: 'utf8',
        },
      );
      if (score.error) return; // no python3 here: the export shape was still checked above
      expect(score.status).toBe(0);
      expect(score.stdout).toMatch(/^core\s+P=/m);
    },
  );
});
