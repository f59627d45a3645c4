/**
 * The gate before tagging. Tagging a sentence costs more than everything else the coder does to
 * one that yields no event, and over a third of the sentences that name an actor and hold a
 * trigger word still match no pattern: the trigger's pattern wants a word the sentence lacks
 * ("signed" without "agreement", "accord" or "deal"). This gate reads the words alone and says,
 * for each pattern index, whether some pattern of it could match: its trigger and a word of each
 * set it requires are there. A sentence without a trigger word is turned away first.
 * It may say yes where the matcher later finds nothing, but must never say no where the matcher
 * would find something, so every word stands for each lemma the tagger could give it.
 * @module
 */
import { offeredMatches, type PatternIndex, type WordOffer, wordOffer, wordSetsVersion } from './match.js';

/** words as the tagger may split them: letters and digits, joined by hyphens or apostrophes */
const ANY_WORD = /[\p{L}\p{N}]+(?:['’\-–][\p{L}\p{N}]+)*/gu;
const WORD_JOINERS = /['’\-–]/;
/** punctuation some patterns require: taken as present rather than looked for */
const ALWAYS_PRESENT = [',', '-', '–'];
const NEGATED_CONTRACTION = /n['’]t\b|\bcannot\b/i;
/** lemmas of the auxiliaries, which suffix stripping cannot find */
const AUXILIARY_LEMMAS = new Map<string, string>([
  ['is', 'be'],
  ['are', 'be'],
  ['was', 'be'],
  ['were', 'be'],
  ['been', 'be'],
  ['being', 'be'],
  ['am', 'be'],
  ['has', 'have'],
  ['had', 'have'],
  ['having', 'have'],
  ['does', 'do'],
  ['did', 'do'],
  ['done', 'do'],
]);
const BE_IN_PLACE = /\b(?:was|were|been|is|are)\s+in\s+[A-Z]/;
const OFFER_MEMO_LIMIT = 100_000;

/** inflected forms reduced to what a pattern may list: the word and every base a suffix may hide */
export function gateForms(word: string): string[] {
  const out = [word];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ied')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('ed')) out.push(word.slice(0, -2), word.slice(0, -1), word.slice(0, -3));
  if (word.endsWith('ing')) out.push(word.slice(0, -3), `${word.slice(0, -3)}e`, word.slice(0, -4));
  return out;
}

/** a word of the gate's: its trigger verdict and what it offers the patterns */
interface WordReading {
  triggers: boolean;
  offer: WordOffer;
}

const isLowerLetter = (c: number) => c >= 97 && c <= 122;

/**
 * @param indexes every pattern index the coder matches before knowing the sentence's words
 * @param irregular irregular past forms by base ("forgave" → "forgive")
 * @param triggerWords the words that trigger some pattern
 * @returns null for a sentence with no trigger word; else for each of `indexes`, whether its words
 * could let some pattern of it match
 */
export function createSurfaceGate(
  indexes: readonly PatternIndex[],
  irregular: ReadonlyMap<string, string>,
  triggerWords: ReadonlySet<string>,
): (text: string) => boolean[] | null {
  // a report repeats its vocabulary: what each word offers is worked out once, and again only
  // when a new pattern index numbers more sets
  const readingOfWord = new Map<string, WordReading>();
  let offersVersion = -1;
  let alwaysPresent: WordOffer | null = null;
  let negation: WordOffer | null = null;
  const wordForms = (word: string): string[] => {
    const out = new Set<string>();
    const parts = word.split(WORD_JOINERS);
    // "anti-dumping", "d'affaires": the tagger may keep the compound whole or split it
    for (const x of parts.length > 1 ? [word, ...parts] : parts) {
      for (const f of gateForms(x)) out.add(f);
      const base = irregular.get(x) ?? AUXILIARY_LEMMAS.get(x);
      if (base) out.add(base);
    }
    return [...out];
  };
  const isTrigger = (w: string) =>
    gateForms(w).some((f) => triggerWords.has(f)) || triggerWords.has(irregular.get(w) ?? '');
  // the trigger is looked for in runs of a–z, two at most joined by a hyphen: "re-imposed" but not
  // "Minsk's" or "2021-style"
  const holdsTrigger = (word: string): boolean => {
    const n = word.length;
    for (let i = 0; i < n; ) {
      if (!isLowerLetter(word.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && isLowerLetter(word.charCodeAt(j))) j++;
      if (j + 1 < n && word.charCodeAt(j) === 45 && isLowerLetter(word.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isLowerLetter(word.charCodeAt(j))) j++;
      }
      if (isTrigger(word.slice(i, j))) return true;
      i = j;
    }
    return false;
  };
  return (text: string): boolean[] | null => {
    if (offersVersion !== wordSetsVersion()) {
      readingOfWord.clear();
      offersVersion = wordSetsVersion();
      alwaysPresent = wordOffer(indexes, ALWAYS_PRESENT);
      negation = wordOffer(indexes, ['not']);
    }
    // "was in Tehran": the only pattern whose trigger is a form of "be"
    let triggered = BE_IN_PLACE.test(text);
    const offers: WordOffer[] = [alwaysPresent as WordOffer];
    if (NEGATED_CONTRACTION.test(text)) offers.push(negation as WordOffer);
    for (const w of text.toLowerCase().match(ANY_WORD) ?? []) {
      let reading = readingOfWord.get(w);
      if (reading === undefined) {
        reading = { triggers: holdsTrigger(w), offer: wordOffer(indexes, wordForms(w)) };
        if (readingOfWord.size >= OFFER_MEMO_LIMIT) readingOfWord.clear();
        readingOfWord.set(w, reading);
      }
      if (reading.triggers) triggered = true;
      offers.push(reading.offer);
    }
    return triggered ? offeredMatches(offers, indexes.length) : null;
  };
}
