/**
 * "Nearly 20 years after the 1989 visit" counts from the event it names, not from
 * narrative time: when an offset ending in "after"/"before" is followed by an event phrase
 * holding a stated time in the same clause, the offset resolves from that time; when the
 * phrase states none, an offset of years stays unresolved rather than counting from an
 * unrelated narrative time, while days, weeks and months still count from narrative time,
 * as do "Two weeks after, …" and "a month after that".
 * @module
 */
import type { Candidate, Refiner } from '../candidate.js';

const ENDS_WITH_LINK = /\b(?:after|before)$/i;
const POINTS_BACK = /^\s*(?:(?:that|this|then|which)\b|[,.;:)—–-]|$)/i;
const CLAUSE_BREAK = /[.;:!?—]/;

export const eventAnchorRefiner: Refiner = {
  id: 'event-anchor',
  refine(candidates: Candidate[], text: string): Candidate[] {
    const anchors = new Set<Candidate>();
    const out: Candidate[] = candidates.map((c, i): Candidate => {
      if (c.ruleId !== 'relative-offset' || !c.resolve || !ENDS_WITH_LINK.test(c.text)) return c;
      if (POINTS_BACK.test(text.slice(c.end, c.end + 12))) return c;
      const next = candidates[i + 1];
      const between = next ? text.slice(c.end, next.start) : '';
      if (next?.value && next.anchor === 'text' && next.start - c.end <= 120 && !CLAUSE_BREAK.test(between)) {
        const value = c.resolve(next.value);
        if (value) {
          anchors.add(next);
          return { ...c, value, anchor: 'text', resolve: undefined, ruleId: 'relative-offset-event' };
        }
      }
      // "a few weeks after the EU decided…" is most likely still near narrative time;
      // "20 years after <an unnamed event>" is not, so only short offsets fall back to it
      if (c.precision === 'day' || c.precision === 'month')
        return /after$/i.test(c.text) ? { ...c, endsAtWriting: true } : c;
      return { ...c, resolve: undefined, carries: false, ruleId: 'relative-offset-event' };
    });
    // the story continues at the counted time, not at the event it was counted from; an anchor
    // read as "after X" ("twelve days after Pulwama", "two years after 2010") lent its "after" to
    // the count and is no time of the sentence at all
    return anchors.size === 0
      ? out
      : out
          .filter((c) => !(anchors.has(c) && (c.ruleId === 'document-event' || c.ruleId.startsWith('open-'))))
          .map((c) => (anchors.has(c) ? { ...c, carries: false } : c));
  },
};
