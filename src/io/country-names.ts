/**
 * Country names as ICEWS writes them ("Russian Federation", "Occupied Palestinian Territory") to
 * the ISO 3166 alpha-3 codes CAMEO uses for states, via world-countries.
 * @module
 */
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';

/** names world-countries does not list in any spelling, and CAMEO's own choices */
const EXTRA_NAMES: Record<string, string> = {
  'occupied palestinian territory': 'PSE',
  'democratic republic of congo': 'COD',
  'congo, the democratic republic of the': 'COD',
  congo: 'COG',
  'moldova, republic of': 'MDA',
  'the former yugoslav republic of macedonia': 'MKD',
  macedonia: 'MKD',
  swaziland: 'SWZ',
  "cote d'ivoire": 'CIV',
  'holy see': 'VAT',
  'korea, republic of': 'KOR',
  "korea, democratic people's republic of": 'PRK',
  'iran, islamic republic of': 'IRN',
  'syrian arab republic': 'SYR',
  'tanzania, united republic of': 'TZA',
  'venezuela, bolivarian republic of': 'VEN',
  'bolivia, plurinational state of': 'BOL',
  "lao people's democratic republic": 'LAO',
  'viet nam': 'VNM',
  burma: 'MMR',
  // CAMEO and the Phoenix dictionaries code Kosovo KSV; world-countries uses the user-assigned UNK
  kosovo: 'KSV',
  turkey: 'TUR',
  'serbia and montenegro': 'SCG',
  yugoslavia: 'YUG',
  'soviet union': 'SUN',
};

let table: Map<string, string> | null = null;

function normalise(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
}

function buildTable(): Map<string, string> {
  const countries = createRequire(import.meta.url)('world-countries') as Countries;
  const map = new Map<string, string>();
  for (const c of countries) {
    const code = c.cca3 === 'UNK' ? 'KSV' : c.cca3;
    for (const n of [c.name.common, c.name.official, ...c.altSpellings])
      if (n.length > 3) map.set(normalise(n), code);
  }
  for (const [name, code] of Object.entries(EXTRA_NAMES)) map.set(name, code);
  return map;
}

/** the alpha-3 code of a country name, or null when the name is not a country we know */
export function countryCode(name: string): string | null {
  table ??= buildTable();
  return table.get(normalise(name)) ?? null;
}
