/**
 * Years with an era: "332 BC", "44 BCE", "AD 800", "800 CE". Years are stored
 * astronomically as ISO 8601 does (1 BC is year 0000, 332 BC is -0331).
 * @module
 */
import { regexParser, stated } from '../candidate.js';
import { yearValue } from '../time-value-ops.js';

const PATTERN = /\b(?:(\d{1,4})\s?(B\.?C\.?E?\.?|BCE|A\.?D\.?|CE)|(?:A\.?D\.?)\s?(\d{1,4}))(?![\w])/g;

export const eraParser = regexParser('era', PATTERN, (m, text) => {
  if (m.index > 0 && /[\w$#.,-]/.test(text[m.index - 1])) return null;
  const digits = m[1] ?? m[3];
  const era = (m[2] ?? 'AD').replace(/\./g, '').toUpperCase();
  const n = Number(digits);
  if (n === 0) return null;
  const year = era.startsWith('B') ? 1 - n : n;
  return stated('year', yearValue(year));
});
