/**
 * Events a report dates once and then names as anchors: "after the Pulwama bombing in February
 * 2019, …" and, later, "twelve days after Pulwama". The name is learnt from a capitalised place
 * or name before an event noun, with the stated time right before or after it; later mentions of
 * the name after "after", "before", "since" and the like anchor counts and open intervals as the
 * well-known events of data/dates/historical-events.tsv do.
 * @module
 */
import type { Candidate, Parser } from './candidate.js';
import type { TimeValue } from './time-value.js';

const EVENT_NOUNS =
  'attack|attacks|bombing|bombings|clash|clashes|massacre|incident|crisis|summit|raid|raids|killing|killings|poisoning|uprising|coup|standoff|stand-off|skirmish|shootdown|blockade|invasion|earthquake|accident|explosion|ambush|crash|protests|riots|elections?|referendum';
const NAME_WORD = "[A-Z][\\p{L}'’-]+";
const NAMED_EVENT = new RegExp(`\\b(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})\\s+(?:${EVENT_NOUNS})\\b`, 'gu');
/** what may stand between the name and its time: "the Pulwama bombing in February 2019" */
const LINK_AFTER = /^\s*(?:,\s*)?(?:in|on|of|at the end of|at the start of)?\s*$/;
const LINK_BEFORE = /^\s*$/;
/** capitalised words that open a sentence or name a time, not an event */
const NOT_NAMES =
  /^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|After|Before|Since|During|In|On|By|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Security|Border|Terrorist|Military|Suicide|Air|Cyber)$/;
const ANCHOR_BEFORE = /\b(?:after|before|since|following|until|till|from|by)\s+(?:the\s+)?$/i;

interface Learnt {
  pattern: RegExp;
  value: TimeValue;
}

export class DocumentEvents {
  private readonly learnt = new Map<string, Learnt>();

  /** names events the sentence dates: its stated times right before or after a named event */
  learn(text: string, candidates: readonly Candidate[]): void {
    if (!candidates.some((c) => c.value && c.anchor === 'text')) return;
    NAMED_EVENT.lastIndex = 0;
    for (let m = NAMED_EVENT.exec(text); m; m = NAMED_EVENT.exec(text)) {
      const words = m[1].split(/\s+/);
      while (words.length && NOT_NAMES.test(words[0])) words.shift();
      if (!words.length || words.some((w) => NOT_NAMES.test(w))) continue;
      const name = words.join(' ');
      const end = m.index + m[0].length;
      const stated = candidates.find(
        (c) =>
          c.value &&
          c.anchor === 'text' &&
          ((c.start >= end && LINK_AFTER.test(text.slice(end, c.start))) ||
            (c.end <= m.index + m[0].indexOf(m[1]) &&
              LINK_BEFORE.test(text.slice(c.end, m.index + m[0].indexOf(m[1]))))),
      );
      if (!stated?.value || this.learnt.has(name)) continue;
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
      this.learnt.set(name, {
        pattern: new RegExp(`\\b${escaped}(?:\\s+(?:${EVENT_NOUNS}))?(?![\\p{L}'’-])`, 'gu'),
        value: stated.value,
      });
    }
  }

  /** a parser for the names learnt so far, or null before any */
  parser(): Parser | null {
    if (this.learnt.size === 0) return null;
    const learnt = [...this.learnt.values()];
    return {
      id: 'document-event',
      parse(text: string): Candidate[] {
        const out: Candidate[] = [];
        for (const { pattern, value } of learnt) {
          pattern.lastIndex = 0;
          for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
            // only as an anchor: "twelve days after Pulwama", "since the Galwan clash"
            if (!ANCHOR_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
            out.push({
              start: m.index,
              end: m.index + m[0].length,
              text: m[0],
              ruleId: 'document-event',
              kind: 'year',
              value,
              anchor: 'text',
              precision: value.precision,
              carries: false,
            });
          }
        }
        return out;
      },
    };
  }
}
