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

describe('a weekday counted within a month', () => {
  it.each([
    [['On the last Sunday of January the talks broke down.'], 'broke', '2025-01-26'],
    [['Trade talks resumed on the first Monday in March 2019.'], 'resumed', '2019-03-04'],
    [
      ['In 2018 the envoys met twice.', 'They signed the text on the second Tuesday of October.'],
      'signed',
      '2018-10-09',
    ],
  ])('%j: %s is on %s', (lines, trigger, want) => {
    expect(dateIn(lines, trigger, '2025-10-27')).toBe(want);
  });
});

describe("a span counted on to the writer's present", () => {
  it('does not move the story there', () => {
    const lines = [
      'On the last Sunday of January Bogotá refused the flights.',
      'Let me remind you how it went, because nine months later it already feels like history.',
      'That afternoon Washington announced tariffs.',
    ];
    expect(dateIn(lines, 'announced', '2025-10-27')).toBe('2025-01-26');
  });
});

describe('a month that opens its sentence', () => {
  it.each([
    [
      [
        'In August 2024 the talks failed.',
        'Then January, and a new government in Washington.',
        'On the seventh, the envoy resigned.',
      ],
      'resigned',
      '2025-01-07',
    ],
    [
      ['In August 2024 the talks failed.', 'January was busy.', 'Washington sanctioned the general.'],
      'sanctioned',
      '2025-01',
    ],
  ])('%j: %s is in %s', (lines, trigger, want) => {
    expect(dateIn(lines, trigger, '2025-06-01')).toBe(want);
  });
  it('leaves "May" at the start of a sentence to the name it may be', () => {
    expect(
      dateIn(
        ['In August 2018 the talks failed.', 'May was furious and recalled the envoy.'],
        'recalled',
        '2019-06-01',
      ),
    ).toBe('2018-08');
  });
});

describe('the time a thing goes back to', () => {
  it('dates the thing, not the story', () => {
    const lines = [
      'On 27 June 2025 police raided the homes of dozens of Azerbaijanis in connection with murders dating back to the early 2000s.',
      'Two brothers died in custody.',
      'Baku cancelled every Russian cultural event.',
    ];
    expect(dateIn(lines, 'cancelled', '2025-07-01')).toBe('2025-06-27');
  });
});

describe('a time in an aside on a noun', () => {
  it('dates the noun, and the story stays where it was', () => {
    const lines = [
      'On 21 March 1969 the premier tried to telephone Beijing.',
      'At the end of the month Moscow proposed that the border talks, broken off in 1964, be resumed.',
      'On 24 May Beijing agreed to the talks.',
    ];
    expect(dateIn(lines, 'agreed', '2001-04-20')).toBe('1969-05-24');
  });
});

describe('a modal of memory', () => {
  it('looks back to the time it names, which the story then goes on from', () => {
    const lines = [
      'The House will recall the events of 17 April 1984.',
      'On 22 April the Government broke off relations with Libya.',
    ];
    expect(dateIn(lines, 'broke', '1999-07-07')).toBe('1984-04-22');
  });
});
