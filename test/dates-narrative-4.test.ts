/**
 * Dates of the sixteenth session: a month after a season that runs into a new year, and a wire
 * dispatch's dateline framing its lead sentence.
 */
import { describe, expect, it } from 'vitest';
import { dateIn } from './helpers/sentence-timeline.js';

describe('a month told after a stretch that runs into a new year', () => {
  it.each([
    [
      [
        'The talks broke down on 17 December 1978.',
        'Cairo hardened its terms that winter.',
        'In March the envoy flew to Cairo.',
      ],
      'flew',
      '1979-03',
    ],
    [
      [
        'The talks broke down on 17 December 1978.',
        'Cairo hardened its terms that winter.',
        'In January the envoy flew to Cairo.',
      ],
      'flew',
      '1979-01',
    ],
    [
      [
        'Fighting flared in May 1990.',
        'Both sides dug in over the summer.',
        'In August the envoy flew to Baghdad.',
      ],
      'flew',
      '1990-08',
    ],
  ])('%j: %s is in %s', (lines, trigger, want) => {
    expect(dateIn(lines, trigger, '1991-01-01')).toBe(want);
  });
});

describe("a dispatch's dateline frames its lead", () => {
  it('carries the day of filing, not the earlier month the lead looks back to', () => {
    const lines = [
      'SEOUL, May 20 (Newswire) — A torpedo sank the corvette in March, investigators concluded on Thursday.',
      'The president promised firm countermeasures.',
    ];
    expect(dateIn(lines, 'promised', '2010-05-21')).toBe('2010-05-20');
  });
});
