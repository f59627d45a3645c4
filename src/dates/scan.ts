/**
 * Runs the configured parsers and refiners over one text (usually a sentence) and returns
 * unresolved candidates in text order.
 * @module
 */
import type { Candidate } from './candidate.js';
import { type Configuration, defaultConfiguration } from './configuration.js';

const URL_LIKE = /\bhttps?:\/\/[^\s<>)\]]+|\bwww\.[^\s<>)\]]+/g;
const HAS_DIGIT = /\d/;
// every word parser needs one of these words; most sentences without them skip those parsers
const TIME_WORDS =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|later|earlier|after|afterwards?|before|on|prior|following|next|subsequent|succeeding|previous|preceding|same|that|very|then|time|point|moment|juncture|stage|meanwhile|meantime|today|today's|currently|now|present|presently|nowadays|these|date|recent|recently|lately|last|this|past|ago|decade|decades|years?|months?|weeks?|days?|century|spring|summer|autumn|fall|winter)\b/i;

/** blanks URLs with spaces so their digits are not read as dates and offsets stay put */
function maskUrls(text: string): string {
  if (!text.includes('http') && !text.includes('www.')) return text;
  return text.replace(URL_LIKE, (u) => ' '.repeat(u.length));
}

export function scanCandidates(text: string, config: Configuration = defaultConfiguration): Candidate[] {
  const masked = maskUrls(text);
  const hasDigit = HAS_DIGIT.test(masked);
  const hasWords = TIME_WORDS.test(masked);
  if (!hasDigit && !hasWords) return [];
  let candidates: Candidate[] = [];
  const seen = new Set<string>();
  const run = (parsers: readonly { id: string; parse(t: string): Candidate[] }[]) => {
    for (const p of parsers) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      for (const c of p.parse(masked)) candidates.push(c);
    }
  };
  if (hasDigit) run(config.numericParsers);
  if (hasWords) run(config.wordParsers);
  for (const r of config.refiners) candidates = r.refine(candidates, masked);
  // spans were found in the masked text; report them from the original
  for (const c of candidates) c.text = text.slice(c.start, c.end);
  return candidates;
}
