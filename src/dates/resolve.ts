/**
 * Turns candidates into TemporalExpressions in text order, carrying narrative time:
 * each stated time moves it, relative ones resolve against it, deictic ones against
 * the document date.
 * @module
 */

import { formatPartialDate, lowerBound, parsePartialDate, truncateLike } from './calendar.js';
import type { Candidate } from './candidate.js';
import type { TemporalExpression, TimeValue } from './time-value.js';
import {
  firstPoint,
  isResolved,
  lastPoint,
  unresolvedValue,
  valueBounds,
  yearValue,
} from './time-value-ops.js';

export interface NarrativeTime {
  value: TimeValue;
  /** the expression that set it, with offsets as reported */
  expression: TemporalExpression;
}

export interface ResolveOptions {
  documentDate: TimeValue | null;
  /** with no narrative time, resolve narrative-relative phrases against the document date */
  narrativeFallsBackToDocument: boolean;
  /**
   * the date the report gives itself, when `documentDate` stands for an entry's own day (a dated
   * heading or a dispatch's dateline); nothing the story counts on to passes it
   */
  publishedAt?: TimeValue | null;
}

export interface ResolvedStep {
  expression: TemporalExpression;
  /** narrative time just before this expression */
  narrativeBefore: NarrativeTime | null;
  carries: boolean;
}

// an open start is filled from narrative time only when that time is this close before the end
const MAX_FILL_YEARS = 10;

function fillOpen(
  v: TimeValue,
  side: Candidate['openSide'],
  narrative: TimeValue | null,
  documentDate: TimeValue | null,
): TimeValue {
  if (side === 'end' && v.end === '' && v.start && documentDate) {
    const s = parsePartialDate(v.start);
    const d = lastPoint(documentDate);
    if (s && d) {
      const end = formatPartialDate(truncateLike(d, s));
      if (end >= v.start) return { ...v, end };
    }
  }
  if (side === 'start' && v.start === '' && v.end && narrative) {
    const e = parsePartialDate(v.end);
    const n = firstPoint(narrative);
    if (e && n && n.year <= e.year && e.year - n.year <= MAX_FILL_YEARS) {
      const start = formatPartialDate(n);
      const bounds = valueBounds({ ...v, start });
      if (bounds && bounds[0] <= bounds[1]) return { ...v, start, inferred: true };
    }
  }
  return v;
}

function yearOnly(v: TimeValue): TimeValue | null {
  const p = firstPoint(v);
  return p ? yearValue(p.year, v.type) : null;
}

/** yearless days and months, which take their year by counting on from the story's time */
const ROLLS_ON = /^(?:(?:open-)?day-month|bare-month)$/;

/** the same day or month a year earlier when counting on put it after the writing */
function notPastWriting(c: Candidate, v: TimeValue, story: TimeValue, writing: TimeValue): TimeValue {
  const at = firstPoint(v);
  const limit = valueBounds(writing)?.[1];
  const reached = valueBounds(story)?.[0];
  if (!at || limit === undefined || lowerBound(at) <= limit) return v;
  if (reached === undefined || reached > limit) return v;
  return yearEarlier(c, v, at.year);
}

/** the candidate resolved a year before `year`, or `v` where it cannot be */
function yearEarlier(c: Candidate, v: TimeValue, year: number): TimeValue {
  const earlier = c.resolve?.(yearValue(year - 1, v.type));
  return earlier && firstPoint(earlier)?.year === year - 1 ? earlier : v;
}

/** how many months past the story's time a yearless date told in the pluperfect may lie and still be ahead of it */
const LOOK_BACK_SLACK_MONTHS = 3;

/** a yyyymmdd bound as a count of months */
const monthsOf = (bound: number) => Math.floor(bound / 10000) * 12 + (Math.floor(bound / 100) % 100);

/** the same day or month a year earlier when counting on put it well after the story's time */
function notAfterStory(c: Candidate, v: TimeValue, story: TimeValue): TimeValue {
  const at = firstPoint(v);
  const reached = valueBounds(story)?.[0];
  // "had taken them out by 19 May", a few weeks on, may still be ahead of a story told in the pluperfect
  if (!at || reached === undefined || monthsOf(lowerBound(at)) <= monthsOf(reached) + LOOK_BACK_SLACK_MONTHS)
    return v;
  return yearEarlier(c, v, at.year);
}

/** "24 May", and "since 6 November" with it */
const DAY_OF_MONTH = /^(?:open-)?day-month$/;

export function resolveCandidate(
  c: Candidate,
  narrative: TimeValue | null,
  options: ResolveOptions,
): TemporalExpression['value'] {
  let v: TimeValue | null = c.value;
  let reference: TimeValue | null = null;
  if (!v && c.resolve) {
    reference = c.anchor === 'document' ? options.documentDate : narrative;
    // "On 24 May Ottawa expelled …" with no year told yet: a day of the month is dated from the
    // writing, as a reader of the report would; "that year" or "In July" still wait for the story
    if (
      !reference &&
      c.anchor === 'narrative' &&
      (options.narrativeFallsBackToDocument || DAY_OF_MONTH.test(c.ruleId) || c.ruleId === 'weekday')
    )
      // a month named alone is dated in the writing's year, never rolled on past it
      reference =
        options.documentDate && (DAY_OF_MONTH.test(c.ruleId) || c.ruleId === 'bare-month')
          ? yearOnly(options.documentDate)
          : options.documentDate;
    v = reference ? c.resolve(reference) : null;
    // "in late November" with no year told yet, in a report of December: the last November before
    // the writing, as a reader of the report would take it
    if (!v && !reference && c.anchor === 'narrative' && c.ruleId === 'bare-month' && options.documentDate) {
      const writing = firstPoint(options.documentDate);
      if (writing) {
        v = c.resolve(yearValue(writing.year, options.documentDate.type));
        const start = v && firstPoint(v);
        if (start?.month !== undefined && writing.month !== undefined && start.month > writing.month)
          v = c.resolve(yearValue(writing.year - 1, options.documentDate.type));
      }
    }
  }
  // "Go back to 5 April" after a story that reached November: counting on from the story's time
  // never passes the writing, since a report tells what has happened
  // (unless the story has already gone past the date the report gives itself)
  const story = c.anchor === 'narrative' ? narrative : null;
  const published = options.publishedAt === undefined ? options.documentDate : options.publishedAt;
  if (v && story && reference === story && ROLLS_ON.test(c.ruleId) && published)
    v = notPastWriting(c, v, story, published);
  if (v && story && reference === story && ROLLS_ON.test(c.ruleId) && c.looksBack)
    v = notAfterStory(c, v, story);
  if (v && c.endsAtWriting && published && isResolved(v)) {
    const after = valueBounds(v)?.[0];
    const limit = valueBounds(published)?.[1];
    if (after !== undefined && limit !== undefined && after > limit) v = { ...published, inferred: true };
  }
  if (!v || !isResolved(v)) return unresolvedValue(c.precision);
  if (c.openSide) v = fillOpen(v, c.openSide, narrative, options.documentDate);
  return v;
}

export function toExpression(c: Candidate, value: TimeValue, offset: number): TemporalExpression {
  return {
    value,
    start: c.start + offset,
    end: c.end + offset,
    text: c.text,
    ruleId: c.ruleId,
    relative: c.anchor !== 'text',
    anchor: c.anchor,
  };
}

/**
 * resolves candidates left to right; returns each step and the narrative time after them.
 * `namesAThing` marks times that modify a noun ("the 1965 agreement"): later ones do not resolve against them.
 * `sameDay` is the day "the same day" or "that evening" count from when the story's time is coarser.
 */
export function resolveInOrder(
  candidates: readonly Candidate[],
  narrative: NarrativeTime | null,
  options: ResolveOptions,
  offset = 0,
  namesAThing: (c: Candidate) => boolean = () => false,
  sameDay: NarrativeTime | null = null,
  lastDay: NarrativeTime | null = null,
): { steps: ResolvedStep[]; narrative: NarrativeTime | null } {
  const steps: ResolvedStep[] = [];
  let current = narrative;
  // the last time told to the month or the day: "the day after" counts from one of those
  const fine = (t: NarrativeTime | null) => t?.value.precision === 'day' || t?.value.precision === 'month';
  let lastFine = fine(narrative) ? narrative : null;
  for (const c of candidates) {
    // "that evening" wants a day: after a look back to a season it is still the story's last day
    let reference = c.ruleId === 'relative-same-day' && current === narrative && sameDay ? sameDay : current;
    // "Next morning India withdrew the status it had given in 1996, and the day after …": a year
    // named on the way gives no day to count from; the last day told does
    if (
      (c.ruleId === 'relative-day' || c.ruleId === 'relative-same-day') &&
      reference &&
      !fine(reference) &&
      lastFine
    )
      reference = lastFine;
    // "On 14 March we expelled 23 diplomats. … this summer. Three days after our decision, Moscow
    // expelled …": days counted from an act the text does not date count from the last day told,
    // not from a season or month the story passed through since
    if (
      c.ruleId === 'relative-offset' &&
      c.endsAtWriting &&
      c.precision === 'day' &&
      reference &&
      reference.value.precision !== 'day' &&
      lastDay &&
      lastDay.value.start < reference.value.start
    )
      reference = lastDay;
    // "· 27 Feb In response to strikes this morning": a post or entry that states its own day
    // counts its "this morning" and "yesterday" from that day, not from the writing
    const ownDay =
      c.ruleId === 'deictic-day'
        ? steps.find((x) => x.carries && x.expression.value.precision === 'day')
        : undefined;
    const value = resolveCandidate(
      c,
      reference?.value ?? null,
      ownDay ? { ...options, documentDate: ownDay.expression.value } : options,
    );
    const expression = toExpression(c, value, offset);
    const carries = c.carries && isResolved(value) && value.start !== '' && value.end !== '';
    steps.push({ expression, narrativeBefore: current, carries });
    // "consultations under the 1965 agreement that month": a year naming a thing is no time the
    // rest of the sentence is told in; whether it moves the story is the timeline's call
    if (carries && !namesAThing(c)) {
      current = { value, expression };
      if (fine(current)) lastFine = current;
    }
  }
  return { steps, narrative: current };
}
