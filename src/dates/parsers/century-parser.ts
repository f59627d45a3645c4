/**
 * Centuries: "the 20th century" (1900/1999 by common usage), "the early nineteenth century",
 * "the turn of the century" is left alone (it needs to know which century).
 * @module
 */

import { isoYear } from '../calendar.js';
import { regexParser, stated } from '../candidate.js';
import { makeValue } from '../time-value-ops.js';

const ORDINALS: Readonly<Record<string, number>> = {
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
};

const PARTS: Readonly<Record<string, [number, number]>> = {
  early: [0, 32],
  mid: [33, 66],
  late: [67, 99],
  'first half of the': [0, 49],
  'second half of the': [50, 99],
  'turn of the': [0, 2],
  'dawn of the': [0, 2],
  'end of the': [90, 99],
};

const PATTERN =
  /\b(?:the\s+)?(?:(early|mid|late|(?:first|second)\s+half\s+of\s+the|turn\s+of\s+the|dawn\s+of\s+the|end\s+of\s+the)(?:\s*-\s*|\s+))?(1[1-9]th|2[01](?:st|th)|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\s+century\b/gi;

export const centuryParser = regexParser('century', PATTERN, (m) => {
  const ord = m[2].toLowerCase();
  const n = ORDINALS[ord] ?? Number.parseInt(ord, 10);
  const first = (n - 1) * 100;
  const part = m[1]?.toLowerCase().replace(/\s+/g, ' ');
  const [a, b] = part ? (PARTS[part] ?? [0, 99]) : [0, 99];
  return stated('century', makeValue(isoYear(first + a), isoYear(first + b), 'range', 'approximate'));
});
