/**
 * Reader: the document text with its events highlighted by quad, notes one click away, and the
 * document's events beside it. The text is untrusted, so it only ever enters the page as text nodes.
 * @module
 */
import { api, cameoCodes } from '../api.js';
import { append, h, safeLink } from '../dom.js';
import { actorText, codeText, dateText } from '../format.js';
import { QUAD_NAMES } from '../palette.js';
import { type Route, routeHash } from '../route.js';
import { attachTooltip, hideTooltip } from '../tooltip.js';
import type {
  CameoEntry,
  DocumentSummary,
  EventPage,
  SentenceWithCitations,
  StoredCitation,
  StoredEvent,
} from '../types.js';

function documentPicker(docs: DocumentSummary[]): HTMLElement {
  return h(
    'section',
    {},
    h('h2', {}, 'Reader'),
    h('p', {}, 'Choose a document:'),
    h(
      'ul',
      {},
      ...docs.map((d) =>
        h('li', {}, h('a', { href: routeHash('reader', d.id) }, d.name), ` — ${d.eventCount} events`),
      ),
    ),
  );
}

function notePanel(): { panel: HTMLElement; open: (c: StoredCitation, from: HTMLElement) => void } {
  const body = h('div', { class: 'note-body' });
  let opener: HTMLElement | null = null;
  const close = (): void => {
    panel.hidden = true;
    opener?.focus();
  };
  const closeButton = h(
    'button',
    { type: 'button', class: 'close', aria: { label: 'close note' }, on: { click: close } },
    '×',
  );
  const panel = h(
    'aside',
    { class: 'note-panel', role: 'dialog', aria: { label: 'endnote' }, hidden: true },
    closeButton,
    body,
  );
  panel.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') close();
  });
  return {
    panel,
    open: (c, from) => {
      opener = from;
      body.replaceChildren();
      append(
        body,
        h('h3', {}, c.number !== null ? `Note ${c.number}` : c.kind === 'link' ? 'Link' : `Note ${c.key}`),
        h('p', { class: 'note-text' }, c.text),
        c.urls.length
          ? h('ul', { class: 'note-links' }, ...c.urls.map((u) => h('li', {}, safeLink(u))))
          : null,
      );
      panel.hidden = false;
      closeButton.focus();
    },
  };
}

function eventLines(events: StoredEvent[], codes: Map<string, CameoEntry>) {
  return events.flatMap((e) => [
    [h('strong', {}, codeText(e, codes)), ` · Q${e.quad} ${QUAD_NAMES[e.quad]}`],
    [`${actorText(e.source)} → ${actorText(e.target)}`],
    [dateText(e), ` · ${e.status}`, e.negated ? ' · negated' : '', e.hypothetical ? ' · hypothetical' : ''],
  ]);
}

export async function renderReader(container: HTMLElement, route: Route): Promise<() => void> {
  if (!route.arg) {
    const { documents } = await api<{ documents: DocumentSummary[] }>('/api/documents');
    container.append(documentPicker(documents));
    return hideTooltip;
  }
  const id = Number(route.arg);
  const [doc, { sentences }, page, codes] = await Promise.all([
    api<DocumentSummary & { text: string }>(`/api/documents/${id}`),
    api<{ sentences: SentenceWithCitations[] }>(`/api/documents/${id}/sentences`),
    api<EventPage>(`/api/events?document=${id}&includeFlagged=true&includeRejected=true&limit=1000`),
    cameoCodes(),
  ]);
  const notes = notePanel();
  const marks = new Map<number, HTMLElement>();

  // events grouped by their trigger words; overlapping triggers share the first mark
  const byTrigger = new Map<string, StoredEvent[]>();
  for (const e of page.events) {
    const key = `${e.trigger.span[0]}:${e.trigger.span[1]}`;
    byTrigger.set(key, [...(byTrigger.get(key) ?? []), e]);
  }
  const triggers = [...byTrigger.values()].sort((a, b) => a[0]!.trigger.span[0] - b[0]!.trigger.span[0]);

  const text = doc.text;
  const body = h('article', { class: 'document-text', aria: { label: doc.title ?? doc.name } });
  let pos = 0;
  let t = 0;
  for (const s of [...sentences].sort((a, b) => a.start - b.start)) {
    if (s.start > pos) body.append(text.slice(pos, s.start));
    const sentenceEl = h('span', { class: 'sentence', id: `s-${s.index}`, data: { sentence: s.index } });
    let cursor = s.start;
    while (t < triggers.length && triggers[t]![0]!.trigger.span[0] < s.end) {
      const group = triggers[t++]!;
      const [ts, te] = group[0]!.trigger.span;
      if (ts < cursor || te > s.end) {
        // overlapping or straddling the sentence end: listed beside the text, not highlighted
        continue;
      }
      sentenceEl.append(text.slice(cursor, ts));
      const quad = group[0]!.quad;
      const mark = h(
        'mark',
        {
          class: `event q${quad} status-${group[0]!.status}`,
          tabindex: 0,
          data: { eventIds: group.map((e) => e.id).join(','), quad },
          aria: { label: `${text.slice(ts, te)}: ${group.map((e) => codeText(e, codes)).join('; ')}` },
        },
        text.slice(ts, te),
      );
      attachTooltip(mark, () => eventLines(group, codes));
      for (const e of group) marks.set(e.id, mark);
      sentenceEl.append(mark);
      cursor = te;
    }
    sentenceEl.append(text.slice(cursor, s.end));
    for (const c of s.citations) {
      const ref = h(
        'button',
        {
          type: 'button',
          class: 'note-ref',
          aria: { label: `open note ${c.number ?? c.key}` },
          data: { key: c.key },
        },
        c.number !== null ? String(c.number) : '↗',
      );
      ref.addEventListener('click', () => notes.open(c, ref));
      sentenceEl.append(h('sup', {}, ref));
    }
    body.append(sentenceEl);
    pos = s.end;
  }
  if (pos < text.length) body.append(text.slice(pos));

  const focusEvent = (eventId: number): void => {
    const mark = marks.get(eventId);
    for (const m of body.querySelectorAll('mark.current')) m.classList.remove('current');
    if (!mark) return;
    mark.classList.add('current');
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  };

  const side = h(
    'aside',
    { class: 'reader-events', aria: { label: 'events in this document' } },
    h('h3', {}, `${page.total} events`),
    h(
      'ol',
      {},
      ...page.events.map((e) =>
        h(
          'li',
          { class: `status-${e.status}` },
          h(
            'button',
            {
              type: 'button',
              class: `event-link q${e.quad}`,
              data: { eventId: e.id },
              on: { click: () => focusEvent(e.id) },
            },
            h('span', { class: `quad-chip q${e.quad}` }, `Q${e.quad}`),
            ` ${codeText(e, codes)} — ${actorText(e.source)} → ${actorText(e.target)}, ${dateText(e)}`,
          ),
          ' ',
          h('a', { href: routeHash('review', null, { id: e.id }), class: 'small' }, e.status),
        ),
      ),
    ),
  );

  const legend = h(
    'p',
    { class: 'legend' },
    ...([1, 2, 3, 4] as const).map((q) =>
      h('span', { class: `legend-item` }, h('mark', { class: `q${q}` }, `Q${q}`), ` ${QUAD_NAMES[q]} `),
    ),
  );

  container.append(
    h('h2', {}, doc.title ?? doc.name),
    h(
      'p',
      { class: 'meta' },
      `${doc.name}${doc.publishedAt ? ` · published ${doc.publishedAt}` : ''} · ${doc.sentenceCount} sentences · ${doc.citationCount} notes`,
    ),
    legend,
    h('div', { class: 'reader' }, body, side),
    notes.panel,
  );

  const wantedEvent = Number(route.params.get('event'));
  const wantedSentence = route.params.get('sentence');
  if (wantedEvent) focusEvent(wantedEvent);
  else if (wantedSentence !== null) {
    const el = document.getElementById(`s-${Number(wantedSentence)}`);
    el?.classList.add('current');
    el?.scrollIntoView({ block: 'center' });
  }
  return hideTooltip;
}
