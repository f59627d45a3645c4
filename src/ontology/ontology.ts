/**
 * The CAMEO event ontology: every code with its label, place in the tree, Goldstein value on
 * both published scales, QuadClass under both mappings and the PLOVER crosswalk.
 *
 * Goldstein fallback: five codes have no published value on either scale (155, 176, 1834, 1951,
 * 1952; CAMEO 1.1b3 only) and 1213 has no GDELT value. Such a code takes the value of its nearest
 * ancestor on the same scale (a refinement inherits the intensity of the act it refines), and
 * `goldsteinFrom` names the code the value came from.
 * @module
 */
import { readOntologyTsv } from './data-files.js';
import { UnknownCodeError } from './unknown-code-error.js';

export type Quad = 1 | 2 | 3 | 4;
export type GoldsteinScale = 'gdelt' | 'icews';
/** "standard": 01-05→1, 06-08→2, 09-13→3, 14-20→4 (ICEWS, PLOVER); "gdelt": 06-09→2, 10-14→3, 15-20→4 */
export type QuadMapping = 'standard' | 'gdelt';

export interface PloverMapping {
  /** PLOVER event type, e.g. "CONSULT" */
  type: string;
  mode: string | null;
  /** PLOVER context; where the crosswalk lists several they are joined with "+" (e.g. "legal+military") */
  context: string | null;
  /** true when the 2021 crosswalk lacks the code and the mapping was inferred from its root */
  inferred: boolean;
}

export interface CameoCode {
  /** string with leading zeros: "01", "057", "0211" */
  code: string;
  label: string;
  /** the root for three-digit codes, the three-digit base for four-digit ones, null for roots */
  parent: string | null;
  root: string;
  /** 1 = root, 2 = three-digit, 3 = four-digit */
  level: 1 | 2 | 3;
  goldsteinGdelt: number;
  goldsteinIcews: number;
  /** the code each Goldstein value was taken from: itself, or the ancestor it fell back to */
  goldsteinFrom: { gdelt: string; icews: string };
  quadStandard: Quad;
  quadGdelt: Quad;
  /** null where PLOVER drops the code (roots 01 and 02) */
  plover: PloverMapping | null;
  /** which code lists contain it */
  listedIn: { cameo: boolean; gdelt: boolean; icews: boolean };
}

export interface PloverTypeInfo {
  type: string;
  quad: Quad;
  requiresRecipient: boolean;
  score: number | null;
  modes: string[];
}

export class Ontology {
  private readonly codes: ReadonlyMap<string, CameoCode>;
  private readonly ploverTypeMap: ReadonlyMap<string, PloverTypeInfo>;
  private readonly contextNames: readonly string[];

  constructor(codes: CameoCode[], ploverTypes: PloverTypeInfo[], ploverContexts: string[]) {
    this.codes = new Map(codes.map((c) => [c.code, c]));
    this.ploverTypeMap = new Map(ploverTypes.map((p) => [p.type, p]));
    this.contextNames = ploverContexts;
  }

  has(code: string): boolean {
    return this.codes.has(code);
  }

  /** @throws UnknownCodeError */
  code(code: string): CameoCode {
    const found = this.codes.get(code);
    if (!found) throw new UnknownCodeError(code);
    return found;
  }

  label(code: string): string {
    return this.code(code).label;
  }

  /** GDELT's scale is the default; it differs from ICEWS on 016, 022, 164 and 165 */
  goldstein(code: string, scale: GoldsteinScale = 'gdelt'): number {
    const c = this.code(code);
    return scale === 'icews' ? c.goldsteinIcews : c.goldsteinGdelt;
  }

  quad(code: string, mapping: QuadMapping = 'standard'): Quad {
    const c = this.code(code);
    return mapping === 'gdelt' ? c.quadGdelt : c.quadStandard;
  }

  plover(code: string): PloverMapping | null {
    return this.code(code).plover;
  }

  /** every code in tree order (root, its three-digit codes, each followed by its four-digit codes) */
  all(): CameoCode[] {
    return [...this.codes.values()];
  }

  roots(): CameoCode[] {
    return this.all().filter((c) => c.level === 1);
  }

  children(code: string): CameoCode[] {
    this.code(code);
    return this.all().filter((c) => c.parent === code);
  }

  /** PLOVER event types (AGREE … ASSAULT) with their quad and modes; null for an unknown name */
  ploverType(type: string): PloverTypeInfo | null {
    return this.ploverTypeMap.get(type) ?? null;
  }

  ploverTypes(): PloverTypeInfo[] {
    return [...this.ploverTypeMap.values()];
  }

  /** PLOVER contexts (shared by every type) */
  ploverContexts(): string[] {
    return [...this.contextNames];
  }
}

function parseQuad(value: string, where: string): Quad {
  const n = Number(value);
  if (n === 1 || n === 2 || n === 3 || n === 4) return n;
  throw new Error(`${where}: quad ${JSON.stringify(value)} is not 1-4`);
}

function parseOptionalNumber(value: string): number | null {
  return value === '' ? null : Number(value);
}

export function loadOntology(): Ontology {
  const rows = readOntologyTsv('cameo-codes.tsv');
  const raw = new Map(rows.map((r) => [r.code, r]));

  const resolveGoldstein = (
    code: string,
    column: 'goldstein_gdelt' | 'goldstein_icews',
  ): [number, string] => {
    for (let at: string | undefined = code; at; at = raw.get(at)?.parent) {
      const value = parseOptionalNumber(raw.get(at)?.[column] ?? '');
      if (value !== null) return [value, at];
    }
    throw new Error(`cameo-codes.tsv: ${code} and its ancestors have no ${column}`);
  };

  const codes = rows.map((r): CameoCode => {
    const where = `cameo-codes.tsv: ${r.code}`;
    const level = Number(r.level);
    if (level !== 1 && level !== 2 && level !== 3) throw new Error(`${where}: level ${r.level}`);
    const [gdelt, gdeltFrom] = resolveGoldstein(r.code, 'goldstein_gdelt');
    const [icews, icewsFrom] = resolveGoldstein(r.code, 'goldstein_icews');
    return {
      code: r.code,
      label: r.label,
      parent: r.parent === '' ? null : r.parent,
      root: r.root,
      level,
      goldsteinGdelt: gdelt,
      goldsteinIcews: icews,
      goldsteinFrom: { gdelt: gdeltFrom, icews: icewsFrom },
      quadStandard: parseQuad(r.quad_std, where),
      quadGdelt: parseQuad(r.quad_gdelt, where),
      plover:
        r.plover_type === ''
          ? null
          : {
              type: r.plover_type,
              mode: r.plover_mode || null,
              context: r.plover_context || null,
              inferred: r.plover_inferred === 'Y',
            },
      listedIn: { cameo: r.in_cameo === 'Y', gdelt: r.in_gdelt !== 'N', icews: r.in_icews === 'Y' },
    };
  });

  const ploverRows = readOntologyTsv('plover-types.tsv');
  const ploverTypes = new Map<string, PloverTypeInfo>();
  for (const r of ploverRows) {
    if (r.record === 'event_type') {
      ploverTypes.set(r.plover_type, {
        type: r.plover_type,
        quad: parseQuad(r.quad, `plover-types.tsv: ${r.plover_type}`),
        requiresRecipient: r.requires_recipient === 'Y',
        score: parseOptionalNumber(r.score),
        modes: [],
      });
    }
  }
  for (const r of ploverRows) {
    if (r.record === 'mode') ploverTypes.get(r.plover_type)?.modes.push(r.name);
  }
  const contexts = ploverRows.filter((r) => r.record === 'context').map((r) => r.name);
  return new Ontology(codes, [...ploverTypes.values()], contexts);
}

let shared: Ontology | null = null;

/** the ontology from data/ontology, loaded once */
export function getOntology(): Ontology {
  shared ??= loadOntology();
  return shared;
}
