import { describe, expect, it } from 'vitest';
import { extractTemporalExpressions } from '../extract.js';

/** [text, start, end] of every expression found, written on Wednesday 25 September 2019 */
function found(text: string, referenceDate: string | null = '2019-09-25') {
  return extractTemporalExpressions(text, { referenceDate }).map((e) => [e.text, e.value.start, e.value.end]);
}

describe('days and weeks counted from the writing', () => {
  it.each([
    ['Yesterday the minister flew to Lome.', 'Yesterday', '2019-09-24', '2019-09-24'],
    [
      'The minister flew to Lome the day before yesterday.',
      'the day before yesterday',
      '2019-09-23',
      '2019-09-23',
    ],
    ['The envoy arrives tomorrow.', 'tomorrow', '2019-09-26', '2019-09-26'],
    ['The envoy was in Accra last week.', 'last week', '2019-09-16', '2019-09-22'],
    ['The envoy was in Accra earlier this week.', 'earlier this week', '2019-09-23', '2019-09-25'],
    ['Talks resume later this week.', 'later this week', '2019-09-26', '2019-09-29'],
    ['Talks resume next week.', 'next week', '2019-09-30', '2019-10-06'],
    ['Protesters gathered over the weekend.', 'over the weekend', '2019-09-21', '2019-09-22'],
    ['Protesters gathered last weekend.', 'last weekend', '2019-09-21', '2019-09-22'],
    ['The boat was seized three days ago.', 'three days ago', '2019-09-22', '2019-09-22'],
    ['The boat was seized two weeks ago.', 'two weeks ago', '2019-09-11', '2019-09-11'],
    ['Three boats were seized in the past two weeks.', 'the past two weeks', '2019-09-11', '2019-09-25'],
    ['The ministry protested this morning.', 'this morning', '2019-09-25', '2019-09-25'],
  ])('%s', (text, expression, start, end) => {
    expect(found(text)).toContainEqual([expression, start, end]);
  });

  it('leaves them unresolved when the writing names no day', () => {
    const month = extractTemporalExpressions('The envoy was in Accra last week.', {
      referenceDate: '2019-09',
    });
    expect(month.map((e) => [e.text, e.value.start])).toEqual([['last week', '']]);
  });

  it('reads no time in words that only look alike', () => {
    expect(found('The weekly paper ran a story on the weekday markets.')).toEqual([]);
  });
});
