/**
 * The three-letter blocks CAMEO actor codes are built from (roles, regions, international
 * generics, known groups), from data/ontology/actor-codes.tsv, plus ISO 3166 alpha-3 country codes
 * from world-countries. A full code is a sequence of blocks, general before specific:
 * country or international generic first (IRN, IGO), then roles, regions and organisations
 * (IRNGOV, IGOWSTNAT).
 * @module
 */
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { readOntologyTsv } from './data-files.js';

export type ActorCodeKind =
  | 'role'
  | 'international'
  | 'organization'
  | 'plover-entity'
  | 'region'
  | 'country'
  | 'known-group'
  | 'igo-without-code';

export interface ActorCodeEntry {
  kind: ActorCodeKind;
  code: string;
  label: string;
  /** for roles: primary, secondary, tertiary, party or plover_only */
  roleLevel: string | null;
  /** a full code using it, e.g. IRNGOV for GOV, IGOWSTNAT for NAT */
  exampleCode: string | null;
  listedIn: { gdelt: boolean; cameo: boolean; plover: boolean };
}

export interface ActorCodeBlock {
  block: string;
  /** kinds this block is known as (a block may be several, e.g. PSE is a country and a known group) */
  kinds: ActorCodeKind[];
}

/** TABARI's limit: at most five blocks */
const maxBlocks = 5;

export class ActorCodes {
  private readonly byCode = new Map<string, ActorCodeEntry[]>();
  private readonly countryCodes: ReadonlySet<string>;

  constructor(entries: ActorCodeEntry[], isoCountries: Iterable<string>) {
    for (const entry of entries) {
      const list = this.byCode.get(entry.code) ?? [];
      list.push(entry);
      this.byCode.set(entry.code, list);
    }
    this.countryCodes = new Set([
      ...isoCountries,
      ...entries.filter((e) => e.kind === 'country').map((e) => e.code),
    ]);
  }

  /** every entry for a three-letter block (or an igo-without-code name such as "SCO") */
  lookup(block: string): ActorCodeEntry[] {
    return this.byCode.get(block) ?? [];
  }

  entries(kind?: ActorCodeKind): ActorCodeEntry[] {
    const all = [...this.byCode.values()].flat();
    return kind ? all.filter((e) => e.kind === kind) : all;
  }

  isCountry(block: string): boolean {
    return this.countryCodes.has(block);
  }

  isRole(block: string): boolean {
    return this.hasKind(block, 'role');
  }

  isRegion(block: string): boolean {
    return this.hasKind(block, 'region');
  }

  isKnownGroup(block: string): boolean {
    return this.hasKind(block, 'known-group');
  }

  /** splits a full code into its blocks and says what each is known as; null if not 3-letter blocks */
  describe(code: string): ActorCodeBlock[] | null {
    if (!/^(?:[A-Z]{3}){1,5}$/.test(code)) return null;
    const blocks: ActorCodeBlock[] = [];
    for (let i = 0; i < code.length; i += 3) {
      const block = code.slice(i, i + 3);
      const kinds = new Set<ActorCodeKind>(
        this.lookup(block)
          .map((e) => e.kind)
          .filter((k) => k !== 'igo-without-code' && k !== 'plover-entity'),
      );
      if (this.countryCodes.has(block)) kinds.add('country');
      blocks.push({ block, kinds: [...kinds] });
    }
    return blocks;
  }

  /**
   * True when the code is one to five three-letter blocks, the first a country, region or
   * international generic, and every later block a known role, region, country, organisation or
   * known group. Codes with sub-state region, religion or ethnic blocks (TURSOE, IMGMUSALQ) are
   * valid CAMEO but not covered by these tables, so they return false: use `describe` to see why.
   */
  isKnownActorCode(code: string): boolean {
    const blocks = this.describe(code);
    if (!blocks || blocks.length > maxBlocks) return false;
    const [first, ...rest] = blocks;
    const firstOk = first.kinds.some((k) => k === 'country' || k === 'region' || k === 'international');
    return firstOk && rest.every((b) => b.kinds.length > 0);
  }

  private hasKind(block: string, kind: ActorCodeKind): boolean {
    return this.lookup(block).some((e) => e.kind === kind);
  }
}

export function loadActorCodes(): ActorCodes {
  const entries = readOntologyTsv('actor-codes.tsv').map(
    (r): ActorCodeEntry => ({
      kind: r.kind as ActorCodeKind,
      code: r.code,
      label: r.label,
      roleLevel: r.role_level || null,
      exampleCode: r.example_code || null,
      listedIn: { gdelt: r.in_gdelt === 'Y', cameo: r.in_cameo === 'Y', plover: r.in_plover === 'Y' },
    }),
  );
  // world-countries is CommonJS whose typings declare an ES default export; require sidesteps the mismatch
  const countries = createRequire(import.meta.url)('world-countries') as Countries;
  return new ActorCodes(
    entries,
    countries.map((c) => c.cca3),
  );
}

let shared: ActorCodes | null = null;

/** the actor-code tables, loaded once */
export function getActorCodes(): ActorCodes {
  shared ??= loadActorCodes();
  return shared;
}

/** shorthand for getActorCodes().isKnownActorCode(code) */
export function isKnownActorCode(code: string): boolean {
  return getActorCodes().isKnownActorCode(code);
}
