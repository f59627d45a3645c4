/**
 * Reader output → the contract's IngestedDocument: separates the notes section, lifts glued
 * markers, repairs page breaks, lays the blocks out as one normalised text and segments it,
 * and ties every marker to its sentence and citation.
 * @module
 */
import { createHash } from 'node:crypto';
import type {
  Citation,
  CitationMarker,
  DocumentFormat,
  DocumentMetadata,
  IngestedDocument,
  IngestOptions,
  Paragraph,
  Section,
  Sentence,
} from './document.js';
import { liftGluedMarkers } from './glued-markers.js';
import { isNotesTitle, splitNotesSection } from './notes-section.js';
import { repairPageBreaks } from './page-break-repair.js';
import { parseNote } from './parse-note.js';
import type { RawBlock, RawNote, ReaderOutput } from './raw-block.js';
import { segmentParagraphs } from './segment-sentences.js';

const PARAGRAPH_SEPARATOR = '\n\n';
const BYLINE = /^(?:by|author:?)\s+(\p{Lu}[\p{L}.'’ -]+(?:(?:,| and| &) \p{Lu}[\p{L}.'’ -]+)*)$/iu;

export interface SourceInfo {
  name: string;
  sourcePath: string;
  format: DocumentFormat;
  bytes: Uint8Array;
  options: IngestOptions;
}

export function buildDocument(read: ReaderOutput, source: SourceInfo): IngestedDocument {
  const { body, notes: sectionNotes } = splitNotesSection(read.blocks);
  const notes = uniqueNotes([...read.notes, ...sectionNotes]);
  const noteKeys = new Set(notes.map((n) => n.key));

  let blocks = body;
  if (notes.some((n) => n.number !== null) && !blocks.some((b) => b.markers.length > 0)) {
    blocks = blocks.map((b) => (b.kind === 'heading' ? b : liftGluedMarkers(b, noteKeys)));
  }
  blocks = promoteTitleLine(blocks);
  const repaired = repairPageBreaks(blocks);
  blocks = repaired.blocks;

  let text = '';
  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const markers: CitationMarker[] = [];
  const pageBreakJoins: number[] = [];
  const linkKeys = new Map<string, string>();
  const linkCitations: Citation[] = [];
  // all paragraphs in one call: wink reads them as one text
  const paragraphSpans = segmentParagraphs(blocks.map((b) => (b.kind === 'heading' ? '' : b.text)));

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (text !== '') text += PARAGRAPH_SEPARATOR;
    const start = text.length;
    text += block.text;
    const end = text.length;
    for (const j of repaired.joins[b]) pageBreakJoins.push(start + j);

    if (block.kind === 'heading')
      sections.push({ index: sections.length, heading: block.text, level: block.level, start, end });
    else if (sections.length === 0) sections.push({ index: 0, heading: '', level: 0, start, end });
    const section = sections[sections.length - 1];
    section.end = end;

    const paragraphIndex = paragraphs.length;
    paragraphs.push({ index: paragraphIndex, sectionIndex: section.index, kind: block.kind, start, end });

    const firstSentence = sentences.length;
    const spans = block.kind === 'heading' ? [{ start: 0, end: block.text.length }] : paragraphSpans[b];
    for (const s of spans) {
      sentences.push({
        index: sentences.length,
        paragraphIndex,
        sectionIndex: section.index,
        start: start + s.start,
        end: start + s.end,
        text: block.text.slice(s.start, s.end),
        citationKeys: [],
      });
    }
    const sentenceAt = (offset: number): number => {
      let found = firstSentence;
      for (let k = firstSentence; k < sentences.length; k++)
        if (sentences[k].start < start + offset) found = k;
      return found;
    };
    if (sentences.length === firstSentence) continue;

    for (const m of block.markers) {
      if (!noteKeys.has(m.key)) continue;
      markers.push({ citationKey: m.key, offset: start + m.offset, sentenceIndex: sentenceAt(m.offset) });
    }
    for (const link of block.links) {
      let key = linkKeys.get(link.url);
      if (!key) {
        key = `link:${linkKeys.size + 1}`;
        linkKeys.set(link.url, key);
        linkCitations.push({
          key,
          kind: 'link',
          number: null,
          text: block.text.slice(link.start, link.end),
          author: null,
          title: null,
          publisher: null,
          date: null,
          urls: [link.url],
        });
      }
      markers.push({ citationKey: key, offset: start + link.end, sentenceIndex: sentenceAt(link.end) });
    }
  }
  markers.sort((a, b) => a.offset - b.offset);
  for (const m of markers) {
    const keys = sentences[m.sentenceIndex].citationKeys;
    if (!keys.includes(m.citationKey)) keys.push(m.citationKey);
  }

  const citations: Citation[] = [
    ...notes.map(
      (n): Citation => ({
        key: n.key,
        kind: n.kind,
        number: n.number,
        text: n.body.text,
        ...parseNote(n.body),
      }),
    ),
    ...linkCitations,
  ];
  return {
    name: source.options.name ?? source.name,
    text,
    metadata: buildMetadata(read, blocks, source),
    sections,
    paragraphs,
    sentences,
    citations,
    markers,
    pageBreakJoins,
  };
}

/**
 * Plain text and PDF conversions lose heading markup; a short first line without final
 * punctuation, in a document with no heading before its prose, is its title.
 */
function promoteTitleLine(blocks: RawBlock[]): RawBlock[] {
  const first = blocks[0];
  if (first?.kind !== 'body' || blocks.length < 2) return blocks;
  if (
    first.text.length > 120 ||
    /[.!?:;,]$/.test(first.text) ||
    BYLINE.test(first.text) ||
    first.markers.length > 0
  )
    return blocks;
  if (blocks[1].kind !== 'body' || blocks[1].text.length < first.text.length * 2) return blocks;
  if (/^\p{Ll}/u.test(blocks[1].text)) return blocks;
  return [{ ...first, kind: 'heading', level: 1 }, ...blocks.slice(1)];
}

function uniqueNotes(notes: RawNote[]): RawNote[] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    if (seen.has(n.key)) return false;
    seen.add(n.key);
    return true;
  });
}

function buildMetadata(read: ReaderOutput, blocks: RawBlock[], source: SourceInfo): DocumentMetadata {
  const headings = blocks.filter((b) => b.kind === 'heading' && !isNotesTitle(b.text));
  const topHeading =
    headings.find((h) => h.level === 1) ?? (blocks[0]?.kind === 'heading' ? blocks[0] : headings[0]);
  let author = read.metadata.author ?? null;
  if (!author) {
    for (const b of blocks.slice(0, 5)) {
      const byline = BYLINE.exec(b.text);
      if (byline && b.kind !== 'heading') {
        author = byline[1].trim();
        break;
      }
    }
  }
  return {
    title: read.metadata.title || topHeading?.text || null,
    author,
    publishedAt: source.options.date ?? read.metadata.publishedAt ?? null,
    sourcePath: source.sourcePath,
    sourceUrl: read.metadata.sourceUrl ?? null,
    contentHash: createHash('sha256').update(source.bytes).digest('hex'),
    format: source.format,
    byteSize: source.bytes.byteLength,
  };
}
