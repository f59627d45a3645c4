/**
 * Dyad view: counts per quad and Goldstein per period for one pair, episodes marked; a bar opens
 * its events, and each event shows its sentence.
 * @module
 */
import * as Plot from '@observablehq/plot';
import { api, cameoCodes, eventsById } from '../api.js';
import { field, h } from '../dom.js';
import { eventList } from '../event-list.js';
import { QUAD_COLOURS, QUAD_NAMES, QUADS, type Quad } from '../palette.js';
import { navigate, type Route, withParams } from '../route.js';
import type { DyadRow, DyadSeries, Episode } from '../types.js';

interface Bar {
  period: string;
  quad: Quad;
  quadName: string;
  count: number;
  eventIds: number[];
}

function bars(rows: DyadRow[]): Bar[] {
  return rows.flatMap((r) =>
    QUADS.filter((q) => r.quads[q].count > 0).map((q) => ({
      period: r.period,
      quad: q,
      quadName: `${q} ${QUAD_NAMES[q]}`,
      count: r.quads[q].count,
      eventIds: r.quads[q].eventIds,
    })),
  );
}

/** the rows an episode touches: by its period, or by its date span */
function episodePeriods(ep: Episode, rows: DyadRow[]): string[] {
  if (ep.period) return [ep.period];
  if (!ep.start) return [];
  const end = ep.end ?? ep.start;
  return rows.filter((r) => !r.coarse && r.end >= ep.start!.slice(0, 10) && r.start <= `${end}~`).map((r) => r.period);
}

function pairForm(route: Route): HTMLFormElement {
  const a = h('input', { name: 'a', value: route.params.get('a') ?? 'IRN' });
  const b = h('input', { name: 'b', value: route.params.get('b') ?? 'RUS' });
  const by = h('select', { name: 'by' }, ...['year', 'quarter', 'month'].map((v) => h('option', { value: v }, v)));
  by.value = route.params.get('by') ?? 'year';
  const coarse = h('select', { name: 'coarse' }, h('option', { value: 'bucket' }, 'own row'), h('option', { value: 'spread' }, 'spread'));
  coarse.value = route.params.get('coarse') ?? 'bucket';
  return h(
    'form',
    {
      class: 'filters',
      on: {
        submit: (ev) => {
          ev.preventDefault();
          navigate(withParams(route, { a: a.value.trim(), b: b.value.trim(), by: by.value, coarse: coarse.value, bar: null }));
        },
      },
    },
    field('Actor A', a),
    field('Actor B', b),
    field('Per', by),
    field('Coarser dates', coarse),
    h('button', { type: 'submit' }, 'Show'),
  );
}

export async function renderDyad(container: HTMLElement, route: Route): Promise<void> {
  const a = route.params.get('a') ?? 'IRN';
  const b = route.params.get('b') ?? 'RUS';
  const by = route.params.get('by') ?? 'year';
  const coarse = route.params.get('coarse') ?? 'bucket';
  const q = new URLSearchParams({ a, b, by, coarse });
  const [series, { episodes }, codes] = await Promise.all([
    api<DyadSeries>(`/api/dyad?${q}`),
    api<{ episodes: Episode[] }>(`/api/episodes?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`),
    cameoCodes(),
  ]);
  const rows = series.rows;
  const data = bars(rows);
  const periods = rows.map((r) => r.period);
  const marked = new Set(episodes.flatMap((ep) => episodePeriods(ep, rows)));
  const events = h('div', { class: 'dyad-events' });

  container.append(h('h2', {}, `${a} and ${b}`), pairForm(route), h('p', { class: 'meta' }, series.coarseNote));
  if (rows.length === 0) {
    container.append(h('p', { class: 'empty' }, 'No dated events between these actors.'));
    return;
  }

  const counts = Plot.plot({
    className: 'dyad-counts',
    width: Math.max(480, Math.min(1100, periods.length * 70)),
    height: 280,
    marginLeft: 48,
    x: { domain: periods, label: null, tickRotate: periods.length > 12 ? -45 : 0 },
    y: { label: 'events', grid: true },
    color: { domain: QUADS.map((qq) => `${qq} ${QUAD_NAMES[qq]}`), range: QUADS.map((qq) => QUAD_COLOURS[qq]), legend: true },
    marks: [
      Plot.barY(data, { x: 'period', y: 'count', fill: 'quadName', title: (d: Bar) => `${d.period}: ${d.count} × ${d.quadName}` }),
      Plot.text([...marked], { x: (p: string) => p, frameAnchor: 'top', text: () => '▼ episode', dy: 4, fill: 'currentColor' }),
      Plot.ruleY([0]),
    ],
  });
  const goldstein = Plot.plot({
    className: 'dyad-goldstein',
    width: Math.max(480, Math.min(1100, periods.length * 70)),
    height: 200,
    marginLeft: 48,
    x: { domain: periods, label: null, tickRotate: periods.length > 12 ? -45 : 0 },
    y: { label: 'Goldstein (sum)', grid: true },
    marks: [
      Plot.ruleY([0]),
      Plot.barY(rows, { x: 'period', y: 'goldsteinSum', fill: (r: DyadRow) => (r.goldsteinSum >= 0 ? QUAD_COLOURS[2] : QUAD_COLOURS[4]) }),
      Plot.dot(rows, { x: 'period', y: 'goldsteinMean', r: 3, stroke: 'currentColor', title: (r: DyadRow) => `mean ${r.goldsteinMean?.toFixed(2) ?? '—'}` }),
    ],
  });

  const openBar = async (bar: Bar): Promise<void> => {
    history.replaceState(null, '', withParams(route, { bar: `${bar.period}:${bar.quad}` }));
    const list = await eventsById(bar.eventIds);
    events.replaceChildren(eventList(list, codes, `${bar.period}, ${bar.quadName}: ${bar.count} event${bar.count === 1 ? '' : 's'}`));
  };

  // Plot binds each rect to the index of its datum, which maps a rect back to its bar
  const rects = counts.querySelectorAll<SVGRectElement>('g[aria-label="bar"] rect');
  rects.forEach((rect) => {
    const index = (rect as unknown as { __data__: number }).__data__;
    const bar = data[index];
    if (!bar) return;
    rect.classList.add('clickable');
    rect.setAttribute('tabindex', '0');
    rect.setAttribute('role', 'button');
    rect.setAttribute('aria-label', `${bar.period}: ${bar.count} ${bar.quadName} events`);
    rect.dataset.period = bar.period;
    rect.dataset.quad = String(bar.quad);
    rect.addEventListener('click', () => void openBar(bar));
    rect.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') void openBar(bar);
    });
  });

  const episodeList = h(
    'section',
    { class: 'episodes' },
    h('h3', {}, `Episodes (${episodes.length})`),
    episodes.length
      ? h(
          'ol',
          {},
          ...episodes.map((ep) => {
            const ids = ep.kind === 'promise-reversal' ? [ep.promise!.id, ...(ep.reversals ?? []).map((r) => r.id)] : (ep.eventIds ?? []);
            return h(
              'li',
              {},
              h('span', { class: 'episode-kind' }, ep.kind === 'promise-reversal' ? 'promise → reversal' : 'turning point'),
              ' ',
              h('span', {}, ep.summary),
              ' ',
              h(
                'button',
                {
                  type: 'button',
                  on: {
                    click: async () => {
                      events.replaceChildren(eventList(await eventsById(ids), codes, ep.summary));
                    },
                  },
                },
                'events',
              ),
            );
          }),
        )
      : h('p', {}, 'None found.'),
  );

  container.append(h('div', { class: 'chart' }, counts), h('div', { class: 'chart' }, goldstein), episodeList, events);

  const wanted = route.params.get('bar');
  if (wanted) {
    const [period, quad] = wanted.split(':');
    const bar = data.find((d) => d.period === period && String(d.quad) === quad);
    if (bar) await openBar(bar);
  }
}
