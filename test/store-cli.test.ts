import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { register as registerEvents } from '../src/cli/commands/events.js';
import { register as registerStats } from '../src/cli/commands/stats.js';
import { InputError, UsageError } from '../src/cli/errors.js';
import { openStore } from '../src/store/index.js';
import type { StoredEvent } from '../src/store/store.js';
import { caspianDocument, caspianEvents, gulfDocument, gulfEvents } from '../src/store/store-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-cli-'));
const db = join(dir, 'cli.db');

beforeAll(() => {
  const store = openStore(db);
  const a = caspianDocument();
  store.saveDocument(a, caspianEvents(a));
  const b = gulfDocument();
  store.saveDocument(b, gulfEvents(b));
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** runs one command in-process and returns what it printed */
async function run(...args: string[]): Promise<string> {
  const program = new Command().exitOverride().configureOutput({ writeErr: () => {} });
  registerEvents(program);
  registerStats(program);
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(['node', 'entente', ...args]);
  } finally {
    vi.restoreAllMocks();
  }
  return out;
}

describe('entente events', () => {
  it('prints an aligned table with code labels and sentences', async () => {
    const out = await run('events', '--db', db);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+date\s+source\s+code\s+target\s+doc\s+sentence$/);
    expect(lines).toHaveLength(1 + 5);
    const sentenceColumn = lines[0].indexOf('sentence');
    for (const line of lines.slice(1)) expect(line.length).toBeGreaterThan(sentenceColumn);
    const accused = lines.find((l) => l.includes('112 Accuse'))!;
    expect(accused).toMatch(/IRNGOV/);
    expect(accused).toMatch(/RUSGOV/);
    expect(accused).toContain('~2007-03');
    expect(accused).toContain('Tehran accused the Russian government');
    expect(out).not.toContain('138');
  });

  it('applies actor, dyad, date, code and quad filters', async () => {
    const json = async (...args: string[]) =>
      (JSON.parse(await run('events', '--db', db, '--format', 'json', ...args)) as StoredEvent[])
        .map((e) => e.code)
        .sort();
    expect(await json('--actor', 'sau')).toEqual(['043', '050']);
    expect(await json('--dyad', 'IRN,RUS')).toEqual(['044', '112', '1621']);
    expect(await json('--dyad', 'IRN,RUS', '--directed')).toEqual(['112']);
    expect(await json('--from', '2007-04', '--to', '2007')).toEqual(['044']);
    expect(await json('--code', '16', '--all')).toEqual(['1621', '163']);
    expect(await json('--quad', '1')).toEqual(['043', '044', '050']);
    expect(await json('--all')).toHaveLength(7);
    expect(await json('--limit', '2')).toHaveLength(2);
  });

  it('flags negated and hypothetical events under --all and reports when the limit cuts', async () => {
    const out = await run('events', '--db', db, '--all', '--limit', '3');
    expect(out).toMatch(/showing 3 of 7 events/);
    const all = await run('events', '--db', db, '--all', '--limit', '0');
    expect(all).toMatch(/138 .*\[negated\]/);
    expect(all).toMatch(/163 .*\[hypothetical\]/);
  });

  it('says so when nothing matches', async () => {
    expect(await run('events', '--db', db, '--actor', 'USA')).toBe('no events match\n');
  });

  it('turns bad option values into usage errors naming the flag and value', async () => {
    const cases: [string[], RegExp][] = [
      [['--from', 'notadate'], /--from.*notadate/],
      [['--to', '2007-13-01'], /--to.*2007-13-01/],
      [['--dyad', 'X'], /--dyad.*"X"/],
      [['--dyad', 'IRN,RUS,TUR'], /--dyad/],
      [['--actor', 'I1'], /--actor.*I1/],
      [['--quad', '5'], /--quad.*5/],
      [['--code', '999'], /--code.*999/],
      [['--limit', 'many'], /--limit.*many/],
      [['--from', '2010', '--to', '2007'], /--from 2010 is after --to 2007/],
      [['--directed'], /--directed needs --dyad/],
    ];
    for (const [args, message] of cases) {
      const attempt = run('events', '--db', db, ...args);
      await expect(attempt).rejects.toBeInstanceOf(UsageError);
      await expect(run('events', '--db', db, ...args)).rejects.toThrow(message);
    }
  });

  it('refuses a store file that does not exist, without creating it', async () => {
    const missing = join(dir, 'missing.db');
    await expect(run('events', '--db', missing)).rejects.toBeInstanceOf(InputError);
    await expect(run('stats', '--db', missing)).rejects.toThrow(missing);
    expect(existsSync(missing)).toBe(false);
  });

  it('takes the store path from ENTENTE_DB when --db is absent', async () => {
    vi.stubEnv('ENTENTE_DB', db);
    try {
      expect(await run('events', '--actor', 'CHN')).toMatch(/043 Host a visit/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('entente stats', () => {
  it('prints documents, sentences, citations, events by quad and the top dyads', async () => {
    const out = await run('stats', '--db', db);
    expect(out).toMatch(/^\s+2 {2}documents$/m);
    expect(out).toMatch(/^\s+7 {2}sentences$/m);
    expect(out).toMatch(/^\s+4 {2}citations$/m);
    expect(out).toMatch(/^\s+5 {2}events/m);
    expect(out).toMatch(/^\s+3 {2}1 verbal cooperation$/m);
    expect(out).toMatch(/^\s+1 {2}4 material conflict$/m);
    expect(out).toMatch(/^\s+3 {2}IRN–RUS$/m);
  });

  it('prints the same figures as JSON', async () => {
    const stats = JSON.parse(await run('stats', '--db', db, '--format', 'json'));
    expect(stats).toMatchObject({ documents: 2, events: 5, byQuad: { 1: 3, 2: 0, 3: 1, 4: 1 } });
  });
});
