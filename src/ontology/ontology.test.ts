import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getActorCodes, getOntology, isKnownActorCode, UnknownCodeError } from './index.js';

const ontology = getOntology();

// test/helpers/shared.ts lies outside tsconfig's rootDir, so the same lookup is repeated here
const referenceTable = join(
  process.env.ENTENTE_SHARED ?? resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared'),
  'reference',
  'cameo-event-codes.tsv',
);

describe('CAMEO code counts', () => {
  it('holds 317 codes: 20 roots, 149 three-digit and 148 four-digit', () => {
    const all = ontology.all();
    expect(all).toHaveLength(317);
    expect(all.filter((c) => c.level === 1)).toHaveLength(20);
    expect(all.filter((c) => c.level === 2)).toHaveLength(149);
    expect(all.filter((c) => c.level === 3)).toHaveLength(148);
    expect(ontology.roots().map((r) => r.code)).toEqual(
      Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
  });

  it('counts each source list as the reference README does', () => {
    const all = ontology.all();
    expect(all.filter((c) => c.listedIn.cameo)).toHaveLength(316);
    expect(all.filter((c) => c.listedIn.icews)).toHaveLength(312);
    expect(all.filter((c) => c.listedIn.cameo && !c.listedIn.icews).map((c) => c.code)).toEqual([
      '155',
      '176',
      '1834',
      '1951',
      '1952',
    ]);
  });

  it('keeps codes as strings with leading zeros and links every code to its parent and root', () => {
    const c = ontology.code('0211');
    expect(c).toMatchObject({ code: '0211', parent: '021', root: '02', level: 3 });
    expect(ontology.code('021').parent).toBe('02');
    for (const code of ontology.all()) {
      expect(code.code.startsWith(code.root)).toBe(true);
      if (code.parent !== null) {
        expect(code.code.startsWith(code.parent)).toBe(true);
        expect(ontology.code(code.parent).level).toBe(code.level - 1);
      }
    }
    expect(ontology.has('10')).toBe(true);
    expect(ontology.has('010')).toBe(true);
    expect(ontology.code('10').label).not.toBe(ontology.code('010').label);
  });

  it('matches the shared reference table code for code', (ctx) => {
    if (!existsSync(referenceTable)) {
      console.warn(`skipping: ${referenceTable} is absent (tests that need ../shared/ run only beside it)`);
      return ctx.skip();
    }
    const lines = readFileSync(referenceTable, 'utf8').trim().split('\n');
    const header = lines[0].split('\t');
    const rows = lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((v, i) => [header[i], v])));
    expect(ontology.all().map((c) => c.code)).toEqual(rows.map((r) => r.code));
    for (const r of rows) {
      const c = ontology.code(r.code);
      expect(c.label).toBe(r.label);
      expect(String(c.quadGdelt)).toBe(r.quad_gdelt);
      expect(String(c.quadStandard)).toBe(r.quad_std);
      if (r.goldstein_gdelt !== '') expect(c.goldsteinGdelt).toBe(Number(r.goldstein_gdelt));
      if (r.goldstein_icews !== '') expect(c.goldsteinIcews).toBe(Number(r.goldstein_icews));
    }
  });
});

describe('Goldstein scales', () => {
  it('gives the four codes where GDELT and ICEWS disagree, GDELT by default', () => {
    const expected: [string, number, number][] = [
      ['016', -2.0, -5.0],
      ['022', 3.2, 3.4],
      ['164', -7.0, -6.5],
      ['165', -6.5, -7.0],
    ];
    for (const [code, gdelt, icews] of expected) {
      expect(ontology.goldstein(code)).toBe(gdelt);
      expect(ontology.goldstein(code, 'gdelt')).toBe(gdelt);
      expect(ontology.goldstein(code, 'icews')).toBe(icews);
    }
    const disagreements = ontology
      .all()
      .filter((c) => c.goldsteinFrom.gdelt === c.code && c.goldsteinFrom.icews === c.code)
      .filter((c) => c.goldsteinGdelt !== c.goldsteinIcews)
      .map((c) => c.code);
    expect(disagreements).toEqual(['016', '022', '164', '165']);
  });

  it('falls back to the nearest ancestor on the same scale where a value is missing', () => {
    const rejectJudicial = ontology.code('1213');
    expect(rejectJudicial.goldsteinIcews).toBe(-4.0);
    expect(rejectJudicial.goldsteinFrom).toEqual({ gdelt: '121', icews: '1213' });
    expect(rejectJudicial.goldsteinGdelt).toBe(ontology.goldstein('121', 'gdelt'));

    const cyber = ontology.code('176');
    expect(cyber.goldsteinFrom).toEqual({ gdelt: '17', icews: '17' });
    expect(cyber.goldsteinGdelt).toBe(ontology.goldstein('17'));

    const drone = ontology.code('1952');
    expect(drone.goldsteinFrom.gdelt).toBe('195');
    expect(drone.goldsteinGdelt).toBe(ontology.goldstein('195'));
  });

  it('keeps every value within the Goldstein range', () => {
    for (const c of ontology.all()) {
      expect(Math.abs(c.goldsteinGdelt)).toBeLessThanOrEqual(10);
      expect(Math.abs(c.goldsteinIcews)).toBeLessThanOrEqual(10);
    }
  });
});

describe('QuadClass mappings', () => {
  it('puts root 09 in verbal conflict (standard) but material cooperation (GDELT)', () => {
    expect(ontology.quad('09')).toBe(3);
    expect(ontology.quad('09', 'standard')).toBe(3);
    expect(ontology.quad('09', 'gdelt')).toBe(2);
    expect(ontology.quad('091', 'gdelt')).toBe(ontology.quad('09', 'gdelt'));
  });

  it('puts root 14 in material conflict (standard) but verbal conflict (GDELT)', () => {
    expect(ontology.quad('14', 'standard')).toBe(4);
    expect(ontology.quad('14', 'gdelt')).toBe(3);
    expect(ontology.quad('1411', 'standard')).toBe(4);
  });

  it('agrees across mappings on every other root and gives children their root quad', () => {
    for (const root of ontology.roots()) {
      if (root.code === '09' || root.code === '14') continue;
      if (root.code === '10' || root.code === '11' || root.code === '12' || root.code === '13') {
        expect(root.quadGdelt).toBe(3);
      }
      expect(root.quadStandard).toBe(root.quadGdelt);
    }
    for (const c of ontology.all()) {
      expect(c.quadStandard).toBe(ontology.quad(c.root));
      expect(c.quadGdelt).toBe(ontology.quad(c.root, 'gdelt'));
    }
  });
});

describe('PLOVER crosswalk', () => {
  it('maps codes to type, mode and context', () => {
    expect(ontology.plover('0841')).toEqual({
      type: 'RETREAT',
      mode: 'release',
      context: 'legal',
      inferred: false,
    });
    expect(ontology.plover('04')?.type).toBe('CONSULT');
    expect(ontology.plover('1712')?.type).toBe('ASSAULT');
    expect(ontology.plover('176')).toMatchObject({ type: 'COERCE', inferred: true });
  });

  it('drops roots 01 and 02 and their children', () => {
    for (const c of ontology.all()) {
      if (c.root === '01' || c.root === '02') expect(c.plover).toBeNull();
      else expect(c.plover).not.toBeNull();
    }
  });

  it('uses only PLOVER types the PLOVER table defines', () => {
    const types = new Set(ontology.ploverTypes().map((t) => t.type));
    expect(types.size).toBe(16);
    for (const c of ontology.all()) if (c.plover) expect(types.has(c.plover.type)).toBe(true);
    expect(ontology.ploverType('SANCTION')?.quad).toBe(4);
    expect(ontology.ploverType('CONSULT')?.modes).toContain('visit');
  });
});

describe('unknown codes', () => {
  it('throws UnknownCodeError naming the code', () => {
    for (const call of [
      () => ontology.code('999'),
      () => ontology.goldstein('999'),
      () => ontology.quad('999', 'gdelt'),
      () => ontology.plover('999'),
    ]) {
      expect(call).toThrowError(UnknownCodeError);
      expect(call).toThrowError(/999/);
    }
    const error = (() => {
      try {
        ontology.code('1214');
      } catch (err) {
        return err as UnknownCodeError;
      }
    })();
    expect(error?.name).toBe('UnknownCodeError');
    expect(error?.code).toBe('1214');
    expect(ontology.has('1214')).toBe(false);
  });

  it('does not read a number-like code without its leading zero', () => {
    expect(() => ontology.code('57')).toThrowError(/"57"/);
    expect(ontology.code('057').root).toBe('05');
  });
});

describe('actor codes', () => {
  const actors = getActorCodes();

  it('knows roles, regions, generics and known groups', () => {
    expect(actors.isRole('GOV')).toBe(true);
    expect(actors.isRole('MIL')).toBe(true);
    expect(actors.isRegion('MEA')).toBe(true);
    expect(actors.isKnownGroup('NAT')).toBe(true);
    expect(actors.entries('known-group')).toHaveLength(115);
    expect(actors.entries('region')).toHaveLength(25);
    expect(actors.isCountry('IRN')).toBe(true);
    expect(actors.isCountry('KSV')).toBe(true);
  });

  it('accepts codes built from known blocks and rejects the rest', () => {
    for (const code of [
      'IRN',
      'IRNGOV',
      'RUSMIL',
      'USAGOVMIL',
      'IGOUNO',
      'IGOWSTNAT',
      'IGOEUREEC',
      'MEA',
      'NGOUSA',
    ]) {
      expect(isKnownActorCode(code)).toBe(true);
    }
    for (const code of ['', 'irngov', 'IRNG', 'XYZGOV', 'IRNXQZ', 'IRNGOVMILSPYCOPJUD', 'GOVIRN']) {
      expect(isKnownActorCode(code)).toBe(false);
    }
  });

  it('describes the blocks of a code', () => {
    expect(actors.describe('IGOWSTNAT')).toEqual([
      { block: 'IGO', kinds: ['international'] },
      { block: 'WST', kinds: ['region'] },
      { block: 'NAT', kinds: ['known-group'] },
    ]);
    expect(actors.describe('IRN-GOV')).toBeNull();
  });

  it('records the IGOs that have no code of their own', () => {
    expect(actors.lookup('SCO')[0]).toMatchObject({ kind: 'igo-without-code', exampleCode: 'IGOCAS' });
  });
});
