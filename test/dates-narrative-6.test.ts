/**
 * Dates of the eighteenth session: when a record of the story came out, a pluperfect done "by
 * evening", a year in a relative clause without "which", ground dated by its taking, days counted
 * from an undated act, a span of a life, a sentence opening on "until".
 */
import { describe, expect, it } from 'vitest';
import { dateIn } from './helpers/sentence-timeline.js';

/** [what the case shows, the document's sentences, the trigger in the last one, its date, the publication date] */
type Case = [string, string[], string, string, string];

const cases: Case[] = [
  [
    'the time a record of the story came out',
    [
      'The blockade began on 5 June 2017.',
      'Reports published the following year claimed that Washington had talked Riyadh out of an invasion.',
      'A call between the two leaders on 8 September briefly raised hopes.',
    ],
    'raised',
    '2017-09-08',
    '2022-01-01',
  ],
  [
    'the time a record of the story came out',
    [
      'The blockade began on 5 June 2017.',
      'Documents declassified in 2019 show that Riyadh had planned an invasion.',
      'On 9 October Kuwait sent its emir to Riyadh.',
    ],
    'sent',
    '2017-10-09',
    '2022-01-01',
  ],
  // the story itself moving on a year still moves it
  [
    'the time a record of the story came out',
    [
      'The blockade began on 5 June 2017.',
      'The following year Doha went to the court.',
      'On 9 October it won.',
    ],
    'won',
    '2018-10-09',
    '2022-01-01',
  ],
  [
    'a pluperfect done by a later hour of the same day',
    [
      'Sadat spoke to the Knesset on 20 November 1977.',
      'The Arab summit in Tripoli ended on 5 December 1977 with a call to isolate Cairo.',
      'By evening Egypt had broken off relations with Syria.',
    ],
    'broken',
    '1977-12-05',
    '1978-01-01',
  ],
  [
    'a year in a relative clause without "which"',
    [
      'Mexico recalled its ambassador on 20 December 2022.',
      'Consider the Pacific Alliance, the trade club Mexico founded in 2011 with Chile and Peru.',
      'In January Lima protested to Santiago.',
    ],
    'protested',
    '2023-01',
    '2023-06-01',
  ],
  [
    'ground dated by its taking',
    [
      'Sadat addressed the Knesset on 20 November 1977.',
      'He demanded a withdrawal from every inch of the land occupied in 1967; Begin conceded nothing.',
    ],
    'conceded',
    '1977-11-20',
    '1978-06-01',
  ],
  [
    'days counted from an act the text does not date',
    [
      'On 14 March 2018 London expelled 23 Russian diplomats.',
      'No minister attended the World Cup in Russia that summer.',
      'Three days after the decision, Moscow expelled 23 British diplomats.',
    ],
    'expelled',
    '2018-03-17',
    '2019-01-01',
  ],
  [
    'a span of a life or a stay, not a step of the story',
    [
      'The court gave its award on 2 May 1977.',
      'My chief, a man who had spent twenty years on the southern frontier, read the cable twice.',
      'Six years earlier the two presidents had agreed to arbitration.',
    ],
    'agreed',
    '1971',
    '2020-01-01',
  ],
  [
    'a span of a life or a stay, not a step of the story',
    ['The war ended in 1995.', 'Twenty years on, Zagreb protested to Belgrade.'],
    'protested',
    '2015',
    '2020-01-01',
  ],
  [
    'a sentence opening on "until"',
    [
      'They signed the points of agreement in November 1990.',
      'GUEST: Until 2010.',
      'The two leaders agreed on a swap that May.',
    ],
    'agreed',
    '2010-05',
    '2020-01-01',
  ],
];

describe('dates of the eighteenth session', () => {
  it.each(cases)('%s: %j, %s is in %s', (_why, lines, trigger, want, publishedAt) => {
    expect(dateIn(lines, trigger, publishedAt)).toBe(want);
  });
});
