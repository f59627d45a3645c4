/**
 * Decades and their parts: "the 1990s" (1990/1999), "the early 2000s" (2000/2003),
 * "the mid-1980s", "the late '90s", "the dawn of the 1990s" (1990/1991), "the end of the 1970s".
 * @module
 */

import { isoYear } from '../calendar.js';
import { regexParser, stated } from '../candidate.js';
import type { TimeValue } from '../time-value.js';
import { makeValue } from '../time-value-ops.js';

const PARTS: Readonly<Record<string, [number, number]>> = {
  early: [0, 3],
  'beginning of the': [0, 3],
  'start of the': [0, 3],
  'dawn of the': [0, 1],
  'turn of the': [0, 1],
  'first half of the': [0, 4],
  mid: [4, 6],
  'middle of the': [4, 6],
  late: [7, 9],
  'end of the': [7, 9],
  'close of the': [7, 9],
  'second half of the': [5, 9],
};

export function decadeValue(first: number, part?: string): TimeValue {
  if (!part) return makeValue(isoYear(first), isoYear(first + 9), 'decade', 'exact');
  const [a, b] = PARTS[part];
  return makeValue(isoYear(first + a), isoYear(first + b), 'decade', 'approximate');
}

const PATTERN =
  /(?:\b(?:the|its|their|his|her)\s+)?(?:(early|mid|late|(?:beginning|start|dawn|turn|end|close|middle|first\s+half|second\s+half)\s+of\s+the)(?:\s*-\s*|\s+))?(?:(1[0-9]{2}0|20[0-9]0)|['’](\d0))['’]?s\b/gi;

export const decadeParser = regexParser('decade', PATTERN, (m, text) => {
  if (m.index > 0 && /[\w$#-]/.test(text[m.index - 1])) return null;
  // "twelve Mirage 2000s", "two Boeing 747s": a bare number after a capitalised name is a model
  if (
    !/^(?:the|its|their|his|her)\b/i.test(m[0]) &&
    !m[1] &&
    /\b[A-Z][\w-]*\s+$/.test(text.slice(Math.max(0, m.index - 30), m.index))
  )
    return null;
  let first: number;
  if (m[2]) first = Number(m[2]);
  else {
    const two = Number(m[3]);
    // "the '90s" is the twentieth century's; "the '00s"–"the '20s" are this one's
    first = two <= 20 ? 2000 + two : 1900 + two;
  }
  const part = m[1]?.toLowerCase().replace(/\s+/g, ' ');
  if (part && !PARTS[part]) return null;
  return stated('decade', decadeValue(first, part));
});
