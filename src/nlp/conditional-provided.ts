/**
 * "…not to meet, provided Japan dropped its insistence": "provided" (or "providing") opening a
 * clause with its own subject and verb is a conjunction of condition, not the verb "provide",
 * whose object the tagger would otherwise hand to a pattern of giving.
 * @module
 */
import type { Token } from './tokens.js';

const SUBJECT_POS = new Set(['PROPN', 'DET', 'NOUN', 'PRON', 'ADJ', 'NUM']);
/** how many words a condition's subject may take before its verb */
const SUBJECT_WORDS = 5;

export function retagConditionalProvided(tokens: Token[]): Token[] {
  for (let k = 0; k < tokens.length - 2; k++) {
    const t = tokens[k];
    if (t.lower !== 'provided' && t.lower !== 'providing') continue;
    if (k > 0 && !/^[,;(—–-]$/.test(tokens[k - 1].text)) continue;
    let j = k + 1;
    if (tokens[j].lower === 'that') j++;
    const subjectStart = j;
    while (j < tokens.length && j - subjectStart < SUBJECT_WORDS && SUBJECT_POS.has(tokens[j].pos)) j++;
    if (j === subjectStart || j >= tokens.length) continue;
    if (tokens[j].pos !== 'VERB' && tokens[j].pos !== 'AUX') continue;
    t.pos = 'SCONJ';
  }
  return tokens;
}
