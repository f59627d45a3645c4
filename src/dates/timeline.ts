/**
 * Narrative time across a document, and the date of each event from it.
 * @module
 */
import type { IngestedDocument } from '../ingest/document.js';
import { documentDateValue } from './document-date.js';
import { type NarrativeTime, type ResolvedStep, resolveInOrder } from './resolve.js';
import { scanCandidates } from './scan.js';
import { isFramingSegment, type Segment, segmentSentence } from './segments.js';
import type { DateAttachment, TemporalExpression, TimeValue } from './time-value.js';
import { formatTimeValue, isResolved, withInferred } from './time-value-ops.js';

export type TimelineDocument = Pick<IngestedDocument, 'text' | 'sentences' | 'sections' | 'metadata'>;

export interface DocumentTimeline {
  /** the date of an event whose trigger (verb or noun) spans [triggerStart, triggerEnd) of doc.text */
  dateFor(sentenceIndex: number, triggerStart: number, triggerEnd: number): DateAttachment;
  /** the sentence's expressions, offsets into doc.text */
  expressions(sentenceIndex: number): TemporalExpression[];
  /** narrative time as the sentence begins, or null */
  narrativeAt(sentenceIndex: number): TimeValue | null;
}

interface SentenceTime {
  start: number;
  end: number;
  steps: ResolvedStep[];
  narrativeBefore: NarrativeTime | null;
  segments?: Segment[];
  framing?: boolean[];
}

const NONE: DateAttachment = {
  value: null,
  expression: null,
  how: 'none',
  reason: 'no time stated or carried',
};

// a preposition just before a time ties it to the word in front ("returned … in November")
const PREPOSITION_BEFORE =
  /\b(?:in|on|during|by|since|until|till|from|at|of|between|after|before|through|throughout|back\s+in)\s+$/i;

function quote(e: TemporalExpression): string {
  return `"${e.text}"`;
}

export function createDocumentTimeline(doc: TimelineDocument): DocumentTimeline {
  const documentDate = documentDateValue(doc.metadata.publishedAt);
  const options = { documentDate, narrativeFallsBackToDocument: false };
  const bySentence = new Map<number, SentenceTime>();
  const ordered = [...doc.sentences].sort((a, b) => a.index - b.index);
  let narrative: NarrativeTime | null = null;
  let section: number | null = null;
  for (const s of ordered) {
    // a new section starts a new story: carried time does not cross a heading
    if (section !== null && s.sectionIndex !== section) narrative = null;
    section = s.sectionIndex;
    const before = narrative;
    const { steps, narrative: after } = resolveInOrder(scanCandidates(s.text), narrative, options, s.start);
    narrative = after;
    bySentence.set(s.index, { start: s.start, end: s.end, steps, narrativeBefore: before });
  }

  function structure(st: SentenceTime): { segments: Segment[]; framing: boolean[] } {
    if (!st.segments) {
      const local = doc.text.slice(st.start, st.end);
      st.segments = segmentSentence(local).map((g) => ({ start: g.start + st.start, end: g.end + st.start }));
      const spans = st.steps.map((x) => x.expression);
      st.framing = st.segments.map(
        (g) =>
          spans.some((e) => e.start >= g.start && e.end <= g.end) && isFramingSegment(doc.text, g, spans),
      );
    }
    return { segments: st.segments, framing: st.framing! };
  }

  function distance(e: TemporalExpression, triggerStart: number, triggerEnd: number): number {
    if (e.end <= triggerStart) {
      const gap = doc.text.slice(e.end, triggerStart).trim();
      const words = gap ? gap.split(/\s+/).length : 0;
      // "its 2014 annexation": a time right before the trigger modifies it
      return triggerStart - e.end + (words <= 1 ? 0 : 12);
    }
    if (e.start >= triggerEnd) {
      const attached = PREPOSITION_BEFORE.test(doc.text.slice(Math.max(triggerEnd, e.start - 12), e.start));
      return e.start - triggerEnd - (attached ? 5 : 0);
    }
    return 0;
  }

  function attach(
    e: TemporalExpression,
    how: DateAttachment['how'],
    reason: string,
    inferred: boolean,
  ): DateAttachment {
    return { value: inferred ? withInferred(e.value, true) : e.value, expression: e, how, reason };
  }

  return {
    expressions(sentenceIndex: number): TemporalExpression[] {
      return bySentence.get(sentenceIndex)?.steps.map((x) => x.expression) ?? [];
    },

    narrativeAt(sentenceIndex: number): TimeValue | null {
      return bySentence.get(sentenceIndex)?.narrativeBefore?.value ?? null;
    },

    dateFor(sentenceIndex: number, triggerStart: number, triggerEnd: number): DateAttachment {
      const st = bySentence.get(sentenceIndex);
      if (!st) return NONE;
      const usable = st.steps.filter((x) => isResolved(x.expression.value));
      if (usable.length > 0) {
        const { segments, framing } = structure(st);
        const home = segments.findIndex((g) => triggerStart >= g.start && triggerStart < g.end);
        if (home >= 0) {
          const seg = segments[home];
          const inside = usable.filter((x) => x.expression.start >= seg.start && x.expression.end <= seg.end);
          if (inside.length > 0) {
            let best = inside[0].expression;
            let bestDistance = distance(best, triggerStart, triggerEnd);
            for (const x of inside.slice(1)) {
              const d = distance(x.expression, triggerStart, triggerEnd);
              if (d < bestDistance) {
                best = x.expression;
                bestDistance = d;
              }
            }
            return attach(best, 'governing', `${quote(best)} in the same clause`, best.value.inferred);
          }
          // a clause of its own that only states a time ("In 2010, however, …") frames the sentence
          const frames = segments
            .map((g, i) => ({ g, i }))
            .filter(({ i }) => framing[i] && i !== home)
            .sort(
              (a, b) =>
                (a.i < home ? home - a.i : a.i - home + segments.length) -
                (b.i < home ? home - b.i : b.i - home + segments.length),
            );
          if (frames.length > 0) {
            const g = frames[0].g;
            const e = usable.map((x) => x.expression).find((x) => x.start >= g.start && x.end <= g.end)!;
            return attach(e, 'governing', `${quote(e)} frames the sentence`, e.value.inferred);
          }
        }
        // another clause of the sentence states a time: the nearest, preferring one before the trigger
        const before = usable.filter((x) => x.expression.end <= triggerStart);
        const pick = before.length > 0 ? before[before.length - 1] : usable[0];
        return attach(
          pick.expression,
          'sentence',
          `${quote(pick.expression)} elsewhere in the sentence`,
          true,
        );
      }
      const carried = st.narrativeBefore;
      if (carried) {
        return {
          value: withInferred(carried.value, true),
          expression: carried.expression,
          how: 'narrative',
          reason: `narrative time ${formatTimeValue(carried.value)} carried from ${quote(carried.expression)}`,
        };
      }
      return NONE;
    },
  };
}
