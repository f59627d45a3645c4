/**
 * Timeline documents for the dates tests: one section per array of sentences, and the date the
 * timeline gives a trigger word.
 */
import { createDocumentTimeline, formatTimeValue, type TimelineDocument } from '../../src/dates/index.js';

/** one section per array; each string is a sentence of its own paragraph-free section */
export function buildDocument(
  sections: string[][],
  publishedAt: string | null = '2024-03-01',
  headings: string[] = [],
): TimelineDocument {
  let text = '';
  const sentences: TimelineDocument['sentences'] = [];
  const docSections: TimelineDocument['sections'] = [];
  sections.forEach((lines, sectionIndex) => {
    const sectionStart = text.length;
    for (const line of lines) {
      const start = text.length;
      text += `${line} `;
      sentences.push({
        index: sentences.length,
        paragraphIndex: sectionIndex,
        sectionIndex,
        start,
        end: start + line.length,
        text: line,
        citationKeys: [],
      });
    }
    docSections.push({
      index: sectionIndex,
      heading: headings[sectionIndex] ?? `Part ${sectionIndex}`,
      level: 1,
      start: sectionStart,
      end: text.length,
    });
  });
  return {
    text,
    sentences,
    sections: docSections,
    metadata: memoryMetadata(text, publishedAt),
  };
}

/** the formatted date of the first `trigger` in sentence `i` of `doc` */
export function dateAt(doc: TimelineDocument, i: number, trigger: string): string {
  const s = doc.sentences[i];
  const at = s.text.indexOf(trigger);
  if (at < 0) throw new Error(`"${trigger}" is not in: ${s.text}`);
  const d = createDocumentTimeline(doc).dateFor(i, s.start + at, s.start + at + trigger.length);
  return formatTimeValue(d.value);
}

/** the formatted date of the event whose trigger is the last sentence's first `trigger` */
export function dateIn(lines: string[], trigger: string, publishedAt?: string | null): string {
  const doc = buildDocument([lines], publishedAt);
  return dateAt(doc, doc.sentences.length - 1, trigger);
}

/** the metadata of a document built in memory for a test */
export function memoryMetadata(text: string, publishedAt: string | null): TimelineDocument['metadata'] {
  return {
    title: null,
    author: null,
    publishedAt,
    sourcePath: 'memory',
    sourceUrl: null,
    contentHash: '',
    format: 'text',
    byteSize: text.length,
  };
}
