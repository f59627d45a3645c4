/**
 * Sentence boundaries in analytical prose.
 *
 * Base segmentation is wink-nlp's (lite English model, `sbd` pipe only). Measured on our hard
 * cases it kept "Vice President Al Gore", "Dr.", "U.S.", "U.N.", "Jan. 5", "No. 1737", "St.",
 * initials, "$36.5 billion" and quotes ending in `."` / `.”` correctly, where compromise joined
 * sentences after closing quotes and split "No. 1737"; wink also runs ~1.3 MB/s against
 * compromise's much slower full tagging. The rules below fix what wink still gets wrong:
 * splits after title abbreviations and initials, before lower-case continuations, and inside
 * quotations that span a full stop.
 * @module
 */

import { type SentenceSpan, winkSpans } from './wink-sentences.js';

export type { SentenceSpan };

// abbreviations that do not end a sentence when a capitalised word follows ("Gen. Gerasimov", "No. 2")
const NEVER_FINAL =
  /(?:^|[\s(“"'‘])(?:Mr|Mrs|Ms|Mme|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Brig|Sen|Rep|Gov|Pres|Amb|Rev|Hon|Sr|Jr|St|Mt|Ft|No|Nos|Vol|Vols|Art|Arts|Sec|Ch|pp?|para|fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|cf|approx|ca|viz|e\.g|i\.e|Op|Ref|Res)\.$/;
const INITIAL = /(?:^|[\s(])\p{Lu}\.$/u;
const CONTINUES = /^[\p{Ll},;:)\]–—]/u;

/** sentence spans of one paragraph (no blank lines inside), offsets into `text`, trimmed */
export function segmentParagraph(text: string): SentenceSpan[] {
  return segmentParagraphs([text])[0];
}

/** segmentParagraph for many paragraphs at once: wink reads them together, which is faster */
export function segmentParagraphs(texts: readonly string[]): SentenceSpan[][] {
  const prose = texts.filter((t) => t.trim() !== '');
  const winkSpansOf = winkSpans(prose);
  let next = 0;
  return texts.map((text) => {
    if (text.trim() === '') return [];
    const spans = mergeFalseSplits(text, winkSpansOf[next++]);
    return spans.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
  });
}

/** splits any text into paragraphs at blank lines, then into sentences; offsets into `text` */
export function segmentText(text: string): { start: number; end: number; text: string; paragraph: number }[] {
  const out: { start: number; end: number; text: string; paragraph: number }[] = [];
  const paragraph = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  const paragraphs = [...text.matchAll(paragraph)];
  const spans = segmentParagraphs(paragraphs.map((p) => p[0]));
  for (const [i, p] of paragraphs.entries()) {
    for (const s of spans[i]) {
      const start = p.index + s.start;
      const end = p.index + s.end;
      out.push({ start, end, text: text.slice(start, end), paragraph: i });
    }
  }
  return out;
}

function mergeFalseSplits(text: string, spans: SentenceSpan[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const next = spans[i];
    const prev = out[out.length - 1];
    if (prev) {
      const prevText = text.slice(prev.start, prev.end).trimEnd();
      const nextText = text.slice(next.start, next.end).trimStart();
      if (
        NEVER_FINAL.test(prevText) ||
        INITIAL.test(prevText) ||
        CONTINUES.test(nextText) ||
        openQuoteClosesSoon(text, prev, spans, i)
      ) {
        prev.end = next.end;
        continue;
      }
    }
    out.push({ ...next });
  }
  return out;
}

/** true when `prev` leaves a quotation open that one of the next three sentences closes */
function openQuoteClosesSoon(text: string, prev: SentenceSpan, spans: SentenceSpan[], i: number): boolean {
  const inside = text.slice(prev.start, prev.end);
  const curlyOpen = count(inside, '“') - count(inside, '”');
  const straightOpen = count(inside, '"') % 2 === 1;
  if (curlyOpen <= 0 && !straightOpen) return false;
  for (let k = i; k < Math.min(spans.length, i + 3); k++) {
    const later = text.slice(spans[k].start, spans[k].end);
    if ((curlyOpen > 0 && later.includes('”')) || (straightOpen && later.includes('"'))) return true;
  }
  return false;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

function trimSpan(text: string, s: SentenceSpan): SentenceSpan {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
