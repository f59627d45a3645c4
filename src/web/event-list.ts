/**
 * A list of events, each with its sentence (trigger marked), the notes it cites, and links
 * to the reader and the review view. Used wherever a chart or timeline is clicked.
 * @module
 */
import { h, safeLink } from './dom.js';
import { actorText, codeText, dateText } from './format.js';
import { QUAD_NAMES } from './palette.js';
import { routeHash } from './route.js';
import type { CameoEntry, StoredEvent } from './types.js';

export function sentenceWithTrigger(e: StoredEvent): HTMLElement {
  const el = h('blockquote', { class: 'sentence' });
  if (!e.sentenceText) {
    el.append(h('em', {}, 'no sentence (imported event)'));
    return el;
  }
  const base = e.sentenceSpan?.[0] ?? null;
  const [ts, te] = e.trigger?.span ?? [0, 0];
  if (base !== null && ts >= base && te <= base + e.sentenceText.length && te > ts) {
    el.append(
      e.sentenceText.slice(0, ts - base),
      h('mark', { class: `q${e.quad}` }, e.sentenceText.slice(ts - base, te - base)),
      e.sentenceText.slice(te - base),
    );
  } else {
    el.append(e.sentenceText);
  }
  return el;
}

export function citationList(e: StoredEvent): HTMLElement | null {
  if (!e.citations?.length) return null;
  return h(
    'ol',
    { class: 'citations' },
    ...e.citations.map((c) =>
      h(
        'li',
        { data: { key: c.key } },
        h('span', {}, c.text),
        ...c.urls.map((u) => h('span', { class: 'note-link' }, ' ', safeLink(u))),
      ),
    ),
  );
}

export function eventItem(e: StoredEvent, codes: Map<string, CameoEntry>): HTMLElement {
  return h(
    'li',
    { class: `event-item status-${e.status}`, data: { eventId: e.id } },
    h(
      'div',
      { class: 'event-head' },
      h('span', { class: `quad-chip q${e.quad}`, title: QUAD_NAMES[e.quad] }, `Q${e.quad}`),
      h('strong', {}, codeText(e, codes)),
      ' ',
      h('span', {}, `${actorText(e.source)} → ${actorText(e.target)}`),
      ' · ',
      h('span', { class: 'date' }, dateText(e)),
      ' · ',
      h('span', { class: 'status' }, e.status),
    ),
    sentenceWithTrigger(e),
    citationList(e),
    h(
      'div',
      { class: 'event-links' },
      e.documentId
        ? h(
            'a',
            { href: routeHash('reader', e.documentId, { event: e.id }) },
            `read in ${e.documentName ?? 'document'}`,
          )
        : null,
      ' ',
      h('a', { href: routeHash('review', null, { id: e.id }) }, 'review'),
      e.sourceUrl ? h('span', {}, ' ', safeLink(e.sourceUrl, 'source')) : null,
    ),
  );
}

export function eventList(
  events: StoredEvent[],
  codes: Map<string, CameoEntry>,
  heading: string,
): HTMLElement {
  return h(
    'section',
    { class: 'event-list', aria: { label: heading } },
    h('h3', {}, heading),
    events.length ? h('ul', {}, ...events.map((e) => eventItem(e, codes))) : h('p', {}, 'No events.'),
  );
}
