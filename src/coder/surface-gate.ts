/**
 * The gate before tagging. Tagging a sentence costs more than everything else the coder does to
 * one that yields no event, and over a third of the sentences that name an actor and hold a
 * trigger word still match no pattern: the trigger's pattern wants a word the sentence lacks
 * ("signed" without "agreement", "accord" or "deal"). This gate reads the words alone and says,
 * for each pattern index, whether some pattern of it could match: its trigger and a word of each
 * set it requires are there.
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

/**
 * @param indexes every pattern index the coder matches before knowing the sentence's words
 * @param irregular irregular past forms by base ("forgave" → "forgive")
 * @returns for each of `indexes`, whether a sentence's words could let some pattern of it match
 */
export function createSurfaceGate(
  indexes: readonly PatternIndex[],
  irregular: ReadonlyMap<string, string>,
): (text: string) => boolean[] {
  // a report repeats its vocabulary: what each word offers is worked out once, and again only
  // when a new pattern index numbers more sets
  const offerOfWord = new Map<string, WordOffer>();
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
  return (text: string): boolean[] => {
    if (offersVersion !== wordSetsVersion()) {
      offerOfWord.clear();
      offersVersion = wordSetsVersion();
      alwaysPresent = wordOffer(indexes, ALWAYS_PRESENT);
      negation = wordOffer(indexes, ['not']);
    }
    const offers: WordOffer[] = [alwaysPresent as WordOffer];
    if (NEGATED_CONTRACTION.test(text)) offers.push(negation as WordOffer);
    for (const w of text.toLowerCase().match(ANY_WORD) ?? []) {
      let offer = offerOfWord.get(w);
      if (offer === undefined) {
        offer = wordOffer(indexes, wordForms(w));
        if (offerOfWord.size >= OFFER_MEMO_LIMIT) offerOfWord.clear();
        offerOfWord.set(w, offer);
      }
      offers.push(offer);
    }
    return offeredMatches(offers, indexes.length);
  };
}
