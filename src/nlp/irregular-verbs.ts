/**
 * Irregular past and participle forms (data/verbs/irregular-verbs.tsv) mapped to their base form.
 * The coder's gate decides before tagging whether a sentence could hold a trigger, from the words
 * alone; suffix stripping finds "condemned" → "condemn" but never "forgave" → "forgive", so the
 * gate asks this table for the forms suffixes cannot undo. The tagger asks it too: its lite model
 * leaves rarer forms ("retook", "overthrew") unlemmatised, or reads them as nouns.
 * @module
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../package-root.js';

let cached: Map<string, string> | null = null;

/** parses the table; a malformed line names the file and the line */
export function parseIrregularVerbs(text: string, name: string): Map<string, string> {
  const bases = new Map<string, string>();
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length !== 3 || cols.some((c) => !/^[a-z]+(,[a-z]+)*$/.test(c))) {
      throw new Error(`${name}:${i + 1}: expected "base<TAB>past<TAB>participle" in lower case`);
    }
    const [base, past, participle] = cols;
    for (const form of [...past.split(','), ...participle.split(',')]) {
      if (form !== base && !bases.has(form)) bases.set(form, base);
    }
  }
  return bases;
}

/** irregular form → base form ("forgave" → "forgive"), loaded once */
export function irregularBases(): Map<string, string> {
  if (!cached) {
    const path = dataPath('verbs', 'irregular-verbs.tsv');
    cached = parseIrregularVerbs(readFileSync(path, 'utf8'), 'data/verbs/irregular-verbs.tsv');
  }
  return cached;
}
