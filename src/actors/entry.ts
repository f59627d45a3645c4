/**
 * The in-memory form every dictionary (ours or PETRARCH's) is read into.
 * @module
 */
import type { ActorType, MatchHow } from './mention.js';

/** a code held for a period; `from` inclusive, `to` exclusive (day numbers), open where absent */
export interface Role {
  code: string;
  from?: number;
  to?: number;
  title?: string;
  /** root the role belongs to when the code alone does not say (IGO codes) */
  country?: string;
}

export interface ActorEntry {
  id: string;
  name: string;
  type: ActorType;
  /** undated code; persons have none and fall back to their country */
  code: string | null;
  /** root for the scorer: ISO3, or the IGO / region code */
  country: string;
  /** tried in order; the first holding at the date wins (PETRARCH's rule) */
  roles: Role[];
  source: string;
  /** the name is PETRARCH's upper-case phrase, title-cased when first shown */
  upperName?: boolean;
}

/** a generic role noun ("troops", "foreign minister") that adds a sector to a country */
export interface AgentEntry {
  id: string;
  /** CAMEO sector block(s) appended to the country code, e.g. MIL, GOV, LEG */
  sector: string;
  /** PETRARCH `XXX~` agents prefix their block instead */
  prefix: boolean;
  type: ActorType;
  /** may stand before a person's name: "President Putin", "Foreign Minister Lavrov" */
  title: boolean;
  source: string;
}

export type PhraseKind = 'entry' | 'agent' | 'head' | 'block' | 'discard';

/** what a dictionary phrase points to */
export interface PhraseTarget {
  kind: PhraseKind;
  /** index into the entries or agents array */
  index: number;
  how: MatchHow;
  plural: boolean;
  /** per token: 0 any case, 1 capitalised, 2 exact (acronyms) */
  caseRule: number[];
  /** surfaces to compare for exact tokens; null when no token is exact */
  exact: (string | null)[] | null;
  /** a common word or first name as well: refuse when a capitalised word touches it */
  guarded: boolean;
  /** a surname that is also a common word ("May"): only after a title ("Prime Minister May") */
  titleOnly: boolean;
  /** for discards: true voids the whole story */
  story?: boolean;
}

/** roots of codes that are not countries: the whole code is the root */
const internationalHeads = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'NGM', 'INT', 'UIS']);

export function rootOfCode(code: string): string {
  const head = code.slice(0, 3);
  return internationalHeads.has(head) ? code : head;
}
