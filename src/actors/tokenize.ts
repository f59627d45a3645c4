/**
 * Splits text into the tokens actor phrases are matched on. Dictionary phrases go through the
 * same tokenizer, so "U.S." and "US", "al-Assad" and "Al Assad" meet on the same keys.
 * A hand-written scanner: it runs on every sentence and on every dictionary phrase, and a
 * Unicode-property regex costs several times more.
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

const marks = /\p{M}+/gu;
const letterOrDigit = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (
    c === 0x2019 ||
    c === 0x2018 ||
    c === 0x2010 ||
    c === 0x2011 ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0xa0
  )
    return false;
  if (c >= 0x2000 && c <= 0x206f) return false;
  return letterOrDigit.test(text[i]);
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000
  );
}

export function normalizeKey(surface: string): string {
  let ascii = true;
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    if (c >= 128 || c === 46) {
      ascii = false;
      break;
    }
  }
  const lower = surface.toLowerCase();
  if (ascii) return lower;
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

function wordToken(text: string, start: number, end: number): Token {
  const w = text.slice(start, end);
  return { start, end, key: normalizeKey(w), kind: 'word', cap: isUpperInitial(w), bare: w };
}

function asciiWordToken(text: string, start: number, end: number, first: number): Token {
  const w = text.slice(start, end);
  const cap = (first >= 65 && first <= 90) || (first >= 48 && first <= 57);
  return { start, end, key: w.toLowerCase(), kind: 'word', cap, bare: w };
}

/** tokens of the text; `limit` stops after that many (the first word of a phrase is enough to file it) */
export function tokenize(text: string, limit = Number.POSITIVE_INFINITY): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && tokens.length < limit) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isWordChar(c, text, i)) {
      // abbreviations written with dots stay one word: U.S., U.N., U.K.
      let a = i;
      let letters = 0;
      while (a + 1 < n && isWordChar(text.charCodeAt(a), text, a) && text.charCodeAt(a + 1) === 46) {
        a += 2;
        letters++;
        if (a >= n || !isWordChar(text.charCodeAt(a), text, a)) break;
        if (a + 1 < n && isWordChar(text.charCodeAt(a + 1), text, a + 1)) break;
      }
      if (letters >= 2) {
        const bare = text.slice(i, a).replace(/\./g, '');
        tokens.push({ start: i, end: a, key: normalizeKey(bare), kind: 'word', cap: true, bare });
        i = a;
        continue;
      }
      let j = i + 1;
      // a plain-ASCII word's key is just its lower case: no second scan in normalizeKey
      let ascii = c < 128;
      for (;;) {
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d < 128) {
            if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57))) break;
          } else {
            if (!isWordChar(d, text, j)) break;
            ascii = false;
          }
          j++;
        }
        // an apostrophe inside a word (Ya'alon, Qa'ida) keeps it whole; "'s" at the end is the possessive
        if (
          j + 1 < n &&
          isApostrophe(text.charCodeAt(j)) &&
          isWordChar(text.charCodeAt(j + 1), text, j + 1)
        ) {
          const s = text.charCodeAt(j + 1);
          const afterS = j + 2 < n ? text.charCodeAt(j + 2) : 32;
          if ((s === 115 || s === 83) && !isWordChar(afterS, text, j + 2)) break;
          if (text.charCodeAt(j) >= 128 || s >= 128) ascii = false;
          j += 2;
          continue;
        }
        break;
      }
      tokens.push(ascii ? asciiWordToken(text, i, j, c) : wordToken(text, i, j));
      i = j;
      if (i + 1 < n && isApostrophe(text.charCodeAt(i))) {
        const s = text.charCodeAt(i + 1);
        if (s === 115 || s === 83) {
          tokens.push({ start: i, end: i + 2, key: "'s", kind: 'poss', cap: false, bare: "'s" });
          i += 2;
          continue;
        }
      }
      // a plural possessive ("the Iranians'") is an apostrophe right after a word ending in s
      if (
        i < n &&
        isApostrophe(text.charCodeAt(i)) &&
        (text.charCodeAt(i - 1) === 115 || text.charCodeAt(i - 1) === 83)
      ) {
        tokens.push({ start: i, end: i + 1, key: "'s", kind: 'poss', cap: false, bare: "'" });
        i++;
      }
      continue;
    }
    if (isHyphen(c)) {
      tokens.push({ start: i, end: i + 1, key: '-', kind: 'hyphen', cap: false, bare: '-' });
      i++;
      continue;
    }
    // a surrogate pair is one character
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    const ch = text.slice(i, i + len);
    tokens.push({ start: i, end: i + len, key: ch, kind: 'punct', cap: false, bare: ch });
    i += len;
  }
  return tokens;
}
