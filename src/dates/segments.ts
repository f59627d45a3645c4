/**
 * A light clause split for choosing which time governs an event: commas, semicolons,
 * colons, dashes and brackets cut a sentence into segments. A segment that holds nothing
 * but a time and framing words ("In 2010", "however", "(1980–1988)") frames the sentence.
 * @module
 */

export interface Segment {
  start: number;
  end: number;
}

// a comma inside a number ("1,000") or a spaced/unspaced dash joining words ("Iran-Iraq") does not cut
const CUT = /[;:()[\]—]|,(?!\d{3}\b)|\s[–-]\s/g;

export function segmentSentence(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  CUT.lastIndex = 0;
  for (let m = CUT.exec(text); m; m = CUT.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.filter((s) => /\w/.test(text.slice(s.start, s.end)));
}

const FRAME_WORDS = new Set(
  'in on at during by since from to until till through throughout over of the a an and but so yet then however also still even already only just back around about circa early late later earlier again once more meanwhile moreover furthermore indeed instead thus therefore hence nevertheless nonetheless finally first initially subsequently eventually immediately shortly soon right not long well some time period year years month months that this same for as well'.split(
    ' ',
  ),
);

const WORD = /[a-z]+(?:['’][a-z]+)?/g;

/** whether every word of a piece of text is a framing word; read up to the first that is not */
function onlyFramingWords(piece: string): boolean {
  const lower = piece.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) if (!FRAME_WORDS.has(m[0])) return false;
  return true;
}

/** true when the words outside the given spans are all framing words */
export function isFramingSegment(
  text: string,
  segment: Segment,
  spans: readonly { start: number; end: number }[],
): boolean {
  let cursor = segment.start;
  for (const s of spans) {
    if (s.end <= segment.start || s.start >= segment.end) continue;
    if (!onlyFramingWords(text.slice(cursor, Math.max(cursor, s.start)))) return false;
    cursor = Math.max(cursor, s.end);
  }
  return onlyFramingWords(text.slice(cursor, segment.end));
}

/**
 * What a segment's first words make of it: a relative clause ("which it had dropped in
 * 2004") describes something else; an "after"/"before" clause states a bound of the main
 * clause's time rather than that time; anything else is a main clause.
 */
export type SegmentRole = 'relative' | 'after' | 'before' | 'main';

const RELATIVE_LEAD = /^\W*(?:which|who|whom|whose)\b/i;
const AFTER_LEAD =
  /^\W*(?:(?:immediately|shortly|soon|right|just|long|well|only|even|not\s+long|some\s+time|sometime)\s+)?(?:after|following|in\s+the\s+(?:aftermath|wake)\s+of|since|ever\s+since|once)\b/i;
const BEFORE_LEAD =
  /^\W*(?:(?:shortly|just|right|long|well|only|even)\s+)?(?:before|prior\s+to|ahead\s+of|until|till)\b/i;

export function segmentRole(text: string, segment: Segment): SegmentRole {
  const head = text.slice(segment.start, Math.min(segment.end, segment.start + 60));
  if (RELATIVE_LEAD.test(head)) return 'relative';
  if (AFTER_LEAD.test(head)) return 'after';
  if (BEFORE_LEAD.test(head)) return 'before';
  return 'main';
}

// "had" + a past participle: the past before the story's past ("had come", "had long sought");
// "had to" and "had a" are obligation and possession, not the pluperfect
const PLUPERFECT =
  /\bhad\s+(?:(?:not|never|already|long|just|once|first|previously|earlier|\w+ly)\s+)*(?:been|\w+ed|\w+en|come|become|gone|done|made|paid|sold|bought|brought|built|held|kept|left|lost|led|met|put|run|said|sent|set|signed|sought|spent|stood|struck|taught|thought|told|won|withdrawn|grown|known|shown|thrown|drawn|begun|fought|agreed|won)\b/i;

/** true when the segment, up to `end`, is in the pluperfect */
export function isPluperfect(text: string, segment: Segment, end: number): boolean {
  return PLUPERFECT.test(text.slice(segment.start, Math.max(segment.start, Math.min(segment.end, end))));
}

const PLUPERFECT_ALL = new RegExp(PLUPERFECT.source, 'gi');

/** the last pluperfect verb group in the text, as [start, end), or null */
export function lastPluperfect(text: string): [number, number] | null {
  if (!/\bhad\s/i.test(text)) return null;
  let last: [number, number] | null = null;
  PLUPERFECT_ALL.lastIndex = 0;
  for (let m = PLUPERFECT_ALL.exec(text); m; m = PLUPERFECT_ALL.exec(text))
    last = [m.index, m.index + m[0].length];
  return last;
}
