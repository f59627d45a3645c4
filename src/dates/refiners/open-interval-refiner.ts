/**
 * Turns a time after "since", "by", "until", "before", "after" into an open interval:
 * "since 2013" (2013/..), "by 1999" (../1999), "until 2021". The missing side stays ""
 * here; the timeline may fill it from the document date or narrative time.
 * @module
 */
import type { Candidate, Refiner } from '../candidate.js';
import type { TimeValue } from '../time-value.js';
import { makeValue } from '../time-value-ops.js';

const OPENER =
  /\b(ever\s+since|since|by|until|till|up\s+until|up\s+to|through|before|prior\s+to|after|no\s+later\s+than)\s+$/i;

type Side = 'from' | 'to' | 'before' | 'after';

const SIDES: Readonly<Record<string, Side>> = {
  'ever since': 'from',
  since: 'from',
  by: 'to',
  until: 'to',
  till: 'to',
  'up until': 'to',
  'up to': 'to',
  through: 'to',
  'no later than': 'to',
  before: 'before',
  'prior to': 'before',
  after: 'after',
};

function openValue(v: TimeValue, side: Side): TimeValue {
  switch (side) {
    case 'from':
      return makeValue(v.start, '', v.precision, 'open', v.inferred);
    case 'after':
      return makeValue(v.end, '', v.precision, 'open', v.inferred);
    case 'to':
      return makeValue('', v.end, v.precision, 'open', v.inferred);
    case 'before':
      return makeValue('', v.start, v.precision, 'open', v.inferred);
  }
}

export const openIntervalRefiner: Refiner = {
  id: 'open',
  refine(candidates: Candidate[], text: string): Candidate[] {
    return candidates.map((c) => {
      if (c.kind === 'open' || c.kind === 'deictic' || c.ruleId === 'narrative-anchor') return c;
      const m = OPENER.exec(text.slice(Math.max(0, c.start - 24), c.start));
      if (!m) return c;
      const word = m[1].toLowerCase().replace(/\s+/g, ' ');
      const side = SIDES[word];
      if (!side) return c;
      // "by then" style phrases are anchors, and "after" a relative phrase is ordinary prose
      if (c.anchor === 'narrative' && (side === 'after' || side === 'before')) return c;
      const start = c.start - m[0].length;
      const base = {
        ...c,
        start,
        text: text.slice(start, c.end),
        ruleId: `open-${c.ruleId}`,
        kind: 'open' as const,
      };
      const openSide: 'start' | 'end' = side === 'from' || side === 'after' ? 'end' : 'start';
      if (c.value) return { ...base, value: openValue(c.value, side), openSide, carries: false };
      const inner = c.resolve!;
      return {
        ...base,
        openSide,
        carries: false,
        resolve: (ref: TimeValue) => {
          const v = inner(ref);
          return v ? openValue(v, side) : null;
        },
      };
    });
  },
};
