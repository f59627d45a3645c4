/**
 * Accumulates cleaned inline text while readers walk their markup, collapsing whitespace as it
 * goes so that marker, link and emphasis positions are right in the final text without a second
 * pass to remap them.
 * @module
 */
import type { InlineLink, InlineMarker, InlineSpan, InlineText } from './raw-block.js';

// invisible characters that PDF and word-processor exports scatter through text
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const WHITESPACE_RUN = /\s+/g;
// most text needs neither replacement: no invisible character, and only single plain spaces
const NEEDS_CLEANING = /[\u00ad\u200b-\u200d\u2060\ufeff]|[^\S ]| \s/;

export class InlineBuilder {
  private out = '';
  private readonly markers: InlineMarker[] = [];
  private readonly links: InlineLink[] = [];
  private readonly emphasis: InlineSpan[] = [];

  get length(): number {
    return this.out.length;
  }

  append(raw: string): void {
    let s = NEEDS_CLEANING.test(raw) ? raw.replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ') : raw;
    if (s === '') return;
    if (s.charCodeAt(0) === 32 && (this.out === '' || this.out.charCodeAt(this.out.length - 1) === 32))
      s = s.slice(1);
    this.out += s;
  }

  space(): void {
    this.append(' ');
  }

  marker(key: string): void {
    this.markers.push({ offset: this.out.length, key });
  }

  link(start: number, url: string): void {
    const end = this.trimmedEnd();
    if (end > start) this.links.push({ start, end, url });
  }

  emphasize(start: number): void {
    const end = this.trimmedEnd();
    if (end > start) this.emphasis.push({ start, end });
  }

  /** appends another cleaned text (no leading or trailing space), shifting its positions */
  appendInline(other: InlineText): void {
    const shift = this.out.length;
    this.out += other.text;
    for (const m of other.markers) this.markers.push({ offset: m.offset + shift, key: m.key });
    for (const l of other.links) this.links.push({ start: l.start + shift, end: l.end + shift, url: l.url });
    for (const e of other.emphasis) this.emphasis.push({ start: e.start + shift, end: e.end + shift });
  }

  finish(): InlineText {
    const text = this.out.trimEnd();
    const lead = text.length - text.trimStart().length;
    const clamp = (n: number) => Math.min(Math.max(n - lead, 0), text.length - lead);
    return {
      text: text.slice(lead),
      markers: this.markers.map((m) => ({ offset: clamp(m.offset), key: m.key })),
      links: this.links
        .map((l) => ({ start: clamp(l.start), end: clamp(l.end), url: l.url }))
        .filter((l) => l.end > l.start),
      emphasis: this.emphasis
        .map((e) => ({ start: clamp(e.start), end: clamp(e.end) }))
        .filter((e) => e.end > e.start),
    };
  }

  private trimmedEnd(): number {
    return this.out.charCodeAt(this.out.length - 1) === 32 ? this.out.length - 1 : this.out.length;
  }
}
