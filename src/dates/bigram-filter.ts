/**
 * Which pairs of adjacent ASCII characters a text holds, marked in one pass, so that a gate can
 * rule out `lower.includes(word)` with a few array reads: a word one of whose pairs is absent
 * cannot occur. Most gate words are absent from most sentences, and a failed `includes` scans
 * the whole sentence each time.
 * @module
 */

const seen = new Uint32Array(128 * 128);
let generation = 0;

/** marks the text's pairs; returns the stamp that `mayContain` compares with */
export function markBigrams(text: string): number {
  generation = generation === 0xffffffff ? 1 : generation + 1;
  if (generation === 1) seen.fill(0);
  let previous = text.length > 0 ? text.charCodeAt(0) : 128;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (previous < 128 && c < 128) seen[previous * 128 + c] = generation;
    previous = c;
  }
  return generation;
}

/** the pair keys of a word that must all be present, or null when the filter cannot judge it */
export function bigramKeys(word: string): Uint32Array | null {
  if (word.length < 2) return null;
  const keys: number[] = [];
  for (let i = 1; i < word.length; i++) {
    const a = word.charCodeAt(i - 1);
    const b = word.charCodeAt(i);
    // a non-ASCII pair is never marked: judge the word by its ASCII pairs alone
    if (a < 128 && b < 128) keys.push(a * 128 + b);
  }
  return keys.length > 0 ? Uint32Array.from(keys) : null;
}

/** false only when the text marked with `stamp` (the latest marked) cannot contain the word */
export function mayContain(stamp: number, keys: Uint32Array | null): boolean {
  if (keys === null || stamp !== generation) return true;
  for (let i = 0; i < keys.length; i++) if (seen[keys[i]] !== stamp) return false;
  return true;
}
