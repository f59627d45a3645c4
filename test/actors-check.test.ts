import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDictionaryFiles, codeProblem } from '../src/actors/check.js';
import { defaultActorFiles } from '../src/actors/index.js';

describe('dict check', () => {
  it('passes on the shipped dictionary', () => {
    const report = checkDictionaryFiles(defaultActorFiles());
    expect(report.problems).toEqual([]);
    expect(report.entries).toBeGreaterThan(600);
  });

  it('reports unknown codes, overlapping roles, duplicate ids and bad dates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-dict-'));
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'people-b.tsv');
    writeFileSync(
      a,
      [
        '{"id":"x1","type":"state","code":"XQZGOV","names":["Xland"]}',
        '{"id":"x2","type":"group","code":"IRNMIL","names":["Thing"],"roles":[{"code":"IRNMIL","from":"2001","to":"2005"},{"code":"IRNGOV","from":"2004-06-01","to":"2006"}]}',
        '{"id":"x2","type":"group","code":"IRN","names":["Other"]}',
        '{"id":"x3","type":"group","code":"IRN","names":["Third"],"roles":[{"code":"IRNGOV","from":"2004-13-01"}]}',
        'not json',
      ].join('\n'),
    );
    writeFileSync(b, 'p1\tPat Example\t\tIRNGOV\t2010-01-01\t2009-01-01\tminister\n');
    const messages = checkDictionaryFiles([a, b]).problems.map((p) => p.message);
    expect(messages.some((m) => m.includes('"XQZGOV" starts with "XQZ"'))).toBe(true);
    expect(messages.some((m) => m.includes('x2: roles overlap'))).toBe(true);
    expect(messages.some((m) => m.includes('duplicate id "x2"'))).toBe(true);
    expect(messages.some((m) => m.includes('bad date "2004-13-01"'))).toBe(true);
    expect(messages.some((m) => m.startsWith('not JSON'))).toBe(true);
    expect(messages.some((m) => m.includes('p1: role IRNGOV ends'))).toBe(true);
  });

  it('accepts CAMEO codes and our coined organisation blocks, rejects junk', () => {
    expect(codeProblem('IRNGOV')).toBeNull();
    expect(codeProblem('IGOCASSCO')).toBeNull();
    expect(codeProblem('IMGMUSALQ')).toBeNull();
    expect(codeProblem('USRGOV')).toBeNull();
    expect(codeProblem('IRNXYZ')).toMatch(/unknown block/);
    expect(codeProblem('IRNG')).toMatch(/three-letter/);
  });
});
