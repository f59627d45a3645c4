/**
 * Dates of the nineteenth session: a finding made "years later" in an aside, "by now" in the
 * historical present, and an author–year citation with its page.
 */
import { describe, expect, it } from 'vitest';
import { dateIn } from './helpers/sentence-timeline.js';

/** [what the case shows, the document's sentences, the trigger in the last one, its date, the publication date] */
type Case = [string, string[], string, string, string];

const cases: Case[] = [
  [
    'a finding made years later, told in an aside',
    [
      'On 13 May 1998 the parliament in Accra demanded that Togo withdraw.',
      'A commission in The Hague decided, years later, that Togo had broken the law when its brigades crossed on 12 May.',
      'On 5 June Ghanaian jets struck the airport at Lome.',
    ],
    'struck',
    '1998-06-05',
    '2019-11-01',
  ],
  [
    '"by now" in the historical present',
    [
      '28 March 2002 — At the summit in Beirut, the vice-president, by now the ruler’s deputy, embraces the crown prince.',
      'Seven months later Accra hands back the archives.',
    ],
    'hands',
    '2002-10',
    '2020-08-02',
  ],
  [
    'an author–year citation with its page',
    [
      'On 17 September 2021 Paris recalled its ambassadors.',
      'Le Drian then accused both capitals of lying, a word that, as Delvaux (2023: 88) observes, Paris had not used before.',
      'Brussels took up the French cause on 22 September.',
    ],
    'took',
    '2021-09-22',
    '2024-05-01',
  ],
];

describe('dates of the nineteenth session', () => {
  it.each(cases)('%s: %j, %s is in %s', (_why, lines, trigger, want, publishedAt) => {
    expect(dateIn(lines, trigger, publishedAt)).toBe(want);
  });
});
