import { describe, expect, it } from 'vitest';
import { resolutionMentions } from './resolution-names.js';

describe('resolutionMentions', () => {
  it('takes a resolution right before its verb as the Security Council', () => {
    const got = resolutionMentions('Four days later Resolution 661 imposed an embargo on Iraq.', []);
    expect(got.map((m) => [m.text, m.code])).toEqual([['Resolution 661', 'IGOUNO']]);
    expect(
      resolutionMentions('UN resolution 2699 (2023) authorises the mission.', []).map((m) => m.text),
    ).toEqual(['UN resolution 2699 (2023)']);
  });
  it('leaves a resolution that is only the instrument of an act', () => {
    expect(resolutionMentions('Israel says Hezbollah violated Resolution 1701 repeatedly.', [])).toEqual([]);
    expect(resolutionMentions('Under resolution 2231, Iran accepted limits.', [])).toEqual([]);
  });
});
