/**
 * The dyad / actor / quad / status filter bar shared by the timeline, network and review views;
 * it writes its values into the address, which re-renders the view.
 * @module
 */
import { field, h } from './dom.js';
import { QUAD_NAMES, QUADS } from './palette.js';
import { navigate, type Route, withParams } from './route.js';

export interface FilterSpec {
  name: string;
  label: string;
  placeholder?: string;
  options?: { value: string; label: string }[];
}

export const DYAD: FilterSpec = { name: 'dyad', label: 'Dyad', placeholder: 'IRN,RUS' };
export const ACTOR: FilterSpec = { name: 'actor', label: 'Actor', placeholder: 'IRN' };
export const QUAD: FilterSpec = {
  name: 'quad',
  label: 'Quad',
  options: [
    { value: '', label: 'all' },
    ...QUADS.map((q) => ({ value: String(q), label: `${q} ${QUAD_NAMES[q]}` })),
  ],
};
export const FROM: FilterSpec = { name: 'from', label: 'From', placeholder: 'YYYY[-MM[-DD]]' };
export const TO: FilterSpec = { name: 'to', label: 'To', placeholder: 'YYYY[-MM[-DD]]' };

export function filterBar(route: Route, specs: FilterSpec[]): HTMLFormElement {
  const inputs = specs.map((spec) => {
    const current = route.params.get(spec.name) ?? '';
    if (spec.options) {
      const select = h(
        'select',
        { name: spec.name },
        ...spec.options.map((o) => h('option', { value: o.value }, o.label)),
      );
      select.value = current;
      return { spec, el: select as HTMLInputElement | HTMLSelectElement };
    }
    return {
      spec,
      el: h('input', { name: spec.name, value: current, placeholder: spec.placeholder }) as
        | HTMLInputElement
        | HTMLSelectElement,
    };
  });
  return h(
    'form',
    {
      class: 'filters',
      on: {
        submit: (ev) => {
          ev.preventDefault();
          const changes: Record<string, string> = { offset: '' };
          for (const { spec, el } of inputs) changes[spec.name] = el.value.trim();
          navigate(withParams(route, changes));
        },
      },
    },
    ...inputs.map(({ spec, el }) => field(spec.label, el)),
    h('button', { type: 'submit' }, 'Apply'),
  );
}

/** the route's filters as an /api/events query string */
export function eventQuery(
  route: Route,
  names: string[],
  extra: Record<string, string | number> = {},
): string {
  const q = new URLSearchParams();
  for (const name of names) {
    const v = route.params.get(name);
    if (v) q.set(name, v);
  }
  for (const [k, v] of Object.entries(extra)) q.set(k, String(v));
  return q.toString();
}
