/**
 * Reads the note numbers a marker stands for: "3", "[3]", "3,4", "3–5".
 * @module
 */

const MARKER_CONTENT = /^\s*\[?\s*(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\s*\]?\s*$/;
// a range wider than this is more likely a span of years or pages than a run of notes
const MAX_RANGE = 20;

export function noteKeysIn(content: string): string[] | null {
  const m = MARKER_CONTENT.exec(content);
  if (!m) return null;
  const keys: string[] = [];
  for (const part of m[1].split(/\s*,\s*/)) {
    const range = /^(\d+)\s*[–-]\s*(\d+)$/.exec(part);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (to < from || to - from > MAX_RANGE) return null;
      for (let n = from; n <= to; n++) keys.push(String(n));
    } else keys.push(String(Number(part)));
  }
  return keys;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function isSuperscriptDigit(ch: string): boolean {
  return SUPERSCRIPT_DIGITS.includes(ch);
}

export function superscriptValue(s: string): string {
  let out = '';
  for (const ch of s) out += String(SUPERSCRIPT_DIGITS.indexOf(ch));
  return String(Number(out));
}
