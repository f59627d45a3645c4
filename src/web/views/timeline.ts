/**
 * Timeline: events placed by what the text says about their date — a day as a point, a month or a
 * range as a bar, a year as a band over the whole year, never a made-up day.
 * @module
 */
import { DataSet } from 'vis-data/peer/esm/vis-data.js';
import { Timeline } from 'vis-timeline/peer';
import { api, cameoCodes } from '../api.js';
import { h } from '../dom.js';
import { eventList } from '../event-list.js';
import { ACTOR, DYAD, eventQuery, FROM, filterBar, QUAD, TO } from '../filters.js';
import { actorText } from '../format.js';
import { QUAD_NAMES, QUADS } from '../palette.js';
import { type Route, withParams } from '../route.js';
import type { EventPage, StoredEvent } from '../types.js';

function firstDay(partial: string): Date | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(partial);
  if (!m) return null;
  return new Date(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}

/** the first instant after the period the partial date names */
function dayAfter(partial: string): Date | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(partial);
  if (!m) return null;
  const y = Number(m[1]);
  if (!m[2]) return new Date(y + 1, 0, 1);
  if (!m[3]) return new Date(y, Number(m[2]), 1);
  return new Date(y, Number(m[2]) - 1, Number(m[3]) + 1);
}

export interface TimelinePlacement {
  type: 'point' | 'range';
  start: Date;
  end?: Date;
  className: string;
}

export function placeEvent(e: StoredEvent): TimelinePlacement | null {
  if (!e.date) return null;
  const start = firstDay(e.date.start || e.date.end);
  const end = dayAfter(e.date.end || e.date.start);
  if (!start || !end) return null;
  const className = `q${e.quad} precision-${e.date.precision} status-${e.status}`;
  if (e.date.precision === 'day' && (e.date.end === e.date.start || !e.date.end))
    return { type: 'point', start, className };
  return { type: 'range', start, end, className };
}

export async function renderTimeline(container: HTMLElement, route: Route): Promise<() => void> {
  const names = ['dyad', 'actor', 'quad', 'from', 'to'];
  const [page, codes] = await Promise.all([
    api<EventPage>(`/api/events?${eventQuery(route, names, { limit: 1000 })}`),
    cameoCodes(),
  ]);
  const detail = h('div', { class: 'timeline-detail' });
  const holder = h('div', { class: 'timeline-holder' });
  const byId = new Map(page.events.map((e) => [e.id, e]));

  const items = new DataSet<{
    id: number;
    group: number;
    content: HTMLElement;
    start: Date;
    end?: Date;
    type: string;
    className: string;
  }>();
  let undated = 0;
  for (const e of page.events) {
    const place = placeEvent(e);
    if (!place) {
      undated++;
      continue;
    }
    const content = h('span', {}, `${e.code} ${actorText(e.source)} → ${actorText(e.target)}`);
    items.add({ id: e.id, group: e.quad, content, ...place });
  }
  const groups = new DataSet(
    QUADS.map((q) => ({ id: q, content: h('span', { class: `quad-chip q${q}` }, `Q${q} ${QUAD_NAMES[q]}`) })),
  );

  container.append(
    h('h2', {}, 'Timeline'),
    filterBar(route, [DYAD, ACTOR, QUAD, FROM, TO]),
    h(
      'p',
      { class: 'meta' },
      `${page.events.length} of ${page.total} events shown`,
      undated ? `; ${undated} undated not placed` : '',
      '. Points are days; bars are months or ranges; hatched bands are whole years.',
    ),
    holder,
    detail,
  );

  // open on the events, not on today
  const placed = items.get();
  const first = Math.min(...placed.map((i) => i.start.getTime()));
  const last = Math.max(...placed.map((i) => (i.end ?? i.start).getTime()));
  const pad = Math.max(30 * 86_400_000, (last - first) * 0.05);
  const timeline = new Timeline(
    holder,
    items as never,
    groups as never,
    {
      stack: true,
      selectable: true,
      multiselect: false,
      zoomKey: 'ctrlKey',
      orientation: 'top',
      maxHeight: 520,
      // item content is built as DOM nodes; nothing here is parsed as HTML
      xss: { disabled: false },
    } as never,
  );
  if (placed.length) timeline.setWindow(new Date(first - pad), new Date(last + pad), { animation: false });
  timeline.on('select', (props: { items: number[] }) => {
    const events = props.items.map((id) => byId.get(id)).filter((e): e is StoredEvent => e !== undefined);
    detail.replaceChildren(eventList(events, codes, events.length ? 'Selected event' : 'Nothing selected'));
    // keep the selection shareable without re-drawing the timeline
    history.replaceState(null, '', withParams(route, { event: events[0]?.id ?? null }));
  });
  const selected = Number(route.params.get('event'));
  if (selected && byId.has(selected)) {
    timeline.setSelection([selected], { focus: true, animation: { animation: false } } as never);
    detail.replaceChildren(eventList([byId.get(selected)!], codes, 'Selected event'));
  }
  return () => timeline.destroy();
}
