/**
 * Review: accept, reject or edit coded events, each with a reason; the audit trail is shown under
 * the event, and the store's copy (used by charts and exports) changes at once.
 * @module
 */
import { ApiError, api, cameoCodes, postJson } from '../api.js';
import { append, field, h } from '../dom.js';
import { eventItem } from '../event-list.js';
import { ACTOR, DYAD, eventQuery, filterBar, QUAD } from '../filters.js';
import { navigate, type Route, withParams } from '../route.js';
import type { CameoEntry, EventPage, ReviewRecord, StoredEvent } from '../types.js';

const REVIEWER_KEY = 'entente.reviewer';
const PAGE = 20;
const PRECISIONS = ['day', 'month', 'season', 'year', 'decade', 'range'];

const STATUS = {
  name: 'status',
  label: 'Status',
  options: [
    { value: '', label: 'all but rejected' },
    { value: 'proposed', label: 'proposed' },
    { value: 'accepted', label: 'accepted' },
    { value: 'edited', label: 'edited' },
    { value: 'rejected', label: 'rejected' },
  ],
};

function trail(reviews: ReviewRecord[]): HTMLElement {
  return h(
    'ol',
    { class: 'audit-trail', aria: { label: 'review history' } },
    ...reviews.map((r) =>
      h(
        'li',
        {},
        h('time', {}, r.at),
        ` ${r.reviewer}: ${r.fromStatus} → ${r.toStatus} — `,
        h('q', {}, r.reason),
        r.changes ? h('code', { class: 'changes' }, ` ${JSON.stringify(r.changes)}`) : null,
      ),
    ),
  );
}

function editForm(
  e: StoredEvent,
  submit: (changes: Record<string, unknown>, reason: string) => void,
): HTMLFormElement {
  const code = h('input', { name: 'code', value: e.code });
  code.setAttribute('list', 'cameo-codes');
  const source = h('input', { name: 'source', value: e.source.code });
  const target = h('input', { name: 'target', value: e.target?.code ?? '' });
  const start = h('input', { name: 'start', value: e.date?.start ?? '', placeholder: 'YYYY[-MM[-DD]]' });
  const end = h('input', { name: 'end', value: e.date?.end ?? '', placeholder: 'YYYY[-MM[-DD]]' });
  const precision = h(
    'select',
    { name: 'precision' },
    ...PRECISIONS.map((p) => h('option', { value: p }, p)),
  );
  precision.value = e.date?.precision ?? 'year';
  const reason = h('textarea', { name: 'reason', placeholder: 'why the change' });
  reason.required = true;
  return h(
    'form',
    {
      class: 'edit-form',
      on: {
        submit: (ev) => {
          ev.preventDefault();
          const changes: Record<string, unknown> = {};
          if (code.value.trim() !== e.code) changes.code = code.value.trim();
          if (source.value.trim().toUpperCase() !== e.source.code)
            changes.source = { code: source.value.trim() };
          const t = target.value.trim();
          if (t.toUpperCase() !== (e.target?.code ?? '')) changes.target = t ? { code: t } : null;
          const s = start.value.trim();
          if (
            s !== (e.date?.start ?? '') ||
            end.value.trim() !== (e.date?.end ?? '') ||
            precision.value !== (e.date?.precision ?? 'year')
          ) {
            changes.date = s ? { start: s, end: end.value.trim() || s, precision: precision.value } : null;
          }
          submit(changes, reason.value);
        },
      },
    },
    field('Code', code),
    field('Source', source),
    field('Target', target),
    field('Date from', start),
    field('to', end),
    field('Precision', precision),
    field('Reason', reason),
    h('button', { type: 'submit' }, 'Save edit'),
  );
}

function reviewCard(
  initial: StoredEvent,
  codes: Map<string, CameoEntry>,
  reviewer: () => string,
): HTMLElement {
  const card = h('article', { class: 'review-card', data: { eventId: initial.id } });
  const draw = async (e: StoredEvent, message?: string): Promise<void> => {
    const { reviews } = await api<{ reviews: ReviewRecord[] }>(`/api/events/${e.id}/reviews`);
    const reason = h('input', { name: 'reason', placeholder: 'reason (required)' });
    const status = h('p', { class: 'review-message', role: 'status' }, message ?? '');
    const act = async (
      kind: 'accepted' | 'rejected' | 'edited',
      why: string,
      changes?: Record<string, unknown>,
    ): Promise<void> => {
      try {
        const who = reviewer();
        if (!who) throw new Error('enter your name as reviewer at the top first');
        const body = {
          status: kind,
          reason: why,
          reviewer: who,
          ...(changes && Object.keys(changes).length ? { changes } : {}),
        };
        const r = await postJson<{ event: StoredEvent }>(`/api/events/${e.id}/review`, body);
        await draw(r.event, `${kind}.`);
      } catch (err) {
        const problem = err instanceof ApiError ? err.problem : null;
        status.textContent =
          problem?.errors?.map((x) => `${x.path}: ${x.message}`).join('; ') || (err as Error).message;
        status.classList.add('error');
      }
    };
    const editor = editForm(e, (changes, why) => void act('edited', why, changes));
    editor.hidden = true;
    card.replaceChildren();
    append(
      card,
      eventItem(e, codes),
      h(
        'div',
        { class: 'review-actions' },
        reason,
        h(
          'button',
          { type: 'button', class: 'accept', on: { click: () => void act('accepted', reason.value) } },
          'Accept',
        ),
        h(
          'button',
          { type: 'button', class: 'reject danger', on: { click: () => void act('rejected', reason.value) } },
          'Reject',
        ),
        h(
          'button',
          { type: 'button', class: 'edit', on: { click: () => (editor.hidden = !editor.hidden) } },
          'Edit…',
        ),
      ),
      editor,
      status,
      reviews.length ? trail(reviews) : null,
    );
    card.className = `review-card status-${e.status}`;
  };
  void draw(initial);
  return card;
}

export async function renderReview(container: HTMLElement, route: Route): Promise<void> {
  const codes = await cameoCodes();
  const single = Number(route.params.get('id'));
  const offset = Number(route.params.get('offset') ?? 0) || 0;
  let events: StoredEvent[];
  let total: number;
  if (single) {
    events = [await api<StoredEvent>(`/api/events/${single}`)];
    total = 1;
  } else {
    const q = eventQuery(route, ['status', 'dyad', 'actor', 'quad', 'document'], {
      limit: PAGE,
      offset,
      includeFlagged: 'true',
    });
    const page = await api<EventPage>(`/api/events?${q}`);
    events = page.events;
    total = page.total;
  }

  const who = h('input', {
    name: 'reviewer',
    value: localStorage.getItem(REVIEWER_KEY) ?? '',
    placeholder: 'your name',
  });
  who.addEventListener('change', () => localStorage.setItem(REVIEWER_KEY, who.value.trim()));
  const reviewer = (): string => {
    localStorage.setItem(REVIEWER_KEY, who.value.trim());
    return who.value.trim();
  };
  const datalist = h(
    'datalist',
    { id: 'cameo-codes' },
    ...[...codes.values()].map((c) => h('option', { value: c.code }, c.label)),
  );

  const pager = h(
    'p',
    { class: 'pager' },
    single
      ? h('a', { href: withParams(route, { id: null }) }, 'all events')
      : h(
          'span',
          {},
          offset > 0
            ? h(
                'button',
                {
                  type: 'button',
                  on: { click: () => navigate(withParams(route, { offset: Math.max(0, offset - PAGE) })) },
                },
                '← previous',
              )
            : null,
          ` ${total ? offset + 1 : 0}–${Math.min(offset + PAGE, total)} of ${total} `,
          offset + PAGE < total
            ? h(
                'button',
                {
                  type: 'button',
                  on: { click: () => navigate(withParams(route, { offset: offset + PAGE })) },
                },
                'next →',
              )
            : null,
        ),
  );

  append(
    container,
    h('h2', {}, 'Review'),
    field('Reviewer', who),
    single ? null : filterBar(route, [STATUS, DYAD, ACTOR, QUAD]),
    datalist,
    pager,
    h('div', { class: 'review-list' }, ...events.map((e) => reviewCard(e, codes, reviewer))),
  );
}
