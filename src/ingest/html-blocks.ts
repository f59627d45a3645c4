/**
 * A DOM (linkedom) → blocks and notes. Shared by the HTML reader (after Readability has kept
 * the main content) and the DOCX reader (mammoth's HTML).
 * @module
 */

import type { ParagraphKind } from './document.js';
import { InlineBuilder } from './inline-builder.js';
import { noteKeysIn } from './note-keys.js';
import type { RawBlock, RawNote } from './raw-block.js';

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'form',
  'button',
  'select',
  'svg',
  'iframe',
  'object',
  'canvas',
  'img',
  'video',
  'audio',
  'head',
  'title',
  'meta',
  'link',
  'input',
  'textarea',
]);
const HEADING = /^h([1-6])$/;
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'body',
  'html',
  'blockquote',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'pre',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'hr',
  'address',
  'details',
  'summary',
  'center',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'caption',
]);
const EMPHASIS = new Set(['em', 'i', 'cite', 'strong', 'b']);
const NOTE_ID = /^(?:fn|footnote|endnote|note|en|ftn|edn)[-:_]?(\d{1,3})$/i;

export interface DomReadResult {
  blocks: RawBlock[];
  notes: RawNote[];
}

export function blocksFromDom(root: Element): DomReadResult {
  const blocks: RawBlock[] = [];
  const notes: RawNote[] = [];
  // the number a reader sees is the marker's text: mammoth numbers notes by first reference, so
  // "#footnote-2" may be shown as [1]; notes take the number of the marker pointing at them
  const shown = new Map<string, string>();
  for (const a of Array.from(root.querySelectorAll('a[href^="#"]'))) {
    const keys = noteKeysIn(a.textContent ?? '');
    if (keys?.length === 1) shown.set((a.getAttribute('href') ?? '').slice(1), keys[0]);
  }
  walkBlock(root, 'body', { blocks, notes, shown });
  return { blocks, notes };
}

interface WalkState {
  blocks: RawBlock[];
  notes: RawNote[];
  shown: ReadonlyMap<string, string>;
}

function tagOf(node: Node): string {
  return node.nodeType === 1 ? (node as Element).tagName.toLowerCase() : '';
}

function isBlockElement(node: Node): boolean {
  return node.nodeType === 1 && BLOCK.has(tagOf(node));
}

function walkBlock(el: Element, kind: ParagraphKind, state: WalkState): void {
  const { blocks, notes } = state;
  let inline: Node[] = [];
  const flushInline = () => {
    if (inline.length > 0) pushBlock(inline, kind, 0, blocks);
    inline = [];
  };
  let ordinal = Number(el.getAttribute?.('start') ?? '1') || 1;
  for (const child of Array.from(el.childNodes)) {
    const tag = tagOf(child);
    if (child.nodeType === 1 && SKIP.has(tag)) continue;
    if (child.nodeType !== 1 || !isBlockElement(child)) {
      inline.push(child);
      continue;
    }
    flushInline();
    const elem = child as Element;
    const heading = HEADING.exec(tag);
    if (heading) pushBlock(Array.from(elem.childNodes), 'heading', Number(heading[1]), blocks);
    else if (tag === 'li') {
      const id = elem.getAttribute('id') ?? '';
      const note = NOTE_ID.exec(id);
      if (note)
        notes.push(
          noteFrom(
            elem,
            state.shown.get(id) ?? (tagOf(el) === 'ol' ? String(ordinal) : note[1]),
            /^e/i.test(id) ? 'endnote' : 'footnote',
          ),
        );
      else if (tagOf(el) === 'ol') {
        const before = blocks.length;
        walkBlock(elem, 'list-item', state);
        if (blocks.length > before) blocks[before].ordinal = ordinal;
      } else walkBlock(elem, 'list-item', state);
      ordinal++;
    } else if (tag === 'blockquote') walkBlock(elem, 'quote', state);
    else if (tag === 'tr') {
      const cells = Array.from(elem.children).filter(
        (c) => c.tagName.toLowerCase() === 'td' || c.tagName.toLowerCase() === 'th',
      );
      const nodes: Node[] = [];
      for (const cell of cells)
        nodes.push(...Array.from(cell.childNodes), elem.ownerDocument.createTextNode('; '));
      nodes.pop();
      pushBlock(nodes, 'body', 0, blocks);
    } else if (tag === 'hr') continue;
    else if (tag === 'p' && NOTE_ID.test(elem.getAttribute('id') ?? '')) {
      const id = elem.getAttribute('id') ?? '';
      notes.push(
        noteFrom(
          elem,
          state.shown.get(id) ?? NOTE_ID.exec(id)?.[1] ?? '',
          /^e/i.test(id) ? 'endnote' : 'footnote',
        ),
      );
    } else walkBlock(elem, kind, state);
  }
  flushInline();
}

function pushBlock(nodes: Node[], kind: ParagraphKind, level: number, blocks: RawBlock[]): void {
  const out = new InlineBuilder();
  for (const n of nodes) walkInline(n, out);
  const inline = out.finish();
  if (inline.text !== '') blocks.push({ ...inline, kind, level });
}

function noteFrom(el: Element, number: string, kind: 'endnote' | 'footnote'): RawNote {
  const out = new InlineBuilder();
  walkInline(el, out);
  const body = out.finish();
  return { key: String(Number(number)), number: Number(number), kind, body: { ...body, markers: [] } };
}

function walkInline(node: Node, out: InlineBuilder): void {
  if (node.nodeType === 3) {
    out.append(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  if (SKIP.has(tag)) return;
  if (tag === 'br') {
    out.space();
    return;
  }
  const text = el.textContent ?? '';
  if (tag === 'sup') {
    const keys = noteKeysIn(text);
    if (keys) {
      for (const key of keys) out.marker(key);
      return;
    }
  }
  if (tag === 'a') {
    const href = el.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      const keys = noteKeysIn(text);
      if (keys) {
        for (const key of keys) out.marker(key);
        return;
      }
      // back-links from a note to its marker ("↑", "↩") carry no words
      if (!/[\p{L}\p{N}]/u.test(text)) return;
    }
    const start = out.length;
    for (const child of Array.from(el.childNodes)) walkInline(child, out);
    if (/^(?:https?|ftp|mailto):/i.test(href)) out.link(start, href);
    return;
  }
  const start = out.length;
  if (isBlockElement(el)) out.space();
  for (const child of Array.from(el.childNodes)) walkInline(child, out);
  if (isBlockElement(el)) out.space();
  if (EMPHASIS.has(tag)) out.emphasize(start);
}
