/**
 * The shape of a document after ingest: one normalised text, and every structural
 * unit (section, paragraph, sentence, citation marker) as character offsets into it,
 * so any span can be re-read with `text.slice(start, end)`.
 * @module
 */

export type DocumentFormat = 'markdown' | 'text' | 'html' | 'pdf' | 'docx';

export interface DocumentMetadata {
  title: string | null;
  author: string | null;
  /** ISO partial date (YYYY, YYYY-MM or YYYY-MM-DD); the reference date for "currently", "last year". */
  publishedAt: string | null;
  sourcePath: string;
  sourceUrl: string | null;
  /** sha256 hex of the raw file bytes */
  contentHash: string;
  format: DocumentFormat;
  byteSize: number;
}

export interface Section {
  index: number;
  heading: string;
  /** 1 for a top heading; 0 for the implicit section before the first heading */
  level: number;
  start: number;
  end: number;
}

export type ParagraphKind = 'body' | 'heading' | 'list-item' | 'quote';

export interface Paragraph {
  index: number;
  sectionIndex: number;
  kind: ParagraphKind;
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  paragraphIndex: number;
  sectionIndex: number;
  start: number;
  end: number;
  /** equals document text.slice(start, end); markup and citation markers removed */
  text: string;
  /** keys of the citations this sentence carries (see Citation.key) */
  citationKeys: string[];
}

export type CitationKind = 'endnote' | 'footnote' | 'link';

export interface Citation {
  /** "1", "2"… for numbered notes; "link:1", "link:2"… for inline hyperlinks */
  key: string;
  kind: CitationKind;
  number: number | null;
  /** full note text (for a link: its anchor text) */
  text: string;
  author: string | null;
  title: string | null;
  publisher: string | null;
  date: string | null;
  urls: string[];
}

/** where a citation marker stood; offset is into the normalised text (the marker itself is removed) */
export interface CitationMarker {
  citationKey: string;
  offset: number;
  sentenceIndex: number;
}

export interface IngestedDocument {
  /** display name, e.g. the file name */
  name: string;
  text: string;
  metadata: DocumentMetadata;
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  citations: Citation[];
  markers: CitationMarker[];
  /** offsets of the spaces where paragraphs cut by a page break were joined back together */
  pageBreakJoins?: number[];
}

export interface IngestOptions {
  /** overrides the publication date found in the file */
  date?: string;
  /** bytes; default 50 MB */
  maxBytes?: number;
  name?: string;
}

/** thrown for bad input; message is one line naming the file and the problem */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'IngestError';
  }
}
