import { describe, expect, it } from 'vitest';
import { segmentParagraph, segmentText } from './segment-sentences.js';

const split = (text: string) => segmentParagraph(text).map((s) => text.slice(s.start, s.end));

describe('segmentParagraph', () => {
  it.each([
    ['Vice President Mike Pence met Gen. Valery Gerasimov in Ankara. Nothing was agreed.', 2],
    ['Dr. Fiona Hill briefed the U.S. Senate on Jan. 5, 2019. She left in July.', 2],
    ['The U.N. Security Council adopted Resolution No. 2254 in 2015. Russia voted for it.', 2],
    ['India bought oil worth $4.5 billion from Russia. China bought more.', 2],
    ['Erdoğan flew to St. Petersburg in Aug. 2016. Putin received him.', 2],
    ['J. F. Dulles and N. Bulganin never met in Ankara. It did not matter.', 2],
    ['The envoy said the talks had "failed completely." Moscow disagreed.', 2],
    ['The envoy said the talks had “failed completely.” Moscow disagreed.', 2],
    ['Ankara—after weeks of delay—signed the deal (the second in 2017). Athens protested.', 2],
    ['He warned: "We will not retreat. We will answer every strike." Then he left.', 2],
    ['The talks ended. the next round, e.g. in Geneva, was postponed.', 1],
  ])('%s → %i sentences', (text, count) => {
    const parts = split(text);
    expect(parts, JSON.stringify(parts)).toHaveLength(count);
    expect(parts.join(' ')).toBe(text);
  });

  it('segments a text into paragraphs first, with offsets into the whole text', () => {
    const text = 'Kyiv applied in 2022. It waited.\n\nBrussels answered in June.';
    const out = segmentText(text);
    expect(out.map((s) => s.text)).toEqual([
      'Kyiv applied in 2022.',
      'It waited.',
      'Brussels answered in June.',
    ]);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
