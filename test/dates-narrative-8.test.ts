/**
 * Dates of the twentieth session: a year that names a text, a ruling or a line in lower case ("the
 * case of 1974", "the borders of 1967") is no time of the act; a year that names a war still is.
 */
import { describe, expect, it } from 'vitest';
import { dateIn } from './helpers/sentence-timeline.js';

describe('a year that names a thing in lower case', () => {
  it('does not date the act told around it', () => {
    expect(
      dateIn(
        [
          'In August 1995 Ghana recalled its ambassador from Lome.',
          'It then took Togo back to the court, arguing that the tests reopened the case of 1974.',
        ],
        'took',
      ),
    ).toBe('1995-08');
    expect(
      dateIn(
        ['In May 2005 talks resumed.', 'Ghana then demanded a return to the borders of 1967.'],
        'demanded',
      ),
    ).toBe('2005-05');
  });

  it('still gives the story its time when it names a war', () => {
    expect(
      dateIn(
        [
          'The trouble began with the war of 2020.',
          'In October Accra warned Lome that it would not tolerate it.',
        ],
        'warned',
        '2024-11-01',
      ),
    ).toBe('2020-10');
  });
});

describe('"it is N years since …"', () => {
  it('counts back from the writing, to the month when it says "this month"', () => {
    expect(
      dateIn(
        ['It is two years this month since Lome cut its gas deliveries to Accra by a third.'],
        'cut',
        '2024-10-20',
      ),
    ).toBe('2022-10');
    expect(
      dateIn(
        ['It has been ten years since Togo expelled the Ghanaian ambassador.'],
        'expelled',
        '2024-10-20',
      ),
    ).toBe('2014');
  });
});

describe('a time in a relative clause after the trigger', () => {
  it("belongs to the relative clause's verb, not to the act", () => {
    expect(
      dateIn(
        [
          'In April 2021 the Nigerian president, Muhammadu Buhari, brought Ghanaian and Togolese security officials together in Abuja for the first of five rounds of talks that ran into the following spring.',
        ],
        'brought',
      ),
    ).toBe('2021-04');
  });
});
