/**
 * Runs the configured parsers and refiners over one text (usually a sentence) and returns
 * unresolved candidates in text order.
 * @module
 */

import { markBigrams } from './bigram-filter.js';
import type { Candidate, Parser, TextFeatures } from './candidate.js';
import { titleCaseTimeWords } from './capitalised-words.js';
import { type Configuration, defaultConfiguration } from './configuration.js';

const URL_LIKE = /\bhttps?:\/\/[^\s<>)\]]+|\bwww\.[^\s<>)\]]+/g;
const HAS_DIGIT = /\d/;
// capitalised month stems; a cheap literal test that gates every month parser
const HAS_MONTH = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

/** blanks URLs with spaces so their digits are not read as dates and offsets stay put */
function maskUrls(text: string): string {
  if (!text.includes('http') && !text.includes('www.')) return text;
  return text.replace(URL_LIKE, (u) => ' '.repeat(u.length));
}

export function scanCandidates(
  text: string,
  config: Configuration = defaultConfiguration,
  /** parsers of this document alone: the events it has dated so far */
  documentParsers: readonly Parser[] = [],
): Candidate[] {
  const masked = titleCaseTimeWords(maskUrls(text));
  const lower = masked.toLowerCase();
  const features: TextFeatures = {
    text: masked,
    lower,
    bigrams: markBigrams(lower),
    hasDigit: HAS_DIGIT.test(masked),
    hasMonth: HAS_MONTH.test(masked),
  };
  let candidates: Candidate[] = [];
  const run = (parsers: readonly Parser[]) => {
    for (const p of parsers) {
      if (p.accepts && !p.accepts(features)) continue;
      for (const c of p.parse(masked)) candidates.push(c);
    }
  };
  if (features.hasDigit) run(config.numericParsers);
  run(config.wordParsers);
  run(documentParsers);
  if (candidates.length === 0) return candidates;
  for (const r of config.refiners) candidates = r.refine(candidates, masked);
  // spans were found in the masked text; report them from the original
  for (const c of candidates) c.text = text.slice(c.start, c.end);
  return candidates;
}
