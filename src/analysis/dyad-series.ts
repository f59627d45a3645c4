/**
 * Cooperation and conflict between two actors over time. Events dated more coarsely than the
 * period (a year-precision event in a monthly series) are either spread over the periods they
 * cover or kept in their own bucket row, and the result says which; they are never put in January.
 * @module
 */
import type { EventFact, Store } from '../store/store.js';
import { type ActorLevel, codeAtLevel } from './actor-level.js';
import { type AnalysisEvent, toFact } from './event-facts.js';
import { daySpan, daySpanOf, dayToIso, type Period, type PeriodUnit, periodsCovering } from './periods.js';

export type Quad = 1 | 2 | 3 | 4;
export const QUADS: readonly Quad[] = [1, 2, 3, 4];

export type CoarseHandling = 'spread' | 'bucket';

export interface DyadSeriesOptions {
  by: PeriodUnit;
  /** only events from a to b (default: both directions) */
  directed?: boolean;
  level?: Exclude<ActorLevel, 'person'>;
  /** default "bucket" */
  coarse?: CoarseHandling;
  /** ISO partial dates bounding the series */
  from?: string;
  to?: string;
}

export interface DyadCell {
  /** events in the cell; fractional where a coarse event was spread */
  count: number;
  eventIds: number[];
}

export interface DyadRow {
  /** "2007", "2007-Q3", "2007-10", or for a coarse bucket e.g. "2007 (year)" */
  period: string;
  /** ISO dates of the first and last day the row covers */
  start: string;
  end: string;
  /** true for a bucket row holding events coarser than the period */
  coarse: boolean;
  quads: Record<Quad, DyadCell>;
  total: number;
  goldsteinSum: number;
  goldsteinMean: number | null;
  /** (quad 1 + quad 2) − (quad 3 + quad 4) counts, standard quad mapping */
  netCooperation: number;
  eventIds: number[];
}

export interface DyadLine {
  /** "IRN–RUS" undirected, "IRNMIL→RUS" directed */
  key: string;
  source: string;
  target: string;
  rows: DyadRow[];
}

export interface DyadSeries {
  a: string;
  b: string;
  by: PeriodUnit;
  directed: boolean;
  level: Exclude<ActorLevel, 'person'>;
  coarse: CoarseHandling;
  /** one line saying how coarse events were handled and how many there were */
  coarseNote: string;
  coarseEventIds: number[];
  /** events of the dyad with no usable date: not in any row */
  undatedEventIds: number[];
  /** all events of the dyad together */
  rows: DyadRow[];
  /** one line per actor pair at the chosen level (a single line at country level) */
  lines: DyadLine[];
}

interface RowBuilder {
  period: Period;
  coarse: boolean;
  quads: Record<Quad, DyadCell>;
  goldsteinSum: number;
  /** each event reaches a row once (one quad, one period), so a list needs no de-duplication */
  ids: number[];
}

function emptyRow(period: Period, coarse: boolean): RowBuilder {
  return {
    period,
    coarse,
    quads: {
      1: { count: 0, eventIds: [] },
      2: { count: 0, eventIds: [] },
      3: { count: 0, eventIds: [] },
      4: { count: 0, eventIds: [] },
    },
    goldsteinSum: 0,
    ids: [],
  };
}

function addToRow(row: RowBuilder, event: EventFact, weight: number): void {
  const cell = row.quads[event.quad];
  cell.count += weight;
  cell.eventIds.push(event.id);
  row.goldsteinSum += event.goldstein * weight;
  row.ids.push(event.id);
}

function finishRow(row: RowBuilder): DyadRow {
  const q = row.quads;
  const total = q[1].count + q[2].count + q[3].count + q[4].count;
  return {
    period: row.period.label,
    start: dayToIso(row.period.firstDay),
    end: dayToIso(row.period.lastDay),
    coarse: row.coarse,
    quads: q,
    total,
    goldsteinSum: row.goldsteinSum,
    goldsteinMean: total > 0 ? row.goldsteinSum / total : null,
    netCooperation: q[1].count + q[2].count - q[3].count - q[4].count,
    eventIds: row.ids,
  };
}

function bucketLabel(event: EventFact): string {
  const start = event.dateStart ?? '';
  const end = event.dateEnd ?? '';
  const span = end && end !== start ? `${start || '…'}/${end}` : start || end;
  return `${span} (${event.precision})`;
}

/** orients an event of the dyad as [a-side actor code, b-side actor code], or null if not in the dyad */
function orient(event: EventFact, a: string, b: string, directed: boolean): [string, string] | null {
  if (event.targetCode === null) return null;
  const s = event.sourceCode;
  const t = event.targetCode;
  // a and b arrive upper-cased
  const S = s.toUpperCase();
  const T = t.toUpperCase();
  if (S.startsWith(a) && T.startsWith(b)) return [s, t];
  if (!directed && S.startsWith(b) && T.startsWith(a)) return [t, s];
  return null;
}

class SeriesBuilder {
  readonly regular = new Map<string, RowBuilder>();
  readonly buckets = new Map<string, RowBuilder>();

  rowFor(period: Period, coarse: boolean): RowBuilder {
    const map = coarse ? this.buckets : this.regular;
    let row = map.get(period.label);
    if (!row) {
      row = emptyRow(period, coarse);
      map.set(period.label, row);
    }
    return row;
  }

  rows(range: { firstDay: number; lastDay: number } | null, by: PeriodUnit): DyadRow[] {
    if (range) for (const p of periodsCovering(range.firstDay, range.lastDay, by)) this.rowFor(p, false);
    const all = [...this.regular.values(), ...this.buckets.values()];
    // a bucket row follows the periods it spans, so the table still reads in time order
    all.sort(
      (x, y) =>
        x.period.lastDay - y.period.lastDay ||
        Number(x.coarse) - Number(y.coarse) ||
        x.period.firstDay - y.period.firstDay,
    );
    return all.map(finishRow);
  }
}

interface Placement {
  span: { firstDay: number; lastDay: number } | null;
  periods: Period[];
}

/** the series computed from events or facts already read (the store query is in `dyadSeries`) */
export function computeDyadSeries(
  events: Iterable<AnalysisEvent>,
  a: string,
  b: string,
  options: DyadSeriesOptions,
): DyadSeries {
  const by = options.by;
  const directed = options.directed ?? false;
  const level = options.level ?? 'country';
  const coarse = options.coarse ?? 'bucket';
  const fromDay = options.from
    ? (daySpan({ start: options.from, end: options.from, precision: 'day', type: 'exact', inferred: false })
        ?.firstDay ?? null)
    : null;
  const toDay = options.to
    ? (daySpan({ start: options.to, end: options.to, precision: 'day', type: 'exact', inferred: false })
        ?.lastDay ?? null)
    : null;

  const upperA = a.toUpperCase();
  const upperB = b.toUpperCase();
  const total = new SeriesBuilder();
  const lines = new Map<string, { source: string; target: string; builder: SeriesBuilder }>();
  const coarseIds: number[] = [];
  const undatedIds: number[] = [];
  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = Number.NEGATIVE_INFINITY;

  // many events share a date, and placing one (parsing, building period labels) costs more than adding it
  const placements = new Map<string, Placement>();
  const place = (start: string | null, end: string | null): Placement => {
    const key = `${start ?? ''}/${end ?? ''}`;
    let found = placements.get(key);
    if (!found) {
      const span = daySpanOf(start, end);
      found = { span, periods: span ? periodsCovering(span.firstDay, span.lastDay, by) : [] };
      placements.set(key, found);
    }
    return found;
  };

  for (const item of events) {
    const event = toFact(item);
    const pair = orient(event, upperA, upperB, directed);
    if (!pair) continue;
    const { span, periods } = place(event.dateStart, event.dateEnd);
    if (!span) {
      undatedIds.push(event.id);
      continue;
    }
    const first = fromDay === null ? span.firstDay : Math.max(span.firstDay, fromDay);
    const last = toDay === null ? span.lastDay : Math.min(span.lastDay, toDay);
    if (first > last) continue;

    const source = codeAtLevel(pair[0], level);
    const target = codeAtLevel(pair[1], level);
    const key = `${source}${directed ? '→' : '–'}${target}`;
    let line = lines.get(key);
    if (!line) {
      line = { source, target, builder: new SeriesBuilder() };
      lines.set(key, line);
    }

    if (periods.length === 1) {
      addToRow(total.rowFor(periods[0], false), event, 1);
      addToRow(line.builder.rowFor(periods[0], false), event, 1);
      minDay = Math.min(minDay, periods[0].firstDay);
      maxDay = Math.max(maxDay, periods[0].lastDay);
      continue;
    }
    coarseIds.push(event.id);
    if (coarse === 'bucket') {
      const period: Period = { label: bucketLabel(event), firstDay: span.firstDay, lastDay: span.lastDay };
      addToRow(total.rowFor(period, true), event, 1);
      addToRow(line.builder.rowFor(period, true), event, 1);
      // the periods a bucket spans still belong to the series, so the bucket sits among them
      minDay = Math.min(minDay, periods[0].firstDay);
      maxDay = Math.max(maxDay, periods[periods.length - 1].lastDay);
      continue;
    }
    // spread: each period gets the share of the event's days that fall in it (and in [from, to])
    const days = span.lastDay - span.firstDay + 1;
    for (const p of periods) {
      const overlap = Math.min(p.lastDay, last) - Math.max(p.firstDay, first) + 1;
      if (overlap <= 0) continue;
      addToRow(total.rowFor(p, false), event, overlap / days);
      addToRow(line.builder.rowFor(p, false), event, overlap / days);
      minDay = Math.min(minDay, p.firstDay);
      maxDay = Math.max(maxDay, p.lastDay);
    }
  }

  if (fromDay !== null) minDay = fromDay;
  if (toDay !== null) maxDay = toDay;
  const range =
    Number.isFinite(minDay) && Number.isFinite(maxDay) && minDay <= maxDay
      ? { firstDay: minDay, lastDay: maxDay }
      : null;
  const unitName = by === 'quarter' ? 'a quarter' : `a ${by}`;
  const coarseNote =
    coarseIds.length === 0
      ? `no event is dated more coarsely than ${unitName}`
      : coarse === 'spread'
        ? `${coarseIds.length} event(s) dated more coarsely than ${unitName} spread over the periods they cover, in proportion to days`
        : `${coarseIds.length} event(s) dated more coarsely than ${unitName} kept in separate bucket rows`;

  return {
    a,
    b,
    by,
    directed,
    level,
    coarse,
    coarseNote,
    coarseEventIds: coarseIds,
    undatedEventIds: undatedIds,
    rows: total.rows(range, by),
    lines: [...lines.entries()]
      .sort((x, y) => x[0].localeCompare(y[0]))
      .map(([key, l]) => ({ key, source: l.source, target: l.target, rows: l.builder.rows(range, by) })),
  };
}

/** the dyad series of two actor code prefixes, read from the store */
export function dyadSeries(store: Store, a: string, b: string, options: DyadSeriesOptions): DyadSeries {
  const facts = store.eventFacts({
    dyad: [a, b],
    directed: options.directed ?? false,
    from: options.from,
    to: options.to,
  });
  return computeDyadSeries(facts, a, b, options);
}
