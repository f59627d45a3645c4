/**
 * wink-nlp's sentence boundaries, computed on condensed copies of the paragraphs, all read at once.
 *
 * Tokenising every word cost about half of reading a document. wink's boundary automaton only
 * reacts to some tokens: punctuation, abbreviations ending in a full stop, commas and dashes,
 * and a closed list of capitalised words that open sentences ("The", "However", "In"…).
 * Every other token sends the automaton back to its start state, whatever state it was in, so a
 * run of such tokens acts exactly like one of them. A run of plain words is therefore replaced by
 * one placeholder word before wink reads the text: the boundaries it finds are the same, on
 * fewer tokens. wink splits text into chunks at spaces and tokenises each chunk on its own, so
 * the chunks kept verbatim give the same tokens as in the full text.
 *
 * The automaton has no transition on the end of the text either: it acts there as on any other
 * ignored token. So the condensed paragraphs of a document are joined by a tab (one ignored
 * token, after which the next paragraph's first token has no preceding space, as at the start
 * of a text) and read as one text, which saves wink's cost per call; each paragraph takes the
 * boundaries inside it but before its last token, exactly those it has when read alone.
 *
 * Whenever something falls outside this reasoning (other whitespace, a token wink normalised,
 * a boundary that would land on the placeholder) the paragraph is read alone and whole.
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
  /** for each stretch copied verbatim: its start in `text`, its end, and its start in the original */
  kept: number[];
}

function condense(text: string): Condensed | null {
  if (OTHER_SEPARATORS.test(text)) return null;
  let out = '';
  const kept: number[] = [];
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    kept.push(out.length, out.length + to - from, from);
    out += text.slice(from, to);
  };
  // the original is copied verbatim from here up to the next run of plain words
  let copyFrom = 0;
  // the end of the last plain word of the current run, -1 outside a run
  let runEnd = -1;
  let start = 0;
  while (start < text.length) {
    if (text.charCodeAt(start) === 32) {
      start++;
      continue;
    }
    let end = text.indexOf(' ', start);
    if (end < 0) end = text.length;
    if (isPlainChunk(text, start, end)) {
      // spaces before a run are kept, those inside it go with the words
      if (runEnd < 0) {
        copy(copyFrom, start);
        out += PLACEHOLDER;
      }
      runEnd = end;
    } else if (runEnd >= 0) {
      copyFrom = runEnd;
      runEnd = -1;
    }
    start = end;
  }
  copy(runEnd < 0 ? copyFrom : runEnd, text.length);
  return { text: out, kept };
}

/**
 * sentence spans of each text as wink finds them, contiguous and covering the whole text;
 * `condensing` off reads every text alone and whole (tests compare the two)
 */
export function winkSpans(texts: readonly string[], condensing = true): SentenceSpan[][] {
  const spans: SentenceSpan[][] = new Array(texts.length);
  const batch: { index: number; condensed: Condensed; offset: number; lastTokenEnd: number }[] = [];
  let joined = '';
  for (let i = 0; i < texts.length; i++) {
    const condensed = condensing ? condense(texts[i]) : null;
    const lastTokenEnd = condensed ? endOfLastToken(condensed.text) : 0;
    if (!condensed || lastTokenEnd === 0) {
      spans[i] = wholeSpans(texts[i]);
      continue;
    }
    if (batch.length > 0) joined += PARAGRAPH_JOINT;
    batch.push({ index: i, condensed, offset: joined.length, lastTokenEnd });
    joined += condensed.text;
  }
  if (batch.length === 0) return spans;
  const ends = winkSentenceEnds(joined, false);
  let e = 0;
  for (const { index, condensed, offset, lastTokenEnd } of batch) {
    let own: number[] | null = null;
    if (ends) {
      own = [];
      while (e < ends.length && ends[e] <= offset) e++;
      for (; e < ends.length && ends[e] < offset + lastTokenEnd; e++) own.push(ends[e] - offset);
    } else {
      // a token the walk could not place: read each paragraph alone, condensed still
      own = winkSentenceEnds(condensed.text, false);
      own?.pop();
    }
    spans[index] =
      own && mapEnds(own, condensed.kept)
        ? spansFromEnds(own, texts[index].length)
        : wholeSpans(texts[index]);
  }
  return spans;
}

// wink's tokeniser makes a token of a tab, and the boundary automaton ignores it
const PARAGRAPH_JOINT = '\t';

function endOfLastToken(text: string): number {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  return end;
}

function wholeSpans(text: string): SentenceSpan[] {
  const ends = winkSentenceEnds(text, true) ?? [];
  ends.pop();
  return spansFromEnds(ends, text.length);
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
 * the end offset of every sentence wink finds. Token offsets are found by walking the text past
 * each token's preceding spaces. A token wink normalised (not found where the walk expects it)
 * is searched for further on when `resync` is set, and makes the result null otherwise; the
 * condensed texts hold no whitespace but plain spaces and joints, so there the walk skips spaces.
 */
function winkSentenceEnds(text: string, resync: boolean): number[] | null {
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
  return sentences.map((s) => tokenEnds[s[1]]);
}
