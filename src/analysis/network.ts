/**
 * The actor network: who acts toward whom, how often, how cooperatively, and who sits between
 * others. Centralities come from graphology-metrics.
 * @module
 */
import { DirectedGraph } from 'graphology';
import * as betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree.js';
import type { Store } from '../store/store.js';
import { type ActorLevel, actorKey } from './actor-level.js';
import type { Quad } from './dyad-series.js';
import { type AnalysisEvent, toFact } from './event-facts.js';

export interface NetworkOptions {
  level: ActorLevel;
  from?: string;
  to?: string;
}

export interface NetworkNode {
  id: string;
  label: string;
  /** number of distinct directed edges touching the node */
  degree: number;
  /** number of events touching the node */
  weightedDegree: number;
  /** normalised betweenness on the unweighted directed graph */
  betweenness: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  count: number;
  byQuad: Record<Quad, number>;
  meanGoldstein: number;
  netCooperation: number;
  eventIds: number[];
  /** ISO partial dates of the earliest and latest dated event on the edge, for dynamic graphs */
  start: string | null;
  end: string | null;
}

export interface Network {
  level: ActorLevel;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

// the module is CommonJS with `module.exports = fn`; its typings describe an ES default export
type Betweenness = (
  graph: unknown,
  options: { getEdgeWeight: null; normalized: boolean },
) => Record<string, number>;
const betweennessCentrality = betweennessModule.default as unknown as Betweenness;

interface EdgeAttributes {
  count: number;
  byQuad: Record<Quad, number>;
  goldsteinSum: number;
  eventIds: number[];
  start: string | null;
  end: string | null;
}

/** builds the network from events or facts already read */
export function computeNetwork(events: Iterable<AnalysisEvent>, options: NetworkOptions): Network {
  const graph = new DirectedGraph<{ label: string }, EdgeAttributes>({ allowSelfLoops: false });
  for (const item of events) {
    const event = toFact(item);
    if (event.targetCode === null) continue;
    const s = actorKey({ code: event.sourceCode, name: event.sourceName }, options.level);
    const t = actorKey({ code: event.targetCode, name: event.targetName ?? '' }, options.level);
    // an actor acting on itself at this level (IRNGOV → IRNMIL at country level) is no relation,
    // and an imported row with no actor code names no one
    if (s.id === t.id || !s.id || !t.id) continue;
    graph.mergeNode(s.id, { label: s.label });
    graph.mergeNode(t.id, { label: t.label });
    const existing = graph.edge(s.id, t.id);
    const key =
      existing ??
      graph.addDirectedEdge(s.id, t.id, {
        count: 0,
        byQuad: { 1: 0, 2: 0, 3: 0, 4: 0 },
        goldsteinSum: 0,
        eventIds: [],
        start: null,
        end: null,
      });
    const attrs = graph.getEdgeAttributes(key);
    attrs.count += 1;
    attrs.byQuad[event.quad] += 1;
    attrs.goldsteinSum += event.goldstein;
    attrs.eventIds.push(event.id);
    const start = event.dateStart || event.dateEnd || null;
    const end = event.dateEnd || event.dateStart || null;
    if (start && (attrs.start === null || start < attrs.start)) attrs.start = start;
    if (end && (attrs.end === null || end > attrs.end)) attrs.end = end;
  }

  const betweenness =
    graph.order > 0 ? betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }) : {};
  const nodes: NetworkNode[] = graph.mapNodes((id, attrs) => ({
    id,
    label: attrs.label,
    degree: graph.degree(id),
    weightedDegree: weightedDegree(graph, id, 'count'),
    betweenness: betweenness[id] ?? 0,
  }));
  nodes.sort((x, y) => y.weightedDegree - x.weightedDegree || x.id.localeCompare(y.id));
  const edges: NetworkEdge[] = graph.mapEdges((_key, a, source, target) => ({
    source,
    target,
    count: a.count,
    byQuad: a.byQuad,
    meanGoldstein: a.goldsteinSum / a.count,
    netCooperation: a.byQuad[1] + a.byQuad[2] - a.byQuad[3] - a.byQuad[4],
    eventIds: a.eventIds,
    start: a.start,
    end: a.end,
  }));
  edges.sort(
    (x, y) => y.count - x.count || x.source.localeCompare(y.source) || x.target.localeCompare(y.target),
  );
  return { level: options.level, nodes, edges };
}

/** the network of all accepted or proposed events in the store, optionally within [from, to] */
export function buildNetwork(store: Store, options: NetworkOptions): Network {
  return computeNetwork(store.eventFacts({ from: options.from, to: options.to }), options);
}
