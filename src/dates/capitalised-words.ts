/**
 * Datelines, chronology stamps and headlines write times in capitals ("JUNE 5 -", "LATE JULY -",
 * "APRIL 2, 2018 -"). The parsers read capitalised month names ("June"), so the time words of such
 * a run are given an initial capital only, letter for letter, and offsets stay put.
 * @module
 */

const TIME_WORDS = new Set(
  [
    'january february march april may june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
    'monday tuesday wednesday thursday friday saturday sunday',
    'early late mid middle end beginning start spring summer autumn fall winter of the',
  ]
    .join(' ')
    .split(' '),
);
const CAPITALS_RUN = /[A-Z]{3}/;
const CAPITAL_WORD = /\b[A-Z]{2,}\b/g;

export function titleCaseTimeWords(text: string): string {
  if (!CAPITALS_RUN.test(text)) return text;
  return text.replace(CAPITAL_WORD, (w) => {
    const lower = w.toLowerCase();
    return TIME_WORDS.has(lower) ? w[0] + lower.slice(1) : w;
  });
}
