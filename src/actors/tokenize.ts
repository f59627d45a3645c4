/**
 * Splits text into the tokens actor phrases are matched on. Dictionary phrases go through the
 * same tokenizer, so "U.S." and "US", "al-Assad" and "Al Assad" meet on the same keys.
 * @module
 */

export type TokenKind = 'word' | 'hyphen' | 'poss' | 'punct';

export interface Token {
  start: number;
  end: number;
  /** lower-cased, accent-free, dot-free form used as the trie key */
  key: string;
  kind: TokenKind;
  /** first letter is upper case (or the token is a number) */
  cap: boolean;
  /** surface without dots, for exact-case acronym checks ("U.S." → "US") */
  bare: string;
}

// abbreviations written with dots (U.S., U.N., U.K.) come first so they stay one word
const tokenPattern =
  /((?:\p{L}\.){2,})|([\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*)|([-‐‑])|(\S)/guy;
const asciiWord = /^[a-z0-9]+$/;
const marks = /\p{M}+/gu;

export function normalizeKey(surface: string): string {
  const lower = surface.toLowerCase();
  if (asciiWord.test(lower)) return lower;
  return lower.normalize('NFD').replace(marks, '').replace(/’/g, "'").replace(/\./g, '');
}

function isUpperInitial(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return false;
  if (c >= 48 && c <= 57) return true;
  const ch = s[0];
  return ch !== ch.toLowerCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  // the sticky regex needs every character consumed, so whitespace is skipped by hand
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    const c = text.charCodeAt(pos);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || (c >= 0x2000 && c <= 0x200b)) {
      pos++;
      continue;
    }
    tokenPattern.lastIndex = pos;
    const m = tokenPattern.exec(text);
    if (!m) {
      pos++;
      continue;
    }
    const start = pos;
    pos = tokenPattern.lastIndex;
    if (m[1] !== undefined) {
      const bare = m[1].replace(/\./g, '');
      tokens.push({ start, end: pos, key: normalizeKey(bare), kind: 'word', cap: true, bare });
    } else if (m[2] !== undefined) {
      const word = m[2];
      // "Iran's" → Iran + 's; the possessive is its own token so phrases never include it
      const last = word.length - 2;
      if (last > 0 && (word[last] === "'" || word[last] === '’') && (word[last + 1] === 's' || word[last + 1] === 'S')) {
        const w = word.slice(0, last);
        tokens.push({ start, end: start + last, key: normalizeKey(w), kind: 'word', cap: isUpperInitial(w), bare: w });
        tokens.push({ start: start + last, end: pos, key: "'s", kind: 'poss', cap: false, bare: "'s" });
      } else {
        tokens.push({ start, end: pos, key: normalizeKey(word), kind: 'word', cap: isUpperInitial(word), bare: word });
      }
    } else if (m[3] !== undefined) {
      tokens.push({ start, end: pos, key: '-', kind: 'hyphen', cap: false, bare: '-' });
    } else {
      const ch = m[4];
      const prev = tokens[tokens.length - 1];
      // a plural possessive ("the Iranians'") is an apostrophe right after a word ending in s
      if ((ch === "'" || ch === '’') && prev && prev.kind === 'word' && prev.end === start && /s$/i.test(prev.bare)) {
        tokens.push({ start, end: pos, key: "'s", kind: 'poss', cap: false, bare: "'" });
      } else {
        tokens.push({ start, end: pos, key: ch, kind: 'punct', cap: false, bare: ch });
      }
    }
  }
  return tokens;
}
