/**
 * Joins two stated times into a range: "from June 2006 to June 2010", "between 2013 and
 * 2017", "June 2006–June 2010", "from $4 billion in 2003 to $36 billion in 2013", and takes
 * in a leading "Over a four-year period," that announces the range.
 * Runs after the overlap refiner so each side is already its longest reading.
 * @module
 */
import type { Candidate, Refiner } from '../candidate.js';
import { makeValue } from '../time-value-ops.js';

const DIRECT_GAP = /^\s*(?:[–—-]|to|until|till|through|thru|and)\s*$/i;
const FROM_BEFORE = /\b(from|between)\s+$/i;
// "from $4 billion in 2003 to $36 billion in 2013": amounts between the words and the years
const FROM_FAR_BEFORE = /\bfrom\b[^.;:()]{1,40}?\b(?:in|by)\s+$/i;
const FAR_GAP = /^[^.;:()]{0,40}?\bto\b[^.;:()]{0,40}?\b(?:in|by)\s+$/i;
const PERIOD_BEFORE =
  /\b(?:over|during|in|for)\s+(?:a|an|the)\s+(?:\w+[-\s])?(?:year|month|week|day|decade)s?[-\s](?:long\s+)?(?:period|span|stretch|interval)\s*,?\s*$/i;

function joinable(c: Candidate): boolean {
  return c.anchor === 'text' && c.value !== null && c.kind !== 'open' && c.kind !== 'range';
}

export const rangeRefiner: Refiner = {
  id: 'range',
  refine(candidates: Candidate[], text: string): Candidate[] {
    const out: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const a = candidates[i];
      const b = candidates[i + 1];
      if (!b || !joinable(a) || !joinable(b)) {
        out.push(a);
        continue;
      }
      const gap = text.slice(a.end, b.start);
      const before = text.slice(Math.max(0, a.start - 60), a.start);
      let start = a.start;
      let ruleId = 'range';
      const from = FROM_BEFORE.exec(before);
      if (DIRECT_GAP.test(gap)) {
        const isAnd = /^\s*and\s*$/i.test(gap);
        // "2013 and 2017" is a range only after "between"
        if (isAnd && from?.[1].toLowerCase() !== 'between') {
          out.push(a);
          continue;
        }
        if (from) start = a.start - from[0].length;
      } else if (FAR_GAP.test(gap) && FROM_FAR_BEFORE.test(before) && a.kind === b.kind) {
        ruleId = 'range-from-to';
      } else {
        out.push(a);
        continue;
      }
      const av = a.value!;
      const bv = b.value!;
      if (av.start > bv.end && av.start.slice(0, 4) > bv.end.slice(0, 4)) {
        out.push(a);
        continue;
      }
      const period = PERIOD_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
      if (period) start -= period[0].length;
      out.push({
        start,
        end: b.end,
        text: text.slice(start, b.end),
        ruleId,
        kind: 'range',
        value: makeValue(av.start, bv.end, 'range', 'range'),
        anchor: 'text',
        precision: 'range',
        carries: true,
      });
      i++;
    }
    return out;
  },
};
