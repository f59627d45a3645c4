import { describe, expect, it } from 'vitest';
import { createDocumentTimeline, formatTimeValue, type TimelineDocument } from '../src/dates/index.js';
import { memoryMetadata } from './helpers/sentence-timeline.js';

/** builds a document from sections of paragraphs, splitting sentences at ". " */
function buildDocument(sections: string[][], publishedAt: string | null = '2017-06-01'): TimelineDocument {
  let text = '';
  const sentences: TimelineDocument['sentences'] = [];
  const docSections: TimelineDocument['sections'] = [];
  let paragraphIndex = 0;
  sections.forEach((paragraphs, sectionIndex) => {
    const sectionStart = text.length;
    for (const paragraph of paragraphs) {
      const base = text.length;
      text += `${paragraph}\n\n`;
      const re = /[^.!?]+[.!?]+/g;
      for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
        const lead = m[0].length - m[0].trimStart().length;
        const start = base + m.index + lead;
        const end = base + m.index + m[0].length;
        sentences.push({
          index: sentences.length,
          paragraphIndex,
          sectionIndex,
          start,
          end,
          text: text.slice(start, end),
          citationKeys: [],
        });
      }
      paragraphIndex++;
    }
    docSections.push({
      index: sectionIndex,
      heading: `Part ${sectionIndex}`,
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

/** the date of the event whose trigger is the first occurrence of `trigger` in sentence `i` */
function dateOf(doc: TimelineDocument, i: number, trigger: string) {
  const s = doc.sentences[i];
  const at = s.text.indexOf(trigger);
  if (at < 0) throw new Error(`"${trigger}" is not in sentence ${i}: ${s.text}`);
  const timeline = createDocumentTimeline(doc);
  const start = s.start + at;
  return timeline.dateFor(i, start, start + trigger.length);
}

describe('narrative time', () => {
  const doc = buildDocument([
    [
      'In January 2007, the Iranian leader asked a Russian envoy for a closer alliance. A month later, his adviser flew to Moscow with a written plan.',
      'The Russian president came to Tehran in October that year for a regional summit. By then, the two capitals disagreed over the reactor.',
      'After his brief stop in Kabul in 2009, the envoy went back to Baku in August of 2012. There he signed a pipeline accord.',
    ],
    [
      'The quarrel over the missile contract lasted for years. Rouhani has sought closer ties with Europe since 2013.',
      'In the 1990s, both states backed the same faction in Tajikistan. Later they also sided with Armenia.',
      'In recent years the two governments have quarrelled over oil prices.',
    ],
  ]);

  it('resolves a relative month against the month before it', () => {
    const d = dateOf(doc, 1, 'flew');
    expect(formatTimeValue(d.value)).toBe('2007-02');
    expect(d.how).toBe('governing');
    expect(d.expression?.text).toBe('A month later');
    expect(d.value?.inferred).toBe(true);
  });

  it('reads "October that year" in the narrative year', () => {
    const d = dateOf(doc, 2, 'came');
    expect(formatTimeValue(d.value)).toBe('2007-10');
    expect(d.expression?.ruleId).toBe('relative-month');
  });

  it('resolves "by then" to the time last stated', () => {
    const d = dateOf(doc, 3, 'disagreed');
    expect(formatTimeValue(d.value)).toBe('2007-10');
    expect(d.expression?.text).toBe('By then');
  });

  it('gives each clause its own governing time', () => {
    expect(formatTimeValue(dateOf(doc, 4, 'went').value)).toBe('2012-08');
    expect(formatTimeValue(dateOf(doc, 4, 'stop').value)).toBe('2009');
  });

  it('carries narrative time into a sentence without a date, marked inferred', () => {
    const d = dateOf(doc, 5, 'signed');
    expect(d.how).toBe('narrative');
    expect(formatTimeValue(d.value)).toBe('2012-08');
    expect(d.value?.inferred).toBe(true);
  });

  it('resets narrative time at a new section', () => {
    const d = dateOf(doc, 6, 'lasted');
    expect(d.how).toBe('none');
    expect(d.value).toBeNull();
  });

  it('reads "since 2013" as open up to the document date', () => {
    const d = dateOf(doc, 7, 'sought');
    expect(d.value).toMatchObject({ start: '2013', end: '2017', type: 'open' });
  });

  it('lets a decade reset narrative time', () => {
    expect(formatTimeValue(dateOf(doc, 8, 'backed').value)).toBe('1990/1999');
    const later = dateOf(doc, 9, 'sided');
    expect(later.how).toBe('narrative');
    expect(formatTimeValue(later.value)).toBe('1990/1999');
  });

  it('resolves deictic phrases against the document date only', () => {
    const d = dateOf(doc, 10, 'quarrelled');
    expect(formatTimeValue(d.value)).toBe('2012/2017');
    const undated = buildDocument([['In recent years the two governments have quarrelled.']], null);
    expect(dateOf(undated, 0, 'quarrelled').how).toBe('none');
  });

  it('reports expressions with document offsets', () => {
    const timeline = createDocumentTimeline(doc);
    for (const e of timeline.expressions(4)) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
    expect(timeline.expressions(4).map((e) => e.text)).toEqual(['2009', 'August of 2012']);
  });
});
