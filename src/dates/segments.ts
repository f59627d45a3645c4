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
  'in on at during by since from to until till through throughout over of the a an and but so yet then however also still even already only just back around about circa early late later earlier again once more meanwhile moreover furthermore indeed instead thus therefore hence nevertheless nonetheless finally first initially subsequently eventually period year years month months that this same for as well'.split(
    ' ',
  ),
);

/** true when the words outside the given spans are all framing words */
export function isFramingSegment(
  text: string,
  segment: Segment,
  spans: readonly { start: number; end: number }[],
): boolean {
  let rest = '';
  let cursor = segment.start;
  for (const s of spans) {
    if (s.end <= segment.start || s.start >= segment.end) continue;
    rest += ` ${text.slice(cursor, Math.max(cursor, s.start))}`;
    cursor = Math.max(cursor, s.end);
  }
  rest += ` ${text.slice(cursor, segment.end)}`;
  const words = rest.toLowerCase().match(/[a-z]+(?:['’][a-z]+)?/g) ?? [];
  return words.every((w) => FRAME_WORDS.has(w) || /^\d/.test(w));
}
