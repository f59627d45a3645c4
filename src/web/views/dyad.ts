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

function periodOf(date: string | null | undefined, rows: DyadRow[]): string | null {
  if (!date) return null;
  const day = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10);
  return rows.find((r) => !r.coarse && r.start <= day && day <= r.end)?.period ?? null;
}

/** where each episode shows on the chart: its promise and reversals, or its turning period */
function episodeMarks(episodes: Episode[], rows: DyadRow[]): { period: string; label: string }[] {
  const marks = new Map<string, string>();
  for (const ep of episodes) {
    if (ep.kind === 'turning-point' && ep.period) marks.set(ep.period, marks.get(ep.period) ?? '▼ turn');
    if (ep.kind !== 'promise-reversal') continue;
    const promise = periodOf(ep.promise?.date, rows);
    if (promise) marks.set(promise, '▼ promise');
    for (const r of ep.reversals ?? []) {
      const p = periodOf(r.date, rows);
      if (p) marks.set(p, '▼ reversal');
    }
  }
  return [...marks].map(([period, label]) => ({ period, label }));
}

/** one class for every chart, so styles.css can carry the rules Plot would otherwise inline */
const PLOT_CLASS = 'entente-plot';

/**
 * Plot writes a few layout rules into a <style> element per chart; the CSP allows no inline
 * style, so they are dropped here and restated in styles.css.
 */
function withoutInlineStyle<T extends Element>(chart: T): T {
  for (const style of chart.querySelectorAll('style')) style.remove();
  return chart;
}

function pairForm(route: Route): HTMLFormElement {
  const a = h('input', { name: 'a', value: route.params.get('a') ?? 'IRN' });
  const b = h('input', { name: 'b', value: route.params.get('b') ?? 'RUS' });
  const by = h(
    'select',
    { name: 'by' },
    ...['year', 'quarter', 'month'].map((v) => h('option', { value: v }, v)),
  );
  by.value = route.params.get('by') ?? 'year';
  const coarse = h(
    'select',
    { name: 'coarse' },
    h('option', { value: 'bucket' }, 'own row'),
    h('option', { value: 'spread' }, 'spread'),
  );
  coarse.value = route.params.get('coarse') ?? 'bucket';
  return h(
    'form',
    {
      class: 'filters',
      on: {
        submit: (ev) => {
          ev.preventDefault();
          navigate(
            withParams(route, {
              a: a.value.trim(),
              b: b.value.trim(),
              by: by.value,
              coarse: coarse.value,
              bar: null,
            }),
          );
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
  const marked = episodeMarks(episodes, rows);
  const events = h('div', { class: 'dyad-events' });

  container.append(
    h('h2', {}, `${a} and ${b}`),
    pairForm(route),
    h('p', { class: 'meta' }, series.coarseNote),
  );
  if (rows.length === 0) {
    container.append(h('p', { class: 'empty' }, 'No dated events between these actors.'));
    return;
  }

  const counts = Plot.plot({
    className: PLOT_CLASS,
    width: Math.max(480, Math.min(1100, periods.length * 70)),
    height: 280,
    marginLeft: 48,
    x: { domain: periods, label: null, tickRotate: periods.length > 12 ? -45 : 0 },
    y: { label: 'events', grid: true, tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') },
    color: {
      domain: QUADS.map((qq) => `${qq} ${QUAD_NAMES[qq]}`),
      range: QUADS.map((qq) => QUAD_COLOURS[qq]),
      legend: true,
    },
    marks: [
      Plot.barY(data, {
        x: 'period',
        y: 'count',
        fill: 'quadName',
        title: (d: Bar) => `${d.period}: ${d.count} × ${d.quadName}`,
      }),
      Plot.text(marked, { x: 'period', frameAnchor: 'top', text: 'label', dy: 4, fill: 'currentColor' }),
      Plot.ruleY([0]),
    ],
  });
  const goldstein = Plot.plot({
    className: PLOT_CLASS,
    width: Math.max(480, Math.min(1100, periods.length * 70)),
    height: 200,
    marginLeft: 48,
    x: { domain: periods, label: null, tickRotate: periods.length > 12 ? -45 : 0 },
    y: { label: 'Goldstein (sum)', grid: true },
    marks: [
      Plot.ruleY([0]),
      Plot.barY(rows, {
        x: 'period',
        y: 'goldsteinSum',
        fill: (r: DyadRow) => (r.goldsteinSum >= 0 ? QUAD_COLOURS[2] : QUAD_COLOURS[4]),
      }),
      Plot.dot(rows, {
        x: 'period',
        y: 'goldsteinMean',
        r: 3,
        stroke: 'currentColor',
        title: (r: DyadRow) => `mean ${r.goldsteinMean?.toFixed(2) ?? '—'}`,
      }),
    ],
  });

  const openBar = async (bar: Bar): Promise<void> => {
    history.replaceState(null, '', withParams(route, { bar: `${bar.period}:${bar.quad}` }));
    const list = await eventsById(bar.eventIds);
    events.replaceChildren(
      eventList(
        list,
        codes,
        `${bar.period}, ${bar.quadName}: ${bar.count} event${bar.count === 1 ? '' : 's'}`,
      ),
    );
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
            const ids =
              ep.kind === 'promise-reversal'
                ? [ep.promise!.id, ...(ep.reversals ?? []).map((r) => r.id)]
                : (ep.eventIds ?? []);
            return h(
              'li',
              {},
              h(
                'span',
                { class: 'episode-kind' },
                ep.kind === 'promise-reversal' ? 'promise → reversal' : 'turning point',
              ),
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

  container.append(
    h('div', { class: 'chart dyad-counts' }, withoutInlineStyle(counts)),
    h('div', { class: 'chart dyad-goldstein' }, withoutInlineStyle(goldstein)),
    episodeList,
    events,
  );

  const wanted = route.params.get('bar');
  if (wanted) {
    const [period, quad] = wanted.split(':');
    const bar = data.find((d) => d.period === period && String(d.quad) === quad);
    if (bar) await openBar(bar);
  }
}
