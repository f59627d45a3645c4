/**
 * PDF text loses superscript formatting, leaving note numbers glued to the punctuation they
 * followed: "…by 1999.1 When…", "…craved,12 and…". Only numbers that name a known note are
 * lifted, and after a digit-period only when a capitalised word follows, so decimals survive.
 * @module
 */
import type { InlineText } from './raw-block.js';

const GLUED = /([.,;:!?"”’)\]])(\d{1,3})(?=(\s+)(\S)|$)/gu;

export function liftGluedMarkers<T extends InlineText>(block: T, noteKeys: ReadonlySet<string>): T {
  const cuts: { start: number; end: number; key: string }[] = [];
  for (const m of block.text.matchAll(GLUED)) {
    const key = String(Number(m[2]));
    if (!noteKeys.has(key)) continue;
    const at = m.index + m[1].length;
    const before = block.text[m.index - 1] ?? '';
    const nextChar = m[4] ?? '';
    // "3.5 percent" and "1,000" stay numbers; "in 2011.4 The" and a paragraph-final "2022.3" are markers
    if ((m[1] === '.' || m[1] === ',') && /\d/.test(before) && nextChar !== '' && !/\p{Lu}/u.test(nextChar))
      continue;
    cuts.push({ start: at, end: at + m[2].length, key });
  }
  if (cuts.length === 0) return block;
  let text = '';
  let last = 0;
  const shiftAt = (offset: number) => {
    let shift = 0;
    for (const c of cuts) if (c.end <= offset) shift += c.end - c.start;
    return offset - shift;
  };
  for (const c of cuts) {
    text += block.text.slice(last, c.start);
    last = c.end;
  }
  text += block.text.slice(last);
  return {
    ...block,
    text,
    markers: [
      ...block.markers.map((m) => ({ ...m, offset: shiftAt(m.offset) })),
      ...cuts.map((c) => ({ offset: shiftAt(c.start), key: c.key })),
    ].sort((a, b) => a.offset - b.offset),
    links: block.links.map((l) => ({ ...l, start: shiftAt(l.start), end: shiftAt(l.end) })),
    emphasis: block.emphasis.map((e) => ({ start: shiftAt(e.start), end: shiftAt(e.end) })),
  };
}
