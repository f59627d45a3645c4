/**
 * A Kumu JSON blueprint: actors as elements, one connection per actor pair with its counts and
 * Goldstein mean, typed by whether the pair leans to cooperation or conflict.
 * @module
 */
import type { ActorLevel } from '../analysis/actor-level.js';
import { computeNetwork } from '../analysis/network.js';
import type { StoredEvent } from '../store/store.js';

export interface KumuBlueprint {
  elements: {
    label: string;
    type: string;
    description: string;
    tags: string[];
    events: number;
    betweenness: number;
  }[];
  connections: {
    from: string;
    to: string;
    type: string;
    direction: 'directed';
    label: string;
    description: string;
    events: number;
    'verbal cooperation': number;
    'material cooperation': number;
    'verbal conflict': number;
    'material conflict': number;
    goldstein: number;
    'net cooperation': number;
    'first date': string | null;
    'last date': string | null;
  }[];
}

export function toKumu(events: readonly StoredEvent[], level: ActorLevel = 'country'): KumuBlueprint {
  const network = computeNetwork(events, { level });
  // Kumu links connections to elements by label, so labels must be unique: use the id where two differ
  const labelOf = new Map(network.nodes.map((n) => [n.id, n.label]));
  const seen = new Map<string, number>();
  for (const label of labelOf.values()) seen.set(label, (seen.get(label) ?? 0) + 1);
  for (const [id, label] of labelOf) if ((seen.get(label) ?? 0) > 1) labelOf.set(id, `${label} (${id})`);
  return {
    elements: network.nodes.map((n) => ({
      label: labelOf.get(n.id)!,
      type: level === 'person' ? 'Person' : 'Actor',
      description: n.id,
      tags: [level],
      events: n.weightedDegree,
      betweenness: n.betweenness,
    })),
    connections: network.edges.map((e) => ({
      from: labelOf.get(e.source)!,
      to: labelOf.get(e.target)!,
      type: e.netCooperation > 0 ? 'Cooperation' : e.netCooperation < 0 ? 'Conflict' : 'Mixed',
      direction: 'directed',
      label: `${e.count} events`,
      description: `event ids ${e.eventIds.join(', ')}`,
      events: e.count,
      'verbal cooperation': e.byQuad[1],
      'material cooperation': e.byQuad[2],
      'verbal conflict': e.byQuad[3],
      'material conflict': e.byQuad[4],
      goldstein: Number(e.meanGoldstein.toFixed(3)),
      'net cooperation': e.netCooperation,
      'first date': e.start,
      'last date': e.end,
    })),
  };
}
