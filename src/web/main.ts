/**
 * The workbench shell: picks the view named in the address and re-renders on every change.
 * @module
 */
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './styles.css';
import { ApiError, adoptTokenFromAddress, setToken } from './api.js';
import { h } from './dom.js';
import { parseRoute, type Route, type ViewName } from './route.js';
import { renderDyad } from './views/dyad.js';
import { renderLibrary } from './views/library.js';
import { renderNetwork } from './views/network.js';
import { renderReader } from './views/reader.js';
import { renderReview } from './views/review.js';
import { renderTimeline } from './views/timeline.js';

/** a view draws into the container and may return a clean-up for when it is left */
// biome-ignore lint/suspicious/noConfusingVoidType: views without clean-up simply return nothing
export type View = (container: HTMLElement, route: Route) => Promise<(() => void) | undefined | void>;

const VIEWS: Record<ViewName, View> = {
  library: renderLibrary,
  reader: renderReader,
  timeline: renderTimeline,
  dyad: renderDyad,
  network: renderNetwork,
  review: renderReview,
};

let cleanup: (() => void) | undefined;
let generation = 0;

function tokenForm(container: HTMLElement): void {
  const input = h('input', { type: 'password', name: 'token', placeholder: 'access token' });
  container.replaceChildren(
    h(
      'form',
      {
        class: 'token-form',
        on: {
          submit: (ev) => {
            ev.preventDefault();
            setToken(input.value.trim());
            void show();
          },
        },
      },
      h('p', {}, 'This workbench needs an access token.'),
      input,
      h('button', { type: 'submit' }, 'Continue'),
    ),
  );
}

async function show(): Promise<void> {
  const route = parseRoute(location.hash);
  const mine = ++generation;
  cleanup?.();
  cleanup = undefined;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    if (a.dataset.view === route.view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const container = document.getElementById('view') as HTMLElement;
  const fresh = h('div', { class: `view view-${route.view}` });
  container.replaceChildren(fresh);
  document.body.dataset.view = route.view;
  try {
    const done = await VIEWS[route.view](fresh, route);
    if (mine !== generation) done?.();
    else cleanup = done ?? undefined;
    fresh.dataset.ready = 'true';
  } catch (err) {
    if (mine !== generation) return;
    if (err instanceof ApiError && err.status === 401) {
      tokenForm(fresh);
      return;
    }
    fresh.append(h('p', { class: 'error', role: 'alert' }, err instanceof Error ? err.message : String(err)));
    fresh.dataset.ready = 'error';
  }
}

adoptTokenFromAddress();
window.addEventListener('hashchange', () => void show());
void show();
