/**
 * A GEXF 1.3 dynamic graph for Gephi: one node per actor, one edge per actor pair whose spells are
 * the dated events on it, so Gephi's timeline shows when each relation was active.
 * @module
 */
import type { ActorLevel } from '../analysis/actor-level.js';
import { computeNetwork } from '../analysis/network.js';
import { daySpan, dayToIso } from '../analysis/periods.js';
import type { StoredEvent } from '../store/store.js';
import { xmlEscape } from './xml-escape.js';

const EDGE_ATTRIBUTES = [
  { id: 'count', title: 'events', type: 'integer' },
  { id: 'q1', title: 'verbal cooperation', type: 'integer' },
  { id: 'q2', title: 'material cooperation', type: 'integer' },
  { id: 'q3', title: 'verbal conflict', type: 'integer' },
  { id: 'q4', title: 'material conflict', type: 'integer' },
  { id: 'goldstein', title: 'mean Goldstein', type: 'double' },
  { id: 'net', title: 'net cooperation', type: 'integer' },
  { id: 'events', title: 'event ids', type: 'string' },
] as const;

/** the whole GEXF document for a set of events */
export function toGexf(
  events: readonly StoredEvent[],
  level: ActorLevel = 'country',
  now = new Date(),
): string {
  const network = computeNetwork(events, { level });
  const byId = new Map(events.map((e) => [e.id, e]));
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
  );
  out.push(`  <meta lastmodifieddate="${now.toISOString().slice(0, 10)}">`);
  out.push('    <creator>Entente</creator>');
  out.push(
    `    <description>${xmlEscape(`${events.length} events between actors at ${level} level`)}</description>`,
  );
  out.push('  </meta>');
  out.push(
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date" timerepresentation="interval">',
  );
  out.push('    <attributes class="node" mode="static">');
  out.push('      <attribute id="weighted_degree" title="events" type="integer"/>');
  out.push('      <attribute id="betweenness" title="betweenness" type="double"/>');
  out.push('    </attributes>');
  out.push('    <attributes class="edge" mode="static">');
  for (const a of EDGE_ATTRIBUTES)
    out.push(`      <attribute id="${a.id}" title="${xmlEscape(a.title)}" type="${a.type}"/>`);
  out.push('    </attributes>');
  out.push('    <nodes>');
  for (const n of network.nodes) {
    out.push(`      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.label)}">`);
    out.push('        <attvalues>');
    out.push(`          <attvalue for="weighted_degree" value="${n.weightedDegree}"/>`);
    out.push(`          <attvalue for="betweenness" value="${n.betweenness}"/>`);
    out.push('        </attvalues>');
    out.push('      </node>');
  }
  out.push('    </nodes>');
  out.push('    <edges>');
  network.edges.forEach((e, i) => {
    const values: Record<string, string | number> = {
      count: e.count,
      q1: e.byQuad[1],
      q2: e.byQuad[2],
      q3: e.byQuad[3],
      q4: e.byQuad[4],
      goldstein: Number(e.meanGoldstein.toFixed(3)),
      net: e.netCooperation,
      events: e.eventIds.join(' '),
    };
    out.push(
      `      <edge id="e${i}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" weight="${e.count}">`,
    );
    out.push('        <attvalues>');
    for (const a of EDGE_ATTRIBUTES)
      out.push(`          <attvalue for="${a.id}" value="${xmlEscape(String(values[a.id]))}"/>`);
    out.push('        </attvalues>');
    const spells = e.eventIds
      .map((id) => daySpan(byId.get(id)?.date))
      .filter((s): s is { firstDay: number; lastDay: number } => s !== null);
    if (spells.length > 0) {
      out.push('        <spells>');
      for (const s of spells)
        out.push(`          <spell start="${dayToIso(s.firstDay)}" end="${dayToIso(s.lastDay)}"/>`);
      out.push('        </spells>');
    }
    out.push('      </edge>');
  });
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return `${out.join('\n')}\n`;
}
