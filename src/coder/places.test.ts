import { describe, expect, it } from 'vitest';
import { defaultPlaces, gazetteerMentions, parsePlaces, placeMayBeTarget } from './places.js';

const index = parsePlaces(
  [
    '# test gazetteer',
    'Khost\tAFG\tprovince',
    'North Kivu\tCOD\tprovince',
    'North\tUSA\ttown',
    'Goma\tCOD\tcity',
  ].join('\n'),
  'test.tsv',
);

describe('parsePlaces', () => {
  it('names the file and line of a malformed entry', () => {
    expect(() => parsePlaces('Khost\tAFG', 'places.tsv')).toThrow('places.tsv:1:');
    expect(() => parsePlaces('Khost\tafg\tprovince', 'places.tsv')).toThrow('places.tsv:1:');
    expect(() => parsePlaces('Khost\tAFG\tplanet', 'places.tsv')).toThrow('places.tsv:1:');
  });
});

describe('gazetteerMentions', () => {
  it('takes the longest name, whole words only, and leaves what is found already', () => {
    const got = gazetteerMentions(
      "Jets struck camps in Khost and in North Kivu near Goma's airport; Gomangi was spared.",
      [],
      index,
    );
    expect(got.map((m) => [m.text, m.code])).toEqual([
      ['Khost', 'AFG'],
      ['North Kivu', 'COD'],
      ['Goma', 'COD'],
    ]);
    const goma = got[2];
    expect(gazetteerMentions("near Goma's airport", [{ ...goma, start: 5, end: 9 }], index)).toEqual([]);
  });
  it('is a target of force and deployments only', () => {
    expect(placeMayBeTarget('190')).toBe(true);
    expect(placeMayBeTarget('074')).toBe(true);
    expect(placeMayBeTarget('040')).toBe(false);
    expect(placeMayBeTarget('111')).toBe(false);
  });
});

describe("the project's gazetteer", () => {
  it('parses, and holds places under the state that administers them', () => {
    const index = defaultPlaces();
    const code = (text: string) => gazetteerMentions(text, [], index)[0]?.code;
    expect(code('near Crete')).toBe('GRC');
    expect(code('in Khost')).toBe('AFG');
    expect(code('in Goma')).toBe('COD');
  });
  it('adds the generated towns, and leaves out names that point to two states or are words', () => {
    const index = defaultPlaces();
    const code = (text: string) => gazetteerMentions(text, [], index)[0]?.code;
    // from data/places/cities.tsv, which places.tsv does not hold
    expect(code('jets bombed Bukoba')).toBe('TZA');
    expect(code('troops took Masaka')).toBe('UGA');
    // a town in two states, an English word, a section of a city
    expect(code('near Victoria')).toBeUndefined();
    expect(code('the Police said')).toBeUndefined();
    expect(code('closed Salwa')).toBeUndefined();
  });
  it('keeps the reviewed entry of a name that a later file repeats', () => {
    const merged = parsePlaces(
      'Goma\tRWA\tcity\nBukavu\tCOD\tcity',
      'later.tsv',
      parsePlaces('Goma\tCOD\tcity', 'first.tsv'),
    );
    expect(gazetteerMentions('in Goma and Bukavu', [], merged).map((m) => m.code)).toEqual(['COD', 'COD']);
  });
});
