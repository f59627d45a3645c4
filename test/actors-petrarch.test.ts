import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createResolver, type DictionaryProblem } from '../src/actors/index.js';
import { importPetrarch } from '../src/actors/petrarch-import.js';
import { hasShared, sharedPath } from './helpers/shared.js';

/** a small dictionary in PETRARCH's format, written by us, to pin down its date rules */
const fixture = `# test actors
TESTLAND_  [TST]
+TST_
+TESTISH_
JANE_ROE_  # CountryInfo.txt
+MRS_ROE_
\t[TSTGOV 950101-050601]
\t[TSTMIL >050601]
\t[TSTELI]
JOHN_DOE_
\t[TSTELI]
\t[TSTGOV >100101]
OLD_TIMER_ [TSTOPP <991231]
<!-- a comment block
SHOULD_NOT_LOAD_ [XXX]
-->
MALFORMED_ [TSTGOV >201005011]
`;

function fixtureResolver(): ReturnType<typeof createResolver> {
  const dir = mkdtempSync(join(tmpdir(), 'entente-petrarch-'));
  const file = join(dir, 'Test.actors.txt');
  writeFileSync(file, fixture);
  return createResolver({ petrarchFiles: [file], problems: [] });
}

describe('PETRARCH date semantics (own fixture)', () => {
  const r = fixtureResolver();
  const code = (text: string, date: string) => r.findMentions(text, { date }).map((m) => m.code);

  it('treats A-B as A ≤ date < B and two-digit years 00–30 as 20YY', () => {
    expect(code('Jane Roe', '1995-01-01')).toEqual(['TSTGOV']);
    expect(code('Jane Roe', '2005-05-31')).toEqual(['TSTGOV']);
    expect(code('Jane Roe', '2005-06-01')).toEqual(['TSTMIL']);
    expect(code('Jane Roe', '1990-01-01')).toEqual(['TSTELI']);
  });

  it('tries codes in file order: an undated code listed first always wins', () => {
    expect(code('John Doe', '2015-01-01')).toEqual(['TSTELI']);
  });

  it('reads <D as before D, synonyms share the record, comments are skipped', () => {
    expect(code('Old Timer', '1999-12-30')).toEqual(['TSTOPP']);
    expect(code('Old Timer', '1999-12-31')).toEqual(['TST']);
    expect(code('Mrs Roe', '2000-01-01')).toEqual(['TSTGOV']);
    // one-word phrases of three letters or fewer are taken for acronyms and must be in capitals
    expect(code('Tst is here', '2000-01-01')).toEqual([]);
    expect(code('TST is here', '2000-01-01')).toEqual(['TST']);
    expect(code('Testish', '2000-01-01')).toEqual(['TST']);
    expect(code('Should Not Load', '2000-01-01')).toEqual([]);
  });

  it('reports malformed dates and codes nothing for them, as PETRARCH does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-petrarch-'));
    const file = join(dir, 'Test.actors.txt');
    writeFileSync(file, fixture);
    const problems: DictionaryProblem[] = [];
    const res = createResolver({ petrarchFiles: [file], problems });
    expect(problems.map((p) => p.message)).toEqual(['unreadable code or date "[TSTGOV >201005011]"']);
    expect(res.findMentions('Malformed', { date: '2015' })).toEqual([]);
  });
});

const files = [
  'Phoenix.Countries.actors.txt',
  'Phoenix.International.actors.txt',
  'Phoenix.MilNonState.actors.txt',
  'Phoenix.agents.txt',
  'Phoenix.discards.txt',
];
const present = files.every((f) => hasShared('petrarch', f));

describe.skipIf(!present)('the real Phoenix dictionaries (../shared/petrarch)', () => {
  const resolver = present
    ? createResolver({ petrarchFiles: files.map((f) => sharedPath('petrarch', f)), problems: [] })
    : null;

  it('loads every file', () => {
    const s = resolver?.stats;
    expect(s?.entries).toBeGreaterThan(25_000);
    expect(s?.agents).toBeGreaterThan(2_000);
    expect(s?.discards).toBeGreaterThan(500);
  });

  it('codes Hamid Karzai AFGGOV in 2005 and not in 1995', () => {
    const at = (date: string) => resolver?.findMentions('Hamid Karzai met the envoy.', { date })[0]?.code;
    expect(at('2005-01-01')).toBe('AFGGOV');
    expect(at('1995-01-01')).not.toBe('AFGGOV');
    expect(at('1995-01-01')).toBe('AFGELI');
  });

  it('composes PETRARCH agents with countries', () => {
    const m = resolver?.findMentions('Afghan troops moved in.', { date: '2005-01-01' })[0];
    expect(m?.code).toBe('AFGMIL');
  });

  it('finds discard phrases and their scope', () => {
    const hits = resolver?.discards('The film won an Academy Award.') ?? [];
    expect(hits.map((h) => h.text.toLowerCase())).toContain('academy award');
  });

  it('merges with ours: our entries win ties, PETRARCH adds the rest', () => {
    const merged = createResolver({
      petrarchFiles: [sharedPath('petrarch', 'Phoenix.Countries.actors.txt')],
      merge: true,
      problems: [],
    });
    const ms = merged.findMentions('Hamid Karzai met Mullah Mohammad Rabbani.', { date: '2000-06-01' });
    expect(ms.map((m) => [m.entryId, m.code])).toEqual([
      ['karzai', 'AFG'],
      ['Phoenix.Countries.actors.txt:mullah_mohammad_rabbani', 'AFGGOV'],
    ]);
  });

  it('import-petrarch converts to our format with the same meaning', () => {
    const out = mkdtempSync(join(tmpdir(), 'entente-import-'));
    const results = importPetrarch([sharedPath('petrarch', 'Phoenix.Countries.actors.txt')], out);
    expect(results[0].records).toBeGreaterThan(18_000);
    const text = readFileSync(results[0].to, 'utf8');
    expect(text).toContain('"Hamid Karzai"');
    const converted = createResolver({ actorFiles: [results[0].to], problems: [] });
    const at = (date: string) => converted.findMentions('Hamid Karzai met the envoy.', { date })[0]?.code;
    expect([at('2005-01-01'), at('1995-01-01')]).toEqual(['AFGGOV', 'AFGELI']);
  });
});
