import { describe, expect, it } from 'vitest';
import {
  createDocumentTimeline,
  extractTemporalExpressions,
  formatTimeValue,
  type TimelineDocument,
} from '../src/dates/index.js';

type Case = [text: string, span: string, value: string];

/** the value of `span` in a short narrative, resolved against the times stated before it */
function valueAt(text: string, span: string): string {
  const found = extractTemporalExpressions(text, { referenceDate: '2019-06-01' });
  const hit = found.find((e) => e.text === span);
  expect(hit, `${span} in: ${text} (found ${found.map((e) => e.text).join(' | ')})`).toBeDefined();
  expect(hit!.start).toBe(text.indexOf(span));
  return formatTimeValue(hit!.value);
}

describe('days relative to narrative time', () => {
  const cases: Case[] = [
    [
      'Oslo recalled its envoy on 14 March 2011. The next day, Copenhagen followed suit.',
      'The next day',
      '2011-03-15',
    ],
    [
      'The talks collapsed on 31 December 2009. The following day the ceasefire lapsed.',
      'The following day',
      '2010-01-01',
    ],
    [
      'The border closed on 1 March 2012. The day before, both sides had traded fire.',
      'The day before',
      '2012-02-29',
    ],
    [
      'The summit opened on 9 May 2018. The day after, the ministers signed a memorandum.',
      'The day after',
      '2018-05-10',
    ],
    [
      'Rebels seized the airport on 4 June 2013. The next morning, troops retook it.',
      'The next morning',
      '2013-06-05',
    ],
    [
      'The vote took place on 20 July 2015. That night, crowds gathered outside the embassy.',
      'That night',
      '2015-07-20',
    ],
    [
      'The envoy arrived on 3 April 2014. Later that day, he met the foreign minister.',
      'Later that day',
      '2014-04-03',
    ],
    [
      'The fleet sailed on 28 February 2016. On the same day, the parliament debated the move.',
      'the same day',
      '2016-02-28',
    ],
    [
      'The embargo began on 5 August 2017. Two days later, the bank froze the accounts.',
      'Two days later',
      '2017-08-07',
    ],
    [
      'The embargo began on 5 August 2017. A week later, the bank froze the accounts.',
      'A week later',
      '2017-08-12',
    ],
    // a month or a year gives no day to move from: the narrative month or year is kept
    ['Protests spread in March 2016. The next day, the cabinet resigned.', 'The next day', '2016-03'],
    ['Protests spread in 2016. That night, the cabinet resigned.', 'That night', '2016'],
  ];
  it.each(cases)('%s → %s', (text, span, value) => {
    expect(valueAt(text, span)).toBe(value);
  });

  it('leaves "the day after tomorrow" to the document date, not the narrative', () => {
    const found = extractTemporalExpressions(
      'They met on 2 May 2014. The day after tomorrow they meet again.',
      {
        referenceDate: '2019-06-01',
      },
    );
    expect(found.some((e) => e.text === 'The day after')).toBe(false);
  });
});

/** one paragraph of sentences split at ". " */
function oneParagraph(paragraph: string): TimelineDocument {
  const text = `${paragraph}\n\n`;
  const sentences: TimelineDocument['sentences'] = [];
  const re = /[^.!?]+[.!?]+/g;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const end = m.index + m[0].length;
    sentences.push({
      index: sentences.length,
      paragraphIndex: 0,
      sectionIndex: 0,
      start,
      end,
      text: text.slice(start, end),
      citationKeys: [],
    });
  }
  return {
    text,
    sentences,
    sections: [{ index: 0, heading: 'Part 0', level: 1, start: 0, end: text.length }],
    metadata: {
      title: null,
      author: null,
      publishedAt: '2019-06-01',
      sourcePath: 'memory',
      sourceUrl: null,
      contentHash: '',
      format: 'text',
      byteSize: text.length,
    },
  };
}

describe('the timeline', () => {
  const doc = oneParagraph(
    'Manama cut its ties with Doha on 5 June 2017. The next day, Amman downgraded its mission. Its envoy left the following morning. The ministers met again that night.',
  );
  const timeline = createDocumentTimeline(doc);
  const dateOf = (i: number, trigger: string) => {
    const s = doc.sentences[i];
    const at = s.start + s.text.indexOf(trigger);
    return timeline.dateFor(i, at, at + trigger.length);
  };

  it('dates the next sentence one day on', () => {
    const d = dateOf(1, 'downgraded');
    expect(formatTimeValue(d.value)).toBe('2017-06-06');
    expect(d.value?.inferred).toBe(true);
  });

  it('keeps counting from the day last stated', () => {
    expect(formatTimeValue(dateOf(2, 'left').value)).toBe('2017-06-07');
    expect(formatTimeValue(dateOf(3, 'met').value)).toBe('2017-06-07');
  });
});
