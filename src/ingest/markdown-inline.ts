/**
 * Markdown inline markup → cleaned text. Emphasis, code, escapes, entities and tags are
 * dropped; links keep their text and become link citations; every common endnote marker form
 * (`<sup>3</sup>`, `[3]`, `[^3]`, `^3`, `³`) is lifted out of the text and recorded.
 *
 * Written here rather than taken from a CommonMark library because what we need is the plain
 * text with exact positions of markers and links, which a parser's tree would still have to be
 * walked and re-flattened for, and because marker forms such as `^3` and `³` are not markdown.
 * @module
 */
import { decodeEntityAt } from './html-entities.js';
import { InlineBuilder } from './inline-builder.js';
import { isSuperscriptDigit, noteKeysIn, superscriptValue } from './note-keys.js';
import type { InlineText } from './raw-block.js';

const SPECIAL = /[\\`<&![^*_~⁰¹²³⁴⁵⁶⁷⁸⁹]/g;
const PUNCT = /[!-/:-@[-`{-~]/;
const AUTOLINK = /^<((?:https?|ftp|mailto):[^\s<>]+)>/i;
const TAG = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?\/?>/;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

interface Opener {
  ch: string;
  length: number;
  offset: number;
}

export function parseMarkdownInline(src: string, refs: ReadonlyMap<string, string> = new Map()): InlineText {
  const out = new InlineBuilder();
  parseInto(src, refs, out);
  return out.finish();
}

function parseInto(src: string, refs: ReadonlyMap<string, string>, out: InlineBuilder): void {
  const openers: Opener[] = [];
  let i = 0;
  while (i < src.length) {
    SPECIAL.lastIndex = i;
    const hit = SPECIAL.exec(src);
    const next = hit ? hit.index : src.length;
    if (next > i) out.append(src.slice(i, next));
    if (!hit) break;
    i = next;
    const ch = src[i];
    const consumed = special(src, i, ch, refs, out, openers);
    if (consumed > 0) i += consumed;
    else {
      out.append(ch);
      i += 1;
    }
  }
}

/** handles the special character at i; returns how many source characters it used, 0 for a literal */
function special(
  src: string,
  i: number,
  ch: string,
  refs: ReadonlyMap<string, string>,
  out: InlineBuilder,
  openers: Opener[],
): number {
  switch (ch) {
    case '\\': {
      const nextCh = src[i + 1];
      if (nextCh === '\n') {
        out.space();
        return 2;
      }
      if (nextCh !== undefined && PUNCT.test(nextCh)) {
        out.append(nextCh);
        return 2;
      }
      return 0;
    }
    case '`':
      return codeSpan(src, i, out);
    case '<':
      return angle(src, i, refs, out);
    case '&': {
      const entity = decodeEntityAt(src, i);
      if (!entity) return 0;
      out.append(entity.value);
      return entity.length;
    }
    case '!':
      return src[i + 1] === '[' ? image(src, i) : 0;
    case '[':
      return bracket(src, i, refs, out);
    case '^': {
      const m = /^\^(\d{1,3})\^?/.exec(src.slice(i, i + 7));
      if (!m || i === 0 || /\s/.test(src[i - 1])) return 0;
      out.marker(String(Number(m[1])));
      return m[0].length;
    }
    case '*':
    case '_':
    case '~':
      return delimiter(src, i, ch, out, openers);
    default: {
      if (!isSuperscriptDigit(ch)) return 0;
      let j = i;
      while (j < src.length && isSuperscriptDigit(src[j])) j++;
      out.marker(superscriptValue(src.slice(i, j)));
      return j - i;
    }
  }
}

function codeSpan(src: string, i: number, out: InlineBuilder): number {
  let n = 0;
  while (src[i + n] === '`') n++;
  const fence = '`'.repeat(n);
  const close = src.indexOf(fence, i + n);
  if (close < 0) {
    out.append(fence);
    return n;
  }
  out.append(src.slice(i + n, close).trim());
  return close + n - i;
}

function angle(src: string, i: number, refs: ReadonlyMap<string, string>, out: InlineBuilder): number {
  if (src.startsWith('<!--', i)) {
    const close = src.indexOf('-->', i + 4);
    return (close < 0 ? src.length : close + 3) - i;
  }
  const rest = src.slice(i, i + 2000);
  const auto = AUTOLINK.exec(rest);
  if (auto) {
    const start = out.length;
    out.append(auto[1]);
    out.link(start, auto[1]);
    return auto[0].length;
  }
  const tag = TAG.exec(rest);
  if (!tag) return 0;
  const name = tag[1].toLowerCase();
  const isClose = tag[0][1] === '/';
  if (!isClose && (name === 'sup' || name === 'a')) {
    const closeAt = lowerCased(src).indexOf(`</${name}>`, i + tag[0].length);
    if (closeAt >= 0) {
      const inner = src.slice(i + tag[0].length, closeAt);
      const used = closeAt + name.length + 3 - i;
      const innerPlain = inner.replace(/<[^>]*>/g, '');
      const keys = noteKeysIn(innerPlain);
      const href = HREF.exec(tag[0]);
      const url = href ? (href[1] ?? href[2] ?? href[3] ?? '') : '';
      if (keys && (name === 'sup' || url.startsWith('#'))) {
        for (const key of keys) out.marker(key);
        return used;
      }
      if (name === 'a' && url && !url.startsWith('#')) {
        const start = out.length;
        parseInto(inner, refs, out);
        out.link(start, url);
        return used;
      }
    }
  }
  if (name === 'br' || name === 'p' || name === 'div' || name === 'li') out.space();
  return tag[0].length;
}

// a paragraph full of <sup> markers would otherwise be lower-cased once per marker
let lastSource = '';
let lastLowerCased = '';
function lowerCased(src: string): string {
  if (src !== lastSource) {
    lastSource = src;
    lastLowerCased = src.toLowerCase();
  }
  return lastLowerCased;
}

function image(src: string, i: number): number {
  const label = matchBracket(src, i + 1);
  if (label < 0) return 0;
  if (src[label + 1] === '(') {
    const close = matchParen(src, label + 1);
    if (close >= 0) return close + 1 - i;
  }
  return label + 1 - i;
}

function bracket(src: string, i: number, refs: ReadonlyMap<string, string>, out: InlineBuilder): number {
  const close = matchBracket(src, i);
  if (close < 0) return 0;
  const inner = src.slice(i + 1, close);
  const after = src[close + 1];
  if (inner.startsWith('^') && /^\^[^\s\]]+$/.test(inner)) {
    out.marker(footnoteKey(inner.slice(1)));
    return close + 1 - i;
  }
  if (after === '(') {
    const end = matchParen(src, close + 1);
    if (end >= 0) {
      const target = src.slice(close + 2, end).trim();
      const url = target.replace(/^<([^>]*)>.*$/, '$1').split(/\s+/)[0] ?? '';
      emitLink(inner, url, refs, out);
      return end + 1 - i;
    }
  }
  if (after === '[') {
    const refClose = src.indexOf(']', close + 2);
    if (refClose >= 0) {
      const label = src.slice(close + 2, refClose) || inner;
      const url = refs.get(normalizeLabel(label));
      if (url !== undefined) {
        emitLink(inner, url, refs, out);
        return refClose + 1 - i;
      }
    }
  }
  const keys = noteKeysIn(inner);
  if (keys && !inner.includes('–') && !inner.includes('-')) {
    for (const key of keys) out.marker(key);
    return close + 1 - i;
  }
  const refUrl = refs.get(normalizeLabel(inner));
  if (refUrl !== undefined) {
    emitLink(inner, refUrl, refs, out);
    return close + 1 - i;
  }
  return 0;
}

function emitLink(label: string, url: string, refs: ReadonlyMap<string, string>, out: InlineBuilder): void {
  const start = out.length;
  parseInto(label, refs, out);
  if (url && !url.startsWith('#')) out.link(start, url);
}

function delimiter(src: string, i: number, ch: string, out: InlineBuilder, openers: Opener[]): number {
  let n = 0;
  while (src[i + n] === ch) n++;
  if (ch === '~' && n < 2) return 0;
  const before = i > 0 ? src[i - 1] : ' ';
  const after = i + n < src.length ? src[i + n] : ' ';
  const leftFlanking = !/\s/.test(after);
  const rightFlanking = !/\s/.test(before);
  // snake_case and URLs keep their underscores
  if (ch === '_' && /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) return 0;
  if (rightFlanking) {
    for (let k = openers.length - 1; k >= 0; k--) {
      if (openers[k].ch === ch) {
        out.emphasize(openers[k].offset);
        openers.length = k;
        return n;
      }
    }
  }
  if (leftFlanking) {
    openers.push({ ch, length: n, offset: out.length });
    return n;
  }
  return 0;
}

export function footnoteKey(label: string): string {
  return /^\d+$/.test(label) ? String(Number(label)) : label;
}

export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** index of the `]` closing the `[` at i, allowing nesting and escapes; -1 if none */
function matchBracket(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length && j < i + 4000; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth === 0) return j;
    }
  }
  return -1;
}

function matchParen(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length && j < i + 4000; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return j;
    } else if (c === '\n' && src[j + 1] === '\n') return -1;
  }
  return -1;
}
