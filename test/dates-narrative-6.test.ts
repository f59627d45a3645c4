/**
 * Dates of the eighteenth session: when a record of the story came out is no time of the story.
 */
import { describe, expect, it } from 'vitest';
import { dateIn } from './helpers/sentence-timeline.js';

describe('the time a record of the story came out', () => {
  it.each([
    [
      [
        'The blockade began on 5 June 2017.',
        'Reports published the following year claimed that Washington had talked Riyadh out of an invasion.',
        'A call between the two leaders on 8 September briefly raised hopes.',
      ],
      'raised',
      '2017-09-08',
    ],
    [
      [
        'The blockade began on 5 June 2017.',
        'Documents declassified in 2019 show that Riyadh had planned an invasion.',
        'On 9 October Kuwait sent its emir to Riyadh.',
      ],
      'sent',
      '2017-10-09',
    ],
    // the story itself moving on a year still moves it
    [
      [
        'The blockade began on 5 June 2017.',
        'The following year Doha went to the court.',
        'On 9 October it won.',
      ],
      'won',
      '2018-10-09',
    ],
  ])('%j: %s is in %s', (lines, trigger, want) => {
    expect(dateIn(lines, trigger, '2022-01-01')).toBe(want);
  });
});

describe('a pluperfect done by a later hour of the same day', () => {
  it.each([
    [
      [
        'Sadat spoke to the Knesset on 20 November 1977.',
        'The Arab summit in Tripoli ended on 5 December 1977 with a call to isolate Cairo.',
        'By evening Egypt had broken off relations with Syria.',
      ],
      'broken',
      '1977-12-05',
    ],
  ])('%j: %s is in %s', (lines, trigger, want) => {
    expect(dateIn(lines, trigger, '1978-01-01')).toBe(want);
  });
});

describe('a year in a relative clause without "which"', () => {
  it.each([
    [
      [
        'Mexico recalled its ambassador on 20 December 2022.',
        'Consider the Pacific Alliance, the trade club Mexico founded in 2011 with Chile and Peru.',
        'In January Lima protested to Santiago.',
      ],
      'protested',
      '2023-01',
    ],
  ])('%j: %s is in %s', (lines, trigger, want) => {
    expect(dateIn(lines, trigger, '2023-06-01')).toBe(want);
  });
});

describe('ground dated by its taking', () => {
  it.each([
    [
      [
        'Sadat addressed the Knesset on 20 November 1977.',
        'He demanded a withdrawal from every inch of the land occupied in 1967; Begin conceded nothing.',
      ],
      'conceded',
      '1977-11-20',
    ],
  ])('%j: %s is in %s', (lines, trigger, want) => {
    expect(dateIn(lines, trigger, '1978-06-01')).toBe(want);
  });
});

describe('days counted from an act the text does not date', () => {
  it.each([
    [
      [
        'On 14 March 2018 London expelled 23 Russian diplomats.',
        'No minister attended the World Cup in Russia that summer.',
        'Three days after the decision, Moscow expelled 23 British diplomats.',
      ],
      'expelled',
      '2018-03-17',
    ],
  ])('%j: %s is in %s', (lines, trigger, want) => {
    expect(dateIn(lines, trigger, '2019-01-01')).toBe(want);
  });
});

describe('a span of a life or a stay, not a step of the story', () => {
  it.each([
    [
      [
        'The court gave its award on 2 May 1977.',
        'My chief, a man who had spent twenty years on the southern frontier, read the cable twice.',
        'Six years earlier the two presidents had agreed to arbitration.',
      ],
      'agreed',
      '1971',
    ],
    // "on" with nothing after it still counts on
    [['The war ended in 1995.', 'Twenty years on, Zagreb protested to Belgrade.'], 'protested', '2015'],
  ])('%j: %s is in %s', (lines, trigger, want) => {
    expect(dateIn(lines, trigger, '2020-01-01')).toBe(want);
  });
});

describe('a sentence opening on "until"', () => {
  it.each([
    [
      [
        'They signed the points of agreement in November 1990.',
        'GUEST: Until 2010.',
        'The two leaders agreed on a swap that May.',
      ],
      'agreed',
      '2010-05',
    ],
  ])('%j: %s is in %s', (lines, trigger, want) => {
    expect(dateIn(lines, trigger, '2020-01-01')).toBe(want);
  });
});
