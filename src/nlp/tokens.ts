/**
 * Tokens, lemmas and part-of-speech tags for one piece of text.
 *
 * Library choice (measured on our own test sentences, one core, Node 20): wink-nlp with
 * wink-eng-lite-web-model tagged and lemmatised ~7,700 sentences/s; compromise ~340 sentences/s.
 * Both tagged our event sentences' verbs and nouns correctly in the cases that matter here
 * ("signed/VERB a defence pact/NOUN", "was/AUX welcomed/VERB by/ADP"), but only wink gives
 * lemmas for every token and universal POS tags, and it is twenty times faster, so the coder
 * uses wink. Offsets are recovered by aligning token values with the text, because wink
 * reports only the whitespace before a token.
 *
 * The lite model splits words at letters it does not know ("Erdoğan" became "Erdo ğ an", and the
 * verb after it a noun), so wink reads an ASCII stand-in of the text with one character for each
 * character; tokens keep the original spelling and offsets.
 * @module
 */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

export interface Token {
  i: number;
  text: string;
  lower: string;
  lemma: string;
  /** universal POS tag: NOUN, PROPN, VERB, AUX, ADJ, ADV, ADP, DET, PRON, PART, CCONJ, SCONJ, NUM, PUNCT, SYM, X */
  pos: string;
  start: number;
  end: number;
}

type Wink = ReturnType<typeof winkNLP>;
let wink: Wink | null = null;

function engine(): Wink {
  // the model takes ~100 ms to load, so load it on first use rather than at import. Only the
  // POS pipe runs: its tags and lemmas do not depend on sentence boundaries, entities, negation or
  // sentiment, and skipping those pipes nearly halves the time per sentence
  wink ??= winkNLP(model, ['pos']);
  return wink;
}

/**
 * Final lemmas by tag, then token value. Wink lemmatises on every request, which costs as much as
 * tagging; a report's vocabulary is small, so nearly every lookup hits. A non-contracted token's
 * lemma depends only on its value and tag; contractions ("n't", "'s") are looked up each time.
 * Keyed in two steps: a key joined from value and tag cost more to build and hash than the lookup.
 */
const lemmaCache = new Map<string, Map<string, string>>();
let lemmaCacheSize = 0;
const LEMMA_CACHE_LIMIT = 100_000;

/** irregular or mis-lemmatised forms that our patterns depend on */
const LEMMA_FIXES = new Map<string, string>(
  Object.entries({
    pulled: 'pull',
    backed: 'back',
    led: 'lead',
    penned: 'pen',
    inked: 'ink',
    sought: 'seek',
    fought: 'fight',
    met: 'meet',
    sent: 'send',
    gave: 'give',
    came: 'come',
    went: 'go',
    held: 'hold',
    struck: 'strike',
    told: 'tell',
    paid: 'pay',
    // "Baghdad summons the ambassador": the lite model keeps the noun's lemma for the verb
    summons: 'summon',
    russians: 'russian',
  }),
);

/** letters whose decomposition has no ASCII base */
const ASCII_STAND_INS = new Map<string, string>(
  Object.entries({
    ı: 'i',
    İ: 'I',
    ł: 'l',
    Ł: 'L',
    đ: 'd',
    Đ: 'D',
    ø: 'o',
    Ø: 'O',
    ß: 's',
    æ: 'a',
    Æ: 'A',
    œ: 'o',
    Œ: 'O',
    þ: 't',
    Þ: 'T',
    ð: 'd',
    Ð: 'D',
    ħ: 'h',
    Ħ: 'H',
  }),
);
const NON_ASCII = /[\u0080-\uffff]/;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const COMBINING = /\p{M}/gu;

/** one stand-in per UTF-16 unit, so offsets into the stand-in are offsets into the text */
function asciiStandIn(ch: string): string {
  if (!LETTER_OR_MARK.test(ch)) return ch;
  const fixed = ASCII_STAND_INS.get(ch);
  if (fixed !== undefined) return fixed;
  const base = ch.normalize('NFD').replace(COMBINING, '');
  if (base.length === 1 && base.charCodeAt(0) < 128) return base;
  // scripts without an ASCII base (Cyrillic, Arabic, combining marks) still read as part of a word
  return ch.toLowerCase() === ch ? 'x' : 'X';
}

function forTagging(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    out += ch.charCodeAt(0) < 128 ? ch : asciiStandIn(ch);
  }
  return out;
}

const ORDINAL_NUMERAL = /^\d+(?:st|nd|rd|th)$/i;
const ACRONYM = /^[A-Z]{2,}\d*$/;

export function tokenize(text: string, offset = 0): Token[] {
  const nlp = engine();
  const tagged = forTagging(text);
  const doc = nlp.readDoc(tagged);
  const its = nlp.its;
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const pos = all.out(its.pos) as string[];
  const contracted = all.out(its.contractionFlag) as unknown as boolean[];
  const tokens: Token[] = new Array(values.length);
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    const standIn = values[k];
    let at = tagged.startsWith(standIn, cursor) ? cursor : tagged.indexOf(standIn, cursor);
    if (at < 0 || at - cursor > 40) at = cursor; // defensive: wink never rewrites values, but never stall
    // a stand-in has the length of its original, so the slice is the token as written
    const value = tagged === text ? standIn : text.slice(at, at + standIn.length);
    const rewritten = value !== standIn;
    const lower = value.toLowerCase();
    // "the 32nd member": the lite model reads a numeral ordinal as a pronoun
    let tag = pos[k] === 'PRON' && ORDINAL_NUMERAL.test(value) ? 'ADJ' : (pos[k] ?? 'X');
    // "the New START treaty": an acronym amid ordinary words is a name, not a verb; a headline all
    // in capitals keeps its verbs
    if (
      tag === 'VERB' &&
      ACRONYM.test(value) &&
      !ACRONYM.test(values[k - 1] ?? '') &&
      !ACRONYM.test(values[k + 1] ?? '')
    )
      tag = 'PROPN';
    let lemma: string | undefined;
    const byValue = contracted[k] ? null : lemmaCache.get(tag);
    if (byValue) lemma = byValue.get(value);
    if (lemma === undefined) {
      // a rewritten word is nearly always a name, whose lemma is itself in its own spelling; the
      // lite model ships lemmas, but the typings declare the helper with a narrower signature
      const raw = rewritten
        ? lower
        : (all.itemAt(k).out(its.lemma as never) as unknown as string | undefined);
      lemma = LEMMA_FIXES.get(lower) ?? (raw ?? lower).toLowerCase();
      if (!contracted[k]) {
        if (lemmaCacheSize >= LEMMA_CACHE_LIMIT) {
          lemmaCache.clear();
          lemmaCacheSize = 0;
        }
        let values = lemmaCache.get(tag);
        if (!values) {
          values = new Map();
          lemmaCache.set(tag, values);
        }
        values.set(value, lemma);
        lemmaCacheSize++;
      }
    }
    tokens[k] = {
      i: k,
      text: value,
      lower,
      lemma,
      pos: tag,
      start: at + offset,
      end: at + value.length + offset,
    };
    cursor = at + standIn.length;
  }
  return tokens;
}
