/**
 * Finds the notes section (ENDNOTES, Notes, References, Footnotes…) at the end of a document's
 * blocks and turns its entries into notes, so that note text never becomes body sentences.
 * @module
 */
import { joinInline, sliceInline } from './inline-slice.js';
import type { RawBlock, RawNote } from './raw-block.js';

const NOTES_TITLE =
  /^(?:end\s*notes|notes|foot\s*notes|references|sources|bibliography|works cited|citations|notes and references)$/i;
const NUMBER_PREFIX = /^\[?(\d{1,3})(?:\]|[.):](?=\s)|\s)\s*/;

export function isNotesTitle(text: string): boolean {
  return NOTES_TITLE.test(text.replace(/[\s:.*]+$/, '').trim());
}

function isNotesHeading(block: RawBlock): boolean {
  if (block.kind === 'heading') return isNotesTitle(block.text);
  // PDF and text conversions often lose heading markup: a bare "ENDNOTES" line still counts
  return (
    block.kind === 'body' && block.text.length <= 30 && block.markers.length === 0 && isNotesTitle(block.text)
  );
}

export function looksLikeNote(block: RawBlock): boolean {
  return (
    (block.markers.length > 0 && block.markers[0].offset === 0) ||
    block.ordinal !== undefined ||
    NUMBER_PREFIX.test(block.text)
  );
}

/** where the section opened by the heading at `start` ends: the next heading of its level or above */
function sectionEnd(blocks: RawBlock[], start: number): number {
  const headingLevel = blocks[start].kind === 'heading' ? blocks[start].level : 7;
  for (let i = start + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'heading' && b.level <= headingLevel && !isNotesTitle(b.text)) return i;
  }
  return blocks.length;
}

/**
 * "## Sources" over quoted extracts ("Source A. From a report …" and the passage itself) is part
 * of the text, as in an exam paper or a reader; a notes section holds citations, not quotations
 */
function holdsQuotedExtracts(blocks: RawBlock[], start: number): boolean {
  const section = blocks.slice(start + 1, sectionEnd(blocks, start));
  return section.some((b) => b.kind === 'quote') && !section.some(looksLikeNote);
}

export function splitNotesSection(blocks: RawBlock[]): { body: RawBlock[]; notes: RawNote[] } {
  const start = blocks.findIndex(
    (b, i) =>
      isNotesHeading(b) &&
      blocks.slice(i + 1, i + 4).some((n) => n.kind !== 'heading') &&
      !holdsQuotedExtracts(blocks, i),
  );
  if (start < 0) {
    // a notes heading left with nothing under it: the reader took its notes already (HTML, DOCX)
    const body = [...blocks];
    while (body.length > 0 && isNotesHeading(body[body.length - 1])) body.pop();
    return { body, notes: [] };
  }
  const end = sectionEnd(blocks, start);
  const notes: RawNote[] = [];
  let unnumbered = 0;
  for (const block of blocks.slice(start + 1, end)) {
    if (isNotesHeading(block)) continue;
    const note = toNote(block);
    if (note) notes.push(note);
    else if (notes.length > 0) {
      const last = notes[notes.length - 1];
      last.body = joinInline(last.body, withoutMarkers(block));
    } else {
      unnumbered++;
      notes.push({ key: `ref:${unnumbered}`, number: null, kind: 'endnote', body: withoutMarkers(block) });
    }
  }
  return { body: [...blocks.slice(0, start), ...blocks.slice(end)], notes };
}

function withoutMarkers(block: RawBlock) {
  return { text: block.text, links: block.links, emphasis: block.emphasis, markers: [] };
}

function toNote(block: RawBlock): RawNote | null {
  if (block.markers.length > 0 && block.markers[0].offset === 0) {
    const key = block.markers[0].key;
    return {
      key,
      number: /^\d+$/.test(key) ? Number(key) : null,
      kind: 'endnote',
      body: withoutMarkers(block),
    };
  }
  const prefix = NUMBER_PREFIX.exec(block.text);
  if (prefix) {
    const number = Number(prefix[1]);
    return {
      key: String(number),
      number,
      kind: 'endnote',
      body: { ...sliceInline(block, prefix[0].length), markers: [] },
    };
  }
  if (block.ordinal !== undefined) {
    return {
      key: String(block.ordinal),
      number: block.ordinal,
      kind: 'endnote',
      body: withoutMarkers(block),
    };
  }
  return null;
}
