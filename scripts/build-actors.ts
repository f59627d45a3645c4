/**
 * Bootstraps data/actors/countries.jsonl from the world-countries package (names, official names,
 * demonyms, capitals) plus the facts below (metonyms, plurals, short forms the package lacks).
 * Run: npx tsx scripts/build-actors.ts [--force]. The output is then reviewed data: edit this
 * script's tables and re-run, or edit the file by hand and stop re-running.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Countries } from 'world-countries';

const countries = createRequire(import.meta.url)('world-countries') as Countries;
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'actors', 'countries.jsonl');

/** world-countries codes that CAMEO / Phoenix write differently */
const codeOverride: Record<string, string> = { UNK: 'KSV' };

const extraNames: Record<string, string[]> = {
  USA: ['United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'America'],
  GBR: ['Britain', 'Great Britain', 'UK', 'U.K.', 'England'],
  RUS: ['Russia', 'Russian Federation'],
  CHN: ['China', "People's Republic of China", 'PRC', 'mainland China'],
  IRN: ['Iran', 'Islamic Republic of Iran', 'the Islamic Republic', 'Persia'],
  TUR: ['Turkey', 'Türkiye', 'Turkiye', 'Republic of Turkey'],
  PRK: ['North Korea', 'DPRK'],
  KOR: ['South Korea', 'ROK'],
  ARE: ['UAE', 'U.A.E.', 'the Emirates'],
  SAU: ['Saudi Arabia', 'KSA'],
  COD: ['DRC', 'Democratic Republic of Congo'],
  SYR: ['Syria', 'Syrian Arab Republic'],
  MKD: ['Macedonia'],
  MMR: ['Burma'],
  NLD: ['Holland', 'the Netherlands'],
  CZE: ['Czech Republic'],
  SWZ: ['Swaziland'],
  CPV: ['Cabo Verde'],
  TLS: ['East Timor'],
  VAT: ['Holy See', 'the Vatican'],
  PSE: ['Palestinian territories', 'Palestinian Authority'],
  AFG: ['Islamic Emirate of Afghanistan'],
  KGZ: ['Kirghizia', 'Kyrgyz Republic'],
  MDA: ['Moldova'],
  BLR: ['Belarus', 'Byelorussia'],
  GMB: ['the Gambia'],
  BHS: ['the Bahamas'],
  PHL: ['the Philippines'],
  LAO: ['Laos'],
  VNM: ['Vietnam', 'Viet Nam'],
  CIV: ["Côte d'Ivoire", "Cote d'Ivoire", 'Ivory Coast'],
};

const extraDemonyms: Record<string, string[]> = {
  IRN: ['Persian'],
  KAZ: ['Kazakh'],
  UZB: ['Uzbek'],
  TJK: ['Tajik', 'Tajikistani'],
  KGZ: ['Kyrgyz'],
  AZE: ['Azeri'],
  SAU: ['Saudi'],
  GBR: ['English'],
  TUR: ['Turkic'],
  BIH: ['Bosnian'],
  PSE: ['Palestinian'],
  KOR: ['South Korean'],
  PRK: ['North Korean'],
  LAO: ['Lao'],
  USA: ['U.S.'],
  SVN: ['Slovenian'],
  SVK: ['Slovakian'],
  MKD: ['North Macedonian'],
  KSV: ['Kosovan'],
  BLR: ['Belarussian'],
  NPL: ['Nepali'],
  ARG: ['Argentinian'],
  BFA: ['Burkinabè'],
  GNQ: ['Equatoguinean'],
  GNB: ['Bissau-Guinean'],
  CPV: ['Cape Verdean', 'Cabo Verdean'],
  BWA: ['Botswanan'],
  TLS: ['Timorese', 'East Timorese'],
  LUX: ['Luxembourgish'],
  ISL: ['Icelandic'],
  SUR: ['Surinamese'],
  COM: ['Comorian'],
  MDV: ['Maldivian'],
};

/** plural forms the "-s" rule gets wrong */
const pluralOverride: Record<string, string[]> = {
  Turkish: ['Turks'],
  Polish: ['Poles'],
  Finnish: ['Finns'],
  Swedish: ['Swedes'],
  Danish: ['Danes'],
  Spanish: ['Spaniards', 'the Spanish'],
  British: ['the British', 'Britons', 'Brits'],
  French: ['the French', 'Frenchmen'],
  Dutch: ['the Dutch'],
  Irish: ['the Irish'],
  Swiss: ['the Swiss'],
  Chinese: ['the Chinese'],
  Japanese: ['the Japanese'],
  Lebanese: ['the Lebanese'],
  Sudanese: ['the Sudanese'],
  Vietnamese: ['the Vietnamese'],
  Kazakhstani: ['Kazakhstanis', 'Kazakhs'],
  Kazakh: ['Kazakhs'],
  Uzbekistani: ['Uzbekistanis', 'Uzbeks'],
  Uzbek: ['Uzbeks'],
  Tadzhik: ['Tajiks'],
  Tajik: ['Tajiks'],
  Kyrgyz: ['the Kyrgyz'],
  Kirghiz: ['the Kirghiz'],
  Turkmen: ['Turkmens', 'the Turkmen'],
  English: ['the English'],
  Azeri: ['Azeris'],
  Saudi: ['Saudis'],
  'Saudi Arabian': ['Saudi Arabians'],
  Thai: ['the Thai', 'Thais'],
  Emirati: ['Emiratis'],
};

/** seats of power and other words standing for the state; capitals come from world-countries */
const metonyms: Record<string, string[]> = {
  RUS: ['Kremlin', 'the Kremlin', 'Smolenskaya Square'],
  USA: ['Washington', 'the White House', 'White House', 'Foggy Bottom'],
  GBR: ['Whitehall', 'Downing Street', 'Number 10', 'No. 10'],
  FRA: ['the Élysée', 'Élysée', 'the Elysee', 'Elysee', "Quai d'Orsay", 'Élysée Palace', 'Elysee Palace'],
  CHN: ['Zhongnanhai', 'Peking'],
  // seats of government beside the constitutional capitals the package lists
  BOL: ['La Paz'],
  NLD: ['The Hague'],
  CIV: ['Abidjan'],
  BEN: ['Cotonou'],
  TZA: ['Dar es Salaam'],
  MYS: ['Putrajaya'],
  BDI: ['Bujumbura'],
  DEU: ['Bonn'],
  IND: ['Delhi'],
  UKR: ['Kiev', 'Kyiv'],
  KAZ: ['Almaty', 'Nur-Sultan', 'Akmola'],
  ISR: ['Tel Aviv'],
  TUR: ['Ankara'],
  TKM: ['Ashkhabad'],
  JPN: ['Kasumigaseki'],
  KWT: ['Kuwait City'],
  YEM: ["Sana'a", 'Sanaa'],
  CHE: ['Bern', 'Berne'],
};

/**
 * dependent territories coded under the state they belong to; Hong Kong, Macau, the Dutch
 * Caribbean countries, the Cook Islands, Niue and the British territories with a code of their own
 * in Phoenix (Bermuda, Cayman …) keep theirs, and Western Sahara is disputed
 */
const governedBy: Record<string, string> = {
  GIB: 'GBR',
  FLK: 'GBR',
  SGS: 'GBR',
  IOT: 'GBR',
  SHN: 'GBR',
  PCN: 'GBR',
  GGY: 'GBR',
  JEY: 'GBR',
  IMN: 'GBR',
  GRL: 'DNK',
  FRO: 'DNK',
  PRI: 'USA',
  GUM: 'USA',
  VIR: 'USA',
  ASM: 'USA',
  MNP: 'USA',
  UMI: 'USA',
  NCL: 'FRA',
  GLP: 'FRA',
  GUF: 'FRA',
  MTQ: 'FRA',
  MYT: 'FRA',
  REU: 'FRA',
  PYF: 'FRA',
  BLM: 'FRA',
  MAF: 'FRA',
  SPM: 'FRA',
  WLF: 'FRA',
  ATF: 'FRA',
  BVT: 'NOR',
  SJM: 'NOR',
  HMD: 'AUS',
  CCK: 'AUS',
  CXR: 'AUS',
  NFK: 'AUS',
  TKL: 'NZL',
  ALA: 'FIN',
  BES: 'NLD',
};

/** display names where the package's common name is not the usual English one */
const displayName: Record<string, string> = { TUR: 'Turkey', CZE: 'Czech Republic' };

/** names and capitals that are also common words or first names */
const guarded = new Set([
  'Jordan',
  'Chad',
  'Georgia',
  'Victoria',
  'Jersey',
  'Guernsey',
  'Kingston',
  'Georgetown',
  'Lima',
  'Santiago',
  'Praia',
]);

/** capitals that stand for something else here (Brussels → the EU) or are the country's own name */
const capitalSkip = new Set(['Brussels', 'Washington D.C.', 'Jerusalem', 'Ramallah']);

function pluralsOf(demonym: string): string[] {
  if (demonym.includes('.')) return [];
  if (pluralOverride[demonym]) return pluralOverride[demonym];
  if (/(ese|sh|ch|ss|i)$/.test(demonym) && !/(ani|i)$/.test(demonym)) return [`the ${demonym}`];
  return [`${demonym}s`];
}

/** other-language names that are English words or names: "Island" (Iceland), "Mann", "Reunion", "Dominique" */
const englishWords = new Set(['Island', 'Mann', 'Reunion', 'Dominique']);
const usable = (s: string) =>
  /^[\p{L} .'’-]+$/u.test(s) && !s.includes(',') && s.length > 3 && !englishWords.has(s);

const sovereignOf = (c: Countries[number]) =>
  c.independent || c.unMember || ['PSE', 'TWN', 'UNK'].includes(c.cca3);
// territories share demonyms with their state ("American" for Guam): the state keeps them
const sovereignDemonyms = new Set(
  countries
    .filter(sovereignOf)
    .flatMap((c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean) as string[]),
);

const lines: string[] = [];
for (const c of [...countries].sort((a, b) => a.cca3.localeCompare(b.cca3))) {
  const code = codeOverride[c.cca3] ?? c.cca3;
  const names = new Set<string>([
    displayName[c.cca3] ?? c.name.common,
    c.name.common,
    ...(extraNames[c.cca3] ?? []),
  ]);
  const aliases = new Set<string>([c.name.official, ...c.altSpellings.filter(usable)]);
  for (const n of names) aliases.delete(n);
  const demonyms = new Set<string>();
  const eng = c.demonyms?.eng;
  for (const d of [eng?.m, eng?.f, ...(extraDemonyms[c.cca3] ?? [])]) {
    if (!d) continue;
    for (const part of d.split(/,\s*/)) {
      if (!part || part.toLowerCase() === c.name.common.toLowerCase()) continue;
      if (!sovereignOf(c) && sovereignDemonyms.has(part)) continue;
      demonyms.add(part);
    }
  }
  const plurals = new Set<string>();
  for (const d of demonyms) for (const p of pluralsOf(d)) plurals.add(p);
  const mets = new Set<string>(metonyms[c.cca3] ?? []);
  const sovereign = sovereignOf(c);
  if (sovereign) {
    for (const cap of c.capital ?? []) {
      if (capitalSkip.has(cap) || names.has(cap) || cap === c.name.common) continue;
      mets.add(cap);
    }
  }
  // a dependent territory is its sovereign's ("GBRGIB"), as Phoenix and the analysts' gold code it
  const ruler = governedBy[c.cca3];
  const entry: Record<string, unknown> = {
    id: code.toLowerCase(),
    type: 'state',
    code: ruler ? `${ruler}${code}` : code,
    ...(ruler ? { country: ruler } : {}),
    names: [...names],
  };
  if (aliases.size) entry.aliases = [...aliases];
  if (mets.size) entry.metonyms = [...mets];
  if (demonyms.size) entry.demonyms = [...demonyms];
  if (plurals.size) entry.plurals = [...plurals];
  const g = [...names, ...mets].filter((n) => guarded.has(n));
  if (g.length) entry.guarded = g;
  if (!c.unMember)
    entry.note = sovereign
      ? 'not a UN member'
      : ruler
        ? `territory of ${ruler}: coded under its sovereign, as Phoenix does`
        : 'territory';
  lines.push(JSON.stringify(entry));
}

if (existsSync(out) && !process.argv.includes('--force')) {
  console.error(`${out} exists; pass --force to overwrite it`);
  process.exit(1);
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`wrote ${lines.length} countries to ${out}`);
