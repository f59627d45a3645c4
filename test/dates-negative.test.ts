import { describe, expect, it } from 'vitest';
import { extractTemporalExpressions } from '../src/dates/index.js';

const OPTIONS = { referenceDate: '2017-06-01' };

describe('numbers that are not dates', () => {
  const sentences = [
    'Moscow agreed to deliver the S-300 air-defence system.',
    'Iran filed a $4 billion claim in Geneva.',
    'The council sanctioned Tehran on six occasions.',
    'The broadcaster runs a 24-hour English service.',
    'Some 1,000 troops crossed the border.',
    'Allies invoked Article 5 of the treaty.',
    'The council adopted Resolution 2231 on the nuclear deal.',
    'The cruiser shot down Flight 655 over the Gulf.',
    'UNSCR 1929 widened the arms embargo.',
    'The figures appear on page 1234 of the report.',
    'The air force still flies the F-14 and wants the Su-35.',
    'Russia is one of the 12 members of the forum.',
    'Inflation reached 2015% in the worst month.',
    'Roughly 2000 troops and 1500 soldiers were moved.',
    'Some 1500 militiamen joined the offensive.',
    'The convoy carried 1200 tons of grain.',
    'See pp. 1202–1216 for the appendix.',
    'The committee meets in room 1918 of the annex.',
    'The reactor produces 1000 megawatts.',
    'The unit fired 1800 rounds at the ridge.',
    'Dial +98 21 2222 1000 for the embassy.',
    'Read the archive at https://example.org/2006/01/17/story-2006011701017.html for details.',
    'Tehran may still march its troops to the border.',
    'The report was filed under case no. 1995.',
  ];
  it.each(sentences)('%s', (sentence) => {
    const found = extractTemporalExpressions(sentence, OPTIONS);
    expect(found.map((e) => e.text)).toEqual([]);
  });
});

describe('numbers beside dates', () => {
  it('reads only the year in a sentence with amounts and models', () => {
    const found = extractTemporalExpressions(
      'In 2007 Tehran ordered the S-300 for $800 million and 1,000 advisers.',
      OPTIONS,
    );
    expect(found.map((e) => e.text)).toEqual(['2007']);
  });

  it('keeps a resolution year in brackets while rejecting its number', () => {
    const found = extractTemporalExpressions('Resolution 1929 (2010) tightened the embargo.', OPTIONS);
    expect(found.map((e) => e.text)).toEqual(['2010']);
  });

  it('does not invent a day when only a month is known', () => {
    const [e] = extractTemporalExpressions('The accord was signed in January 2015.', OPTIONS);
    expect(e.value.start).toBe('2015-01');
    expect(e.value.end).toBe('2015-01');
  });
});

describe('a citation and a night of the story', () => {
  it("reads no time of the story in a book's imprint or a journal's volume", () => {
    const imprint = extractTemporalExpressions('Maeve Carraher, Ashes (Dublin: Lough Press, 2004).', OPTIONS);
    expect(imprint.map((e) => e.text)).toEqual([]);
    const volume = extractTemporalExpressions(
      'Gerald Whitlock, "Sunningdale," Irish Historical Quarterly 41 (1999): 203–29.',
      OPTIONS,
    );
    expect(volume.map((e) => e.text)).toEqual([]);
  });

  it('reads "the last night of the talks" as a night of the story, not the night before the writing', () => {
    const found = extractTemporalExpressions(
      'On the last night of the talks, 9 April 1998, Clinton stayed up.',
      OPTIONS,
    );
    expect(found.map((e) => e.text)).toEqual(['9 April 1998']);
  });
});
