/**
 * Cutting and joining cleaned inline texts while keeping their marker, link and emphasis
 * positions right.
 * @module
 */
import type { InlineText } from './raw-block.js';

export function sliceInline(t: InlineText, from: number, to = t.text.length): InlineText {
  const raw = t.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const start = from + lead;
  const end = start + text.length;
  const inside = (a: number, b: number) => b > start && a < end;
  return {
    text,
    markers: t.markers
      .filter((m) => m.offset >= start && m.offset <= end)
      .map((m) => ({ ...m, offset: m.offset - start })),
    links: t.links
      .filter((l) => inside(l.start, l.end))
      .map((l) => ({
        url: l.url,
        start: Math.max(l.start, start) - start,
        end: Math.min(l.end, end) - start,
      })),
    emphasis: t.emphasis
      .filter((e) => inside(e.start, e.end))
      .map((e) => ({ start: Math.max(e.start, start) - start, end: Math.min(e.end, end) - start })),
  };
}

/** joins two texts with `separator` between them (a space, or '' for a hyphenated word) */
export function joinInline(a: InlineText, b: InlineText, separator = ' '): InlineText {
  if (a.text === '') return b;
  if (b.text === '') return a;
  const shift = a.text.length + separator.length;
  return {
    text: a.text + separator + b.text,
    markers: [...a.markers, ...b.markers.map((m) => ({ ...m, offset: m.offset + shift }))],
    links: [...a.links, ...b.links.map((l) => ({ ...l, start: l.start + shift, end: l.end + shift }))],
    emphasis: [...a.emphasis, ...b.emphasis.map((e) => ({ start: e.start + shift, end: e.end + shift }))],
  };
}
