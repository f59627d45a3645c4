/**
 * Dates of the seventeenth session: a yearless month told in the pluperfect looks back from the
 * story's time rather than on from it.
 */
import { describe, expect, it } from 'vitest';
import { dateIn } from './helpers/sentence-timeline.js';

describe('a yearless month in the pluperfect', () => {
  it.each([
    [
      [
        'The clashes on the river began on 2 March 1969.',
        'Moscow sent a note in September 1969.',
        'Ulan Bator, loyal as ever, had been the first to denounce Beijing in March.',
      ],
      'denounce',
      '1969-03',
    ],
    // a clause of its own after a comma goes on in the story's time
    [
      [
        'Kyiv turned away from the association agreement in November 2013.',
        'Russia had threatened Kyiv with trade curbs that summer, and in December it offered a loan to Kyiv.',
      ],
      'offered',
      '2013-12',
    ],
    // a few weeks ahead of the story is still ahead of it
    [
      [
        'Riots broke out in Vietnam on 13 May 2014.',
        'Beijing had evacuated three thousand of its citizens from Vietnam by 19 May.',
      ],
      'evacuated',
      '2014-05-13/2014-05-19',
    ],
  ])('%j: %s is in %s', (lines, trigger, want) => {
    expect(dateIn(lines, trigger, '2015-01-01')).toBe(want);
  });
});

describe('"N years ago" restated by a date', () => {
  it('takes the date that follows it', () => {
    expect(
      dateIn(
        ['Forty years ago, in the last days of October 1978, Ugandan troops crossed into Tanzania.'],
        'crossed',
        '2019-04-08',
      ),
    ).toBe('1978-10');
  });
});

describe('"now" in a clause describing someone today', () => {
  it('leaves the story in its own time', () => {
    expect(
      dateIn(
        [
          'Ugandan troops overran the salient in November 1978.',
          '"They took everything," she says, sitting in the shop she now runs in Kyaka.',
          'Tanzanian guns shelled the Ugandan positions.',
        ],
        'shelled',
        '2019-04-08',
      ),
    ).toBe('1978-11');
  });
});

describe("a thing's own year, alone in the clause of an act told years later", () => {
  it.each([
    [
      [
        'In April 2025 the two governments quarrelled over water.',
        'Trump accused Mexico of stealing water owed to Texas farmers under the 1944 treaty.',
      ],
      'accused',
      '2025-04',
    ],
    [
      [
        'In June 2025 relations between Baku and Moscow soured.',
        'Russian police raided the homes of Azerbaijanis in connection with murders dating back to the early 2000s.',
      ],
      'raided',
      '2025-06',
    ],
  ])('%j: %s is in %s', (lines, trigger, want) => {
    expect(dateIn(lines, trigger, '2025-12-01')).toBe(want);
  });
});

describe('history a sentence mentions after its own time', () => {
  it('does not move the story', () => {
    expect(
      dateIn(
        [
          'The evidence: on 2 June 2016 the Bundestag adopted a resolution describing the massacres of Armenians by the Ottoman Empire in 1915 and 1916 as genocide.',
          'Turkey recalled its ambassador from Berlin.',
        ],
        'recalled',
        '2017-01-01',
      ),
    ).toMatch(/^2016-06/);
  });
});

describe("a communiqué's line of place and day", () => {
  it('dates what follows it', () => {
    expect(
      dateIn(
        ['Algiers, 28 April 2022', 'The ministry was informed yesterday of a message from Madrid.'],
        'informed',
        '2023-01-16',
      ),
    ).toBe('2022-04-27');
  });
  it('stops a span counted to the writing at that day', () => {
    expect(
      dateIn(
        [
          'Algiers, 28 April 2022',
          'The Spanish decision comes three weeks after the Spanish premier was received in Rabat.',
        ],
        'received',
        '2023-01-16',
      ),
    ).toMatch(/^2022-0[34]/);
  });
});

describe('a plan put forward by someone in a year', () => {
  it('names the plan, and the story stays in its time', () => {
    expect(
      dateIn(
        [
          'On 19 March 2022 Algiers recalled its ambassador from Madrid.',
          'Madrid had praised the autonomy initiative put forward by Rabat in 2007.',
          'The ministry deplored the change.',
        ],
        'deplored',
        '2023-01-16',
      ),
    ).toBe('2022-03-19');
  });
});
