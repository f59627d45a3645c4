/**
 * What every reader hands to the document builder: blocks of already-cleaned inline text
 * (markup gone, markers lifted out with their positions), plus notes found by the reader itself
 * (markdown `[^n]:` definitions, PDF page-bottom footnotes, DOCX notes).
 * @module
 */
import type { CitationKind, ParagraphKind } from './document.js';

/** a citation marker lifted out of block text; offset is into the block's cleaned text */
export interface InlineMarker {
  offset: number;
  /** the note key, e.g. "3" */
  key: string;
}

export interface InlineSpan {
  start: number;
  end: number;
}

export interface InlineLink extends InlineSpan {
  url: string;
}

export interface InlineText {
  text: string;
  markers: InlineMarker[];
  links: InlineLink[];
  /** italic or bold spans; note parsing reads a publication's name from them */
  emphasis: InlineSpan[];
}

export interface RawBlock extends InlineText {
  kind: ParagraphKind;
  /** heading level (1–6); 0 otherwise */
  level: number;
  /** the number an ordered list item carried, if any */
  ordinal?: number;
  /** a table cell: whole by itself, never the rest of a paragraph cut by a page break */
  cell?: true;
}

export interface RawNote {
  key: string;
  number: number | null;
  kind: Exclude<CitationKind, 'link'>;
  body: InlineText;
}

export interface ReaderMetadata {
  title?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  sourceUrl?: string | null;
}

export interface ReaderOutput {
  blocks: RawBlock[];
  notes: RawNote[];
  metadata: ReaderMetadata;
}

export function emptyInline(): InlineText {
  return { text: '', markers: [], links: [], emphasis: [] };
}
