/**
 * Network: actors sized by degree, edges coloured by net cooperation; an edge opens its events.
 * @module
 */
import cytoscape from 'cytoscape';
import { api, cameoCodes, eventsById } from '../api.js';
import { field, h } from '../dom.js';
import { eventList } from '../event-list.js';
import { netColour } from '../palette.js';
import { navigate, type Route, withParams } from '../route.js';
import type { NetworkEdge, NetworkNode } from '../types.js';

function levelForm(route: Route): HTMLFormElement {
  const level = h(
    'select',
    { name: 'level' },
    ...['country', 'sector', 'person'].map((v) => h('option', { value: v }, v)),
  );
  level.value = route.params.get('level') ?? 'country';
  const from = h('input', { name: 'from', value: route.params.get('from') ?? '', placeholder: 'YYYY' });
  const to = h('input', { name: 'to', value: route.params.get('to') ?? '', placeholder: 'YYYY' });
  return h(
    'form',
    {
      class: 'filters',
      on: {
        submit: (ev) => {
          ev.preventDefault();
          navigate(
            withParams(route, {
              level: level.value,
              from: from.value.trim(),
              to: to.value.trim(),
              edge: null,
            }),
          );
        },
      },
    },
    field('Level', level),
    field('From', from),
    field('To', to),
    h('button', { type: 'submit' }, 'Show'),
  );
}

export async function renderNetwork(container: HTMLElement, route: Route): Promise<() => void> {
  const q = new URLSearchParams({ level: route.params.get('level') ?? 'country' });
  for (const k of ['from', 'to']) if (route.params.get(k)) q.set(k, route.params.get(k)!);
  const [net, codes] = await Promise.all([
    api<{ nodes: NetworkNode[]; edges: NetworkEdge[] }>(`/api/network?${q}`),
    cameoCodes(),
  ]);
  const holder = h('div', {
    class: 'network-holder',
    role: 'img',
    aria: { label: `network of ${net.nodes.length} actors and ${net.edges.length} links` },
  });
  const events = h('div', { class: 'network-events' });
  const edgeButtons = h('ol', { class: 'edge-list' });
  container.append(
    h('h2', {}, 'Network'),
    levelForm(route),
    h(
      'p',
      { class: 'meta' },
      'Node size: degree. Edge colour: net cooperation (blue cooperative, vermillion conflictual, grey even). Click an edge for its events.',
    ),
    h(
      'div',
      { class: 'network' },
      holder,
      h('nav', { class: 'edges', aria: { label: 'links' } }, h('h3', {}, 'Links'), edgeButtons),
    ),
    events,
  );

  const maxDegree = Math.max(1, ...net.nodes.map((n) => n.degree));
  const cy = cytoscape({
    container: holder,
    elements: [
      ...net.nodes.map((n) => ({
        data: { id: n.id, label: n.label || n.id, size: 24 + (36 * n.degree) / maxDegree },
      })),
      ...net.edges.map((e, i) => ({
        data: {
          id: `e${i}`,
          source: e.source,
          target: e.target,
          colour: netColour(e.netCooperation),
          width: 1.5 + Math.min(8, e.count),
          index: i,
        },
      })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          width: 'data(size)',
          height: 'data(size)',
          'background-color': '#56B4E9',
          'border-color': '#333',
          'border-width': 1,
          'font-size': 12,
          'text-valign': 'bottom',
          'text-margin-y': 4,
        },
      },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'line-color': 'data(colour)',
          'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
        },
      },
      { selector: 'edge:selected', style: { 'overlay-opacity': 0.2, 'overlay-color': '#000' } },
    ],
    layout: {
      name: net.nodes.length > 1 ? 'cose' : 'grid',
      animate: false,
      randomize: false,
    } as cytoscape.LayoutOptions,
    wheelSensitivity: 0.3,
  });

  const openEdge = async (index: number): Promise<void> => {
    const edge = net.edges[index];
    if (!edge) return;
    history.replaceState(null, '', withParams(route, { edge: `${edge.source}>${edge.target}` }));
    cy.elements().unselect();
    cy.getElementById(`e${index}`).select();
    const list = await eventsById(edge.eventIds);
    events.replaceChildren(
      eventList(
        list,
        codes,
        `${edge.source} → ${edge.target}: ${edge.count} events, net cooperation ${edge.netCooperation}, mean Goldstein ${edge.meanGoldstein.toFixed(2)}`,
      ),
    );
  };
  cy.on('tap', 'edge', (ev) => void openEdge(Number(ev.target.data('index'))));

  // the canvas cannot take keyboard focus; the same links as buttons keep the view usable without a mouse
  for (const [i, e] of net.edges.entries()) {
    edgeButtons.append(
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'edge-button',
            data: { edge: `${e.source}>${e.target}` },
            on: { click: () => void openEdge(i) },
          },
          `${e.source} → ${e.target} (${e.count}, net ${e.netCooperation > 0 ? '+' : ''}${e.netCooperation})`,
        ),
      ),
    );
  }

  const wanted = route.params.get('edge');
  if (wanted) {
    const i = net.edges.findIndex((e) => `${e.source}>${e.target}` === wanted);
    if (i >= 0) await openEdge(i);
  }
  return () => cy.destroy();
}
