/**
 * One shared tooltip, shown on hover and on keyboard focus alike.
 * @module
 */
import { type Child, h } from './dom.js';

function tip(): HTMLElement {
  return document.getElementById('tooltip') as HTMLElement;
}

export function showTooltip(anchor: Element, lines: Child[][]): void {
  const el = tip();
  el.replaceChildren(...lines.map((parts) => h('div', {}, ...parts)));
  el.hidden = false;
  const r = anchor.getBoundingClientRect();
  const top = window.scrollY + r.bottom + 6;
  const left = Math.max(
    8,
    Math.min(
      window.scrollX + r.left,
      window.scrollX + document.documentElement.clientWidth - el.offsetWidth - 8,
    ),
  );
  el.style.top = `${top}px`;
  el.style.left = `${left}px`;
  anchor.setAttribute('aria-describedby', 'tooltip');
}

export function hideTooltip(): void {
  tip().hidden = true;
}

/** shows `lines()` while the element is hovered or focused */
export function attachTooltip(el: HTMLElement, lines: () => Child[][]): void {
  el.addEventListener('mouseenter', () => showTooltip(el, lines()));
  el.addEventListener('focus', () => showTooltip(el, lines()));
  el.addEventListener('mouseleave', hideTooltip);
  el.addEventListener('blur', hideTooltip);
  el.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') hideTooltip();
  });
}
