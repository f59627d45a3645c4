import { describe, expect, it } from 'vitest';
import { weekdayOfMonth } from './weekday-of-month-parser.js';

describe('the nth weekday of a month', () => {
  it('counts from the first day, or back from the last', () => {
    expect(weekdayOfMonth(2025, 1, 0, 4)).toBe('2025-01-26');
    expect(weekdayOfMonth(2019, 3, 1, 0)).toBe('2019-03-04');
    expect(weekdayOfMonth(2018, 10, 2, 1)).toBe('2018-10-09');
    expect(weekdayOfMonth(2024, 2, 4, 4)).toBe('2024-02-29');
  });
});
