/**
 * Dates of the fifteenth session: a chronology's month entries, a day of the story's month told by
 * its ordinal, and fixed-date holidays.
 */
import { describe, expect, it } from 'vitest';
import { dateIn } from './helpers/sentence-timeline.js';

describe("a chronology's entry for a month dates the events under it", () => {
  it.each([
    [
      ['30 Apr. 1977 — Laotian troops cross the border.', 'June — Vientiane proposes talks.'],
      'proposes',
      '1977-06',
    ],
    [['3 July 1978 — Beijing ends its aid.', 'Sept. — The premier visits Bangkok.'], 'visits', '1978-09'],
    [['2 Dec. 1978 — A front is founded.', 'Jan. — The envoy flies to Hanoi.'], 'flies', '1979-01'],
  ])('%j: %s is in %s', (lines, trigger, want) => {
    expect(dateIn(lines, trigger, '2009-01-07')).toBe(want);
  });

  it('leaves a month that opens an ordinary sentence to the rules that need a preposition', () => {
    expect(dateIn(['In 2019 Quito hosted talks.', 'May Lima join them?'], 'join', '2020-01-01')).not.toBe(
      '2019-05',
    );
  });
});

describe("a day of the story's month told by its ordinal", () => {
  it.each([
    [
      ['On 5 January 2009 Moscow cut supplies.', 'By the morning of the 7th the flow had stopped.'],
      'stopped',
      '2009-01-07',
    ],
    [
      ['On 17 January 2009 the premier flew to Moscow.', 'They agreed in the early hours of the 18th.'],
      'agreed',
      '2009-01-18',
    ],
    [['On 2 March 2021 the talks began.', 'The border stayed shut until the 9th.'], 'shut', '2021-03-09'],
  ])('%j: %s is on %s', (lines, trigger, want) => {
    expect(dateIn(lines, trigger)).toBe(want);
  });

  it('reads no day in a unit or a century named by its ordinal', () => {
    expect(
      dateIn(['On 5 January 2009 Moscow cut supplies.', 'Soldiers of the 7th Division crossed.'], 'crossed'),
    ).toBe('2009-01-05');
  });
});

describe('fixed-date holidays', () => {
  it.each([
    [["On New Year's Day 2006 Gazprom cut the flow."], 'cut', '2006-01-01'],
    [['In 1978 the war began.', 'Troops crossed on Christmas Day.'], 'crossed', '1978-12-25'],
    [['On Christmas Eve, 1979, Soviet troops landed in Kabul.'], 'landed', '1979-12-24'],
  ])('%j: %s is on %s', (lines, trigger, want) => {
    expect(dateIn(lines, trigger)).toBe(want);
  });
});

describe('years that do not move the story', () => {
  it.each([
    [
      [
        'In June 1969 the two teams met in the qualifying round for the 1970 World Cup.',
        'On 26 June riots broke out.',
      ],
      'riots',
      '1969-06-26',
    ],
    [
      [
        'On 23 November 2010 shells hit the island, the worst clash since the Korean War ended in 1953.',
        'Pyongyang blamed the South.',
      ],
      'blamed',
      '2010-11-23',
    ],
    [
      ['In November 1977 Sadat demanded a withdrawal from the land occupied in 1967.', 'Begin refused.'],
      'refused',
      '1977-11',
    ],
  ])('%j: %s is in %s', (lines, trigger, want) => {
    expect(dateIn(lines, trigger)).toBe(want);
  });
});

describe('author-date citations are no dates', () => {
  it.each([
    [
      ['In July 1977 Somali units crossed the border (Hollis 1991: 88).', 'Addis Ababa appealed to Moscow.'],
      'appealed',
      '1977-07',
    ],
    [
      ['As Laird (1994) shows, Moscow wavered in August 1977.', 'It suspended deliveries.'],
      'suspended',
      '1977-08',
    ],
    [
      ['In March 1978 Ethiopia retook Jijiga (Laird and Tareke 1994; Hollis 1991).', 'Siad withdrew.'],
      'withdrew',
      '1978-03',
    ],
  ])('%j: %s is in %s', (lines, trigger, want) => {
    expect(dateIn(lines, trigger)).toBe(want);
  });
});
