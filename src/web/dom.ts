/**
 * Building DOM from data. Text always goes in through text nodes, never through HTML parsing,
 * because document text, notes and names are untrusted.
 * @module
 */

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  id?: string;
  title?: string;
  role?: string;
  tabindex?: number;
  type?: string;
  href?: string;
  name?: string;
  value?: string;
  placeholder?: string;
  for?: string;
  hidden?: boolean;
  disabled?: boolean;
  data?: Record<string, string | number>;
  aria?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (ev: HTMLElementEventMap[K]) => void }>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.id) el.id = props.id;
  if (props.title) el.title = props.title;
  if (props.role) el.setAttribute('role', props.role);
  if (props.tabindex !== undefined) el.tabIndex = props.tabindex;
  if (props.type) el.setAttribute('type', props.type);
  if (props.href !== undefined) el.setAttribute('href', props.href);
  if (props.name) el.setAttribute('name', props.name);
  if (props.value !== undefined) (el as HTMLInputElement).value = props.value;
  if (props.placeholder) el.setAttribute('placeholder', props.placeholder);
  if (props.for) el.setAttribute('for', props.for);
  if (props.hidden) el.hidden = true;
  if (props.disabled) (el as HTMLButtonElement).disabled = true;
  for (const [k, v] of Object.entries(props.data ?? {})) el.dataset[k] = String(v);
  for (const [k, v] of Object.entries(props.aria ?? {})) el.setAttribute(`aria-${k}`, v);
  for (const [type, listener] of Object.entries(props.on ?? {}))
    el.addEventListener(type, listener as EventListener);
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** only http(s) links become clickable; anything else (javascript:, data:) is shown as text */
export function safeLink(url: string, label?: string): HTMLElement {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
    const a = h('a', { href: parsed.href }, label ?? parsed.href);
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }
  return h('span', { class: 'unsafe-url', title: 'not an http(s) link; shown as text' }, label ?? url);
}

export function field(labelText: string, input: HTMLElement): HTMLLabelElement {
  return h('label', { class: 'field' }, h('span', {}, labelText), input);
}
