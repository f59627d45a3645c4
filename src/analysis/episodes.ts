/**
 * Episodes in a relationship: a promise later reversed (agreement or intent, then a reduction,
 * sanction, ban, rejection or lawsuit on the same dyad), and turning points where the balance of
 * cooperation and conflict changes sign.
 * @module
 */
import nlp from 'compromise';
import type { EventFact, Store, StoredEvent } from '../store/store.js';
import { codeMatches } from './actor-level.js';
import { computeDyadSeries } from './dyad-series.js';
import { type AnalysisEvent, isFact, toFact } from './event-facts.js';
import type { PeriodUnit } from './periods.js';
import { daySpanOf } from './periods.js';

export interface EpisodeOptions {
  /** how long after a promise a reversal still counts (default 3 years) */
  withinYears?: number;
  /** period of the series in which turning points are sought (default "year") */
  by?: PeriodUnit;
}

export interface EpisodeEvent {
  id: number;
  code: string;
  quad: 1 | 2 | 3 | 4;
  goldstein: number;
  source: string;
  target: string | null;
  date: string | null;
  sentence: string | null;
}

export interface PromiseReversal {
  kind: 'promise-reversal';
  promise: EpisodeEvent;
  /** in date order */
  reversals: EpisodeEvent[];
  /** nouns the promise and its reversals share ("s-300"), empty when linked by dyad and time only */
  topic: string[];
  start: string;
  end: string;
  summary: string;
}

export interface TurningPoint {
  kind: 'turning-point';
  period: string;
  previousPeriod: string;
  netBefore: number;
  netAfter: number;
  direction: 'toward-cooperation' | 'toward-conflict';
  eventIds: number[];
  summary: string;
}

export type Episode = PromiseReversal | TurningPoint;

/** 03 intent to cooperate, 05 diplomatic cooperation (057 agreements), 06 material cooperation */
const PROMISE_ROOTS = new Set(['03', '05', '06']);
/** 12 reject, 16 reduce relations (sanctions, embargoes, halts), 17 coerce (bans, seizures) */
const REVERSAL_ROOTS = new Set(['12', '16', '17']);
/** 115 bring lawsuit against */
const REVERSAL_CODE_PREFIXES = ['115'];

export function isPromiseCode(code: string): boolean {
  return PROMISE_ROOTS.has(code.slice(0, 2));
}

export function isReversalCode(code: string): boolean {
  return REVERSAL_ROOTS.has(code.slice(0, 2)) || REVERSAL_CODE_PREFIXES.some((p) => code.startsWith(p));
}

/** nouns too general to tie two events to one subject */
const GENERIC_NOUNS = new Set([
  'year',
  'month',
  'week',
  'day',
  'time',
  'side',
  'country',
  'state',
  'government',
  'official',
  'minister',
  'president',
  'leader',
  'relation',
  'agreement',
  'deal',
  'talk',
  'visit',
  'meeting',
  'part',
  'way',
  'number',
]);

function singular(word: string): string {
  if (word.length <= 3 || /\d/.test(word) || word.endsWith('ss')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** common nouns of a sentence, lower-cased and singular; names of places, people and bodies are left out */
export function topicWords(sentence: string | null): Set<string> {
  const words = new Set<string>();
  if (!sentence) return words;
  const doc = nlp(sentence);
  for (const term of doc.nouns().terms().json() as { terms: { text: string; tags: string[] }[] }[]) {
    const t = term.terms[0];
    if (!t) continue;
    const tags = new Set(t.tags);
    const hasDigit = /\d/.test(t.text);
    if (!tags.has('Noun') || tags.has('Pronoun') || tags.has('Date') || tags.has('Demonym')) continue;
    // a model name like "S-300" is the subject itself; other proper nouns are the actors
    if ((tags.has('ProperNoun') || tags.has('Place') || tags.has('Person')) && !hasDigit) continue;
    if (tags.has('Value') && !/[a-z]/i.test(t.text)) continue;
    const w = singular(t.text.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
    if (w.length < 3 || GENERIC_NOUNS.has(w)) continue;
    words.add(w);
  }
  return words;
}

function summarise(event: EventFact, sentence: string | null): EpisodeEvent {
  return {
    id: event.id,
    code: event.code,
    quad: event.quad,
    goldstein: event.goldstein,
    source: event.sourceCode,
    target: event.targetCode,
    date: event.dateStart || event.dateEnd || null,
    sentence,
  };
}

interface Dated {
  event: EventFact;
  sentence: string | null;
  firstDay: number;
  lastDay: number;
  words: Set<string>;
}

function intersect(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((w) => b.has(w)).sort();
}

function inDyad(event: EventFact, a: string, b: string): boolean {
  if (event.targetCode === null) return false;
  const s = event.sourceCode;
  const t = event.targetCode;
  return (codeMatches(s, a) && codeMatches(t, b)) || (codeMatches(s, b) && codeMatches(t, a));
}

/** promise–reversal episodes among events already in memory */
export function findPromiseReversals(
  events: Iterable<AnalysisEvent>,
  a: string,
  b: string,
  withinYears = 3,
  /** sentences of events given as facts, by event id (StoredEvents carry their own) */
  sentences?: ReadonlyMap<number, string>,
): PromiseReversal[] {
  const windowDays = withinYears * 365.25;
  const dated: Dated[] = [];
  for (const item of events) {
    const event = toFact(item);
    if (!inDyad(event, a, b)) continue;
    const span = daySpanOf(event.dateStart, event.dateEnd);
    if (!span) continue;
    const sentence = isFact(item) ? (sentences?.get(item.id) ?? null) : item.sentenceText;
    dated.push({ event, sentence, ...span, words: topicWords(sentence) });
  }
  dated.sort((x, y) => x.firstDay - y.firstDay || x.event.id - y.event.id);
  const promises = dated.filter((d) => isPromiseCode(d.event.code));
  const reversals = dated.filter((d) => isReversalCode(d.event.code));

  interface Open {
    promise: Dated;
    reversals: Dated[];
    topic: Set<string>;
  }
  const episodes = new Map<Dated, Open>();
  // both lists are in date order, so the promises within reach of a reversal form a sliding window:
  // [lo, hi) holds those that start by the reversal and might still end within the window of it
  const longest = promises.reduce((m, p) => Math.max(m, p.lastDay - p.firstDay), 0);
  let lo = 0;
  let hi = 0;
  for (const r of reversals) {
    let best: { open: Open | null; promise: Dated; shared: number; recency: number } | null = null;
    while (hi < promises.length && promises[hi].firstDay <= r.firstDay) hi++;
    while (lo < hi && r.firstDay - (promises[lo].firstDay + longest) > windowDays) lo++;
    for (let i = lo; i < hi; i++) {
      const p = promises[i];
      if (p.firstDay > r.firstDay || r.firstDay - p.lastDay > windowDays) continue;
      const open = episodes.get(p) ?? null;
      const shared = p.words.size === 0 || r.words.size === 0 ? 0 : intersect(p.words, r.words).length;
      if (!best || shared > best.shared || (shared === best.shared && p.firstDay > best.recency)) {
        best = { open, promise: p, shared, recency: p.firstDay };
      }
    }
    // a later reversal on the same subject continues an episode even past the promise window
    // (a reversal with no topic words shares none with any episode)
    for (const open of r.words.size === 0 ? [] : episodes.values()) {
      const last = open.reversals[open.reversals.length - 1];
      const shared = intersect(open.topic, r.words).length;
      if (shared === 0 || r.firstDay - last.lastDay > windowDays) continue;
      if (!best || shared >= best.shared)
        best = { open, promise: open.promise, shared, recency: open.promise.firstDay };
    }
    if (!best) continue;
    let open = best.open ?? episodes.get(best.promise);
    if (!open) {
      open = { promise: best.promise, reversals: [], topic: new Set(best.promise.words) };
      episodes.set(best.promise, open);
    }
    open.reversals.push(r);
  }

  const out: PromiseReversal[] = [];
  for (const open of episodes.values()) {
    const topic = new Set<string>();
    for (const r of open.reversals) for (const w of intersect(open.promise.words, r.words)) topic.add(w);
    const promise = summarise(open.promise.event, open.promise.sentence);
    const revs = open.reversals.map((r) => summarise(r.event, r.sentence));
    const last = revs[revs.length - 1];
    const topicList = [...topic].sort();
    out.push({
      kind: 'promise-reversal',
      promise,
      reversals: revs,
      topic: topicList,
      start: promise.date ?? '',
      end: last.date ?? '',
      summary: `${promise.code} ${promise.source}→${promise.target ?? '?'} (${promise.date}) reversed by ${revs
        .map((r) => `${r.code} (${r.date})`)
        .join(', ')}${topicList.length ? ` on ${topicList.join(', ')}` : ''}`,
    });
  }
  // episodes tied by a shared subject first, then by time
  out.sort(
    (x, y) => Number(y.topic.length > 0) - Number(x.topic.length > 0) || x.start.localeCompare(y.start),
  );
  return out;
}

/** periods where net cooperation changes sign against the previous non-zero period */
export function findTurningPoints(
  events: Iterable<AnalysisEvent>,
  a: string,
  b: string,
  by: PeriodUnit = 'year',
): TurningPoint[] {
  const series = computeDyadSeries(events, a, b, { by, coarse: 'bucket' });
  const out: TurningPoint[] = [];
  let previous: { period: string; net: number } | null = null;
  for (const row of series.rows) {
    if (row.coarse || row.total === 0 || row.netCooperation === 0) continue;
    if (previous && Math.sign(previous.net) !== Math.sign(row.netCooperation)) {
      const direction = row.netCooperation > 0 ? 'toward-cooperation' : 'toward-conflict';
      out.push({
        kind: 'turning-point',
        period: row.period,
        previousPeriod: previous.period,
        netBefore: previous.net,
        netAfter: row.netCooperation,
        direction,
        eventIds: row.eventIds,
        summary: `${previous.period} net ${previous.net} → ${row.period} net ${row.netCooperation} (${direction.replace(/-/g, ' ')})`,
      });
    }
    previous = { period: row.period, net: row.netCooperation };
  }
  return out;
}

/** both kinds of episode on the dyad of two actor code prefixes */
export function computeEpisodes(
  events: readonly StoredEvent[],
  a: string,
  b: string,
  options: EpisodeOptions = {},
): Episode[] {
  return [
    ...findPromiseReversals(events, a, b, options.withinYears ?? 3),
    ...findTurningPoints(events, a, b, options.by ?? 'year'),
  ];
}

export function findEpisodes(store: Store, a: string, b: string, options: EpisodeOptions = {}): Episode[] {
  const dyad: [string, string] = [a, b];
  const facts = [...store.eventFacts({ dyad })];
  // topic words come from sentences, and only coded events have one: imported rows need no full read
  const sentences = new Map<number, string>();
  for (const e of store.queryEvents({ dyad, origin: 'entente' })) {
    if (e.sentenceText !== null) sentences.set(e.id, e.sentenceText);
  }
  const candidates = facts.filter((f) => isPromiseCode(f.code) || isReversalCode(f.code));
  return [
    ...findPromiseReversals(candidates, a, b, options.withinYears ?? 3, sentences),
    ...findTurningPoints(facts, a, b, options.by ?? 'year'),
  ];
}
