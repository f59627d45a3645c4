/**
 * wink-nlp's sentence boundaries, computed on a condensed copy of the paragraph.
 *
 * Tokenising every word cost about half of reading a document. wink's boundary automaton only
 * reacts to some tokens: punctuation, abbreviations ending in a full stop, commas and dashes,
 * and a closed list of capitalised words that open sentences ("The", "However", "In"…).
 * Every other token sends the automaton back to its start state, whatever state it was in, so a
 * run of such tokens acts exactly like one of them. A run of plain words is therefore replaced by
 * one placeholder word before wink reads the text: the boundaries it finds are the same, on
 * fewer tokens. wink splits text into chunks at spaces and tokenises each chunk on its own, so
 * the chunks kept verbatim give the same tokens as in the full text. Whenever something falls
 * outside this reasoning (other whitespace, a token wink normalised, a boundary that would land
 * on the placeholder) the full paragraph is read instead.
 * @module
 */
import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import { SENTENCE_OPENERS } from './sentence-openers.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

let wink: WinkMethods | null = null;
function getWink(): WinkMethods {
  wink ??= winkNLP(model, ['sbd']);
  return wink;
}

// wink's tokeniser splits on these besides the plain space; texts holding them are read whole
const OTHER_SEPARATORS = /[\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f\n\r\t]/;
const PLACEHOLDER = 'x';

/**
 * true for a chunk whose every token the boundary automaton ignores: letters only or digits
 * only (wink keeps such a chunk as one token, or splits a contraction like "cannot" into exact
 * pieces), and not one of the words wink's model gives a sentence hint ("btw" counts in any case)
 */
export function isPlainWord(chunk: string): boolean {
  return isPlainChunk(chunk, 0, chunk.length);
}

// a scan of character codes rather than a regular expression on a slice: it runs on every word
function isPlainChunk(text: string, start: number, end: number): boolean {
  let letters = false;
  let digits = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) letters = true;
    else if (c >= 48 && c <= 57) digits = true;
    else return false;
  }
  if (letters && digits) return false;
  if (end - start === 3 && text.slice(start, end).toLowerCase() === 'btw') return false;
  const first = text.charCodeAt(start);
  return !(first >= 65 && first <= 90 && SENTENCE_OPENERS.has(text.slice(start, end)));
}

interface Condensed {
  text: string;
  /** for each chunk kept verbatim: its start in `text`, its end, and its start in the original */
  kept: number[];
}

function condense(text: string): Condensed | null {
  if (OTHER_SEPARATORS.test(text)) return null;
  let out = '';
  const kept: number[] = [];
  let inRun = false;
  let i = 0;
  while (i < text.length) {
    let start = i;
    while (start < text.length && text.charCodeAt(start) === 32) start++;
    if (start === text.length) {
      out += text.slice(i);
      break;
    }
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 32) end++;
    if (isPlainChunk(text, start, end)) {
      // spaces before a run are kept, those inside it go with the words
      if (!inRun) out += text.slice(i, start) + PLACEHOLDER;
      inRun = true;
    } else {
      out += text.slice(i, start);
      kept.push(out.length, out.length + end - start, start);
      out += text.slice(start, end);
      inRun = false;
    }
    i = end;
  }
  return { text: out, kept };
}

/**
 * sentence spans of `text` as wink finds them, contiguous and covering the whole text;
 * `condensing` off reads every word (tests compare the two)
 */
export function winkSpans(text: string, condensing = true): SentenceSpan[] {
  const condensed = condensing ? condense(text) : null;
  if (condensed && condensed.text.length < text.length) {
    const ends = winkEnds(condensed.text);
    if (ends && mapEnds(ends, condensed.kept)) return spansFromEnds(ends, text.length);
  }
  return spansFromEnds(winkEnds(text, true) ?? [], text.length);
}

/** maps sentence ends inside kept chunks back to the original text; false if one is not inside */
function mapEnds(ends: number[], kept: number[]): boolean {
  let k = 0;
  for (let e = 0; e < ends.length; e++) {
    while (k < kept.length && kept[k + 1] < ends[e]) k += 3;
    if (k >= kept.length || !(ends[e] > kept[k])) return false;
    ends[e] += kept[k + 2] - kept[k];
  }
  return true;
}

function spansFromEnds(ends: number[], length: number): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const end of ends) {
    spans.push({ start, end });
    start = end;
  }
  spans.push({ start, end: length });
  return spans;
}

/**
 * the end offsets of every sentence but the last. Token offsets are found by walking the text
 * past each token's preceding spaces. A token wink normalised (not found where the walk expects
 * it) is searched for further on when `resync` is set, and makes the result null otherwise; the
 * condensed text holds no whitespace but plain spaces, so there the walk simply skips them.
 */
function winkEnds(text: string, resync = false): number[] | null {
  const w = getWink();
  const doc = w.readDoc(text);
  const values = doc.tokens().out(w.its.value) as string[];
  if (values.length === 0) return [];
  const spaces = resync ? (doc.tokens().out(w.its.precedingSpaces) as string[]) : null;
  const tokenEnds = new Array<number>(values.length);
  let cursor = 0;
  for (let t = 0; t < values.length; t++) {
    if (spaces) cursor += spaces[t].length;
    else while (text.charCodeAt(cursor) === 32) cursor++;
    if (!text.startsWith(values[t], cursor)) {
      if (!resync) return null;
      const found = text.indexOf(values[t], cursor);
      if (found >= 0) cursor = found;
    }
    cursor += values[t].length;
    tokenEnds[t] = cursor;
  }
  const sentences = doc.sentences().out(w.its.span) as unknown as [number, number][];
  if (sentences.length === 0) return [];
  const ends = new Array<number>(sentences.length - 1);
  for (let s = 0; s < ends.length; s++) ends[s] = tokenEnds[sentences[s][1]];
  return ends;
}
