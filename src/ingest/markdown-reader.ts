/**
 * Markdown (and plain text, which reads the same way) → blocks. Handles the block forms found
 * in reports and in PDF-to-markdown conversions: front matter, ATX and setext headings, lists,
 * block quotes, tables, rules, fenced code, HTML comments, link definitions and `[^n]:` notes.
 * @module
 */

import type { ParagraphKind } from './document.js';
import { splitFrontMatter } from './front-matter.js';
import { footnoteKey, normalizeLabel, parseMarkdownInline } from './markdown-inline.js';
import type { RawBlock, RawNote, ReaderOutput } from './raw-block.js';

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const FOOTNOTE_DEF = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$/;
const LINK_DEF = /^ {0,3}\[([^\]^][^\]]*)\]:[ \t]*<?(\S+?)>?(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/;
const QUOTE = /^ {0,3}>[ \t]?(.*)$/;
const BULLET = /^( {0,3})([-*+•])[ \t]+(.*)$/;
const ORDERED = /^( {0,3})(\d{1,9})([.)])[ \t]+(.*)$/;
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/;
const TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
const INDENTED = /^(?: {2,}|\t)(.*)$/;

interface Pending {
  kind: ParagraphKind;
  level: number;
  ordinal?: number;
  lines: string[];
  /** a footnote definition being collected instead of a paragraph */
  note?: { label: string };
  /** a table cell, a paragraph by itself */
  cell?: true;
}

export function readMarkdown(raw: string): ReaderOutput {
  const normalized = raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const { metadata, body } = splitFrontMatter(normalized);
  const source = body.replace(/<!--[\s\S]*?-->/g, '');
  const lines = source.split('\n');

  const refs = collectLinkDefinitions(lines);
  const blocks: RawBlock[] = [];
  const notes: RawNote[] = [];
  let pending: Pending | null = null;
  // a blank line ends a paragraph, but an indented line after it may still continue a list item
  let afterBlank = false;

  const flush = () => {
    if (!pending) return;
    const src = pending.lines.join('\n');
    if (pending.note) {
      const label = pending.note.label;
      const key = footnoteKey(label);
      notes.push({
        key,
        number: /^\d+$/.test(key) ? Number(key) : null,
        kind: 'footnote',
        body: parseMarkdownInline(src, refs),
      });
    } else if (pending.kind === 'body' && isNoteList(pending.lines)) {
      // notes typed one per line without blank lines between them ("1 Author, Title…")
      for (const noteSource of splitNoteLines(pending.lines)) {
        const inline = parseMarkdownInline(noteSource, refs);
        if (inline.text !== '') blocks.push({ ...inline, kind: 'body', level: 0 });
      }
    } else {
      const inline = parseMarkdownInline(src, refs);
      if (inline.text !== '' || inline.markers.length > 0) {
        // built field by field: spreading `inline` here cost a tenth of reading markdown
        const block: RawBlock = {
          text: inline.text,
          markers: inline.markers,
          links: inline.links,
          emphasis: inline.emphasis,
          kind: pending.kind,
          level: pending.level,
        };
        if (pending.ordinal !== undefined) block.ordinal = pending.ordinal;
        if (pending.cell) block.cell = true;
        blocks.push(block);
      }
    }
    pending = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      if (pending && pending.kind !== 'list-item' && !pending.note) flush();
      afterBlank = true;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const closer = fence[1][0].repeat(fence[1].length);
      while (i + 1 < lines.length && !lines[i + 1].trimStart().startsWith(closer)) i++;
      i++;
      afterBlank = false;
      continue;
    }
    const p = pending as Pending | null;
    if (p && (p.kind === 'list-item' || p.note) && afterBlank) {
      const indented = INDENTED.exec(line);
      if (indented && !BULLET.test(line) && !ORDERED.test(line)) {
        // a second paragraph inside a list item or note
        if (p.note) p.lines.push('', indented[1]);
        else {
          const kind = p.kind;
          flush();
          pending = { kind, level: 0, lines: [indented[1]] };
        }
        afterBlank = false;
        continue;
      }
      flush();
    }
    afterBlank = false;

    const atx = ATX.exec(line);
    if (atx) {
      flush();
      pending = { kind: 'heading', level: atx[1].length, lines: [atx[2] ?? ''] };
      flush();
      continue;
    }
    const cur = pending as Pending | null;
    if (cur && cur.kind === 'body' && !cur.note && SETEXT.test(line)) {
      cur.kind = 'heading';
      cur.level = line.trim()[0] === '=' ? 1 : 2;
      flush();
      continue;
    }
    if (RULE.test(line)) {
      flush();
      continue;
    }
    const def = FOOTNOTE_DEF.exec(line);
    if (def) {
      flush();
      pending = { kind: 'body', level: 0, lines: [def[2]], note: { label: def[1] } };
      continue;
    }
    if (LINK_DEF.test(line) && !(cur && cur.kind === 'body' && !cur.note)) {
      flush();
      continue;
    }
    const quote = QUOTE.exec(line);
    if (quote) {
      if (quote[1].trim() === '') {
        flush();
        continue;
      }
      if (cur?.kind !== 'quote') {
        flush();
        pending = { kind: 'quote', level: 0, lines: [] };
      }
      (pending as Pending).lines.push(quote[1]);
      continue;
    }
    const bullet = BULLET.exec(line);
    const ordered = ORDERED.exec(line);
    // only "1." may interrupt a paragraph, so a wrapped line starting "2015. Then…" stays prose
    const canStartList =
      cur?.kind !== 'body' || cur.note !== undefined || bullet !== null || ordered?.[2] === '1';
    if ((bullet || ordered) && canStartList) {
      flush();
      pending = bullet
        ? { kind: 'list-item', level: 0, lines: [bullet[3]] }
        : { kind: 'list-item', level: 0, ordinal: Number(ordered?.[2]), lines: [ordered?.[4] ?? ''] };
      continue;
    }
    if (TABLE_ROW.test(line)) {
      flush();
      if (!TABLE_RULE.test(line)) {
        const cells = line
          .trim()
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((c) => c.trim())
          .filter(Boolean);
        // a paragraph per cell: a row's date, its event and its source are read apart, and the
        // source cell's title does not run on into the next row's date as one sentence
        for (const cell of cells) {
          pending = { kind: 'body', level: 0, lines: [cell], cell: true };
          flush();
        }
      }
      continue;
    }
    if (!pending) pending = { kind: 'body', level: 0, lines: [] };
    (pending as Pending).lines.push(line);
  }
  flush();
  return { blocks, notes, metadata };
}

function collectLinkDefinitions(lines: string[]): Map<string, string> {
  const refs = new Map<string, string>();
  for (const line of lines) {
    const m = LINK_DEF.exec(line);
    if (m) refs.set(normalizeLabel(m[1]), m[2]);
  }
  return refs;
}

const NOTE_LINE = /^\s*(?:\[\d{1,3}\]|\d{1,3}[.)]?\s|<sup>\s*\d{1,3}\s*<\/sup>|\^\d{1,3}\s|[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s)/;

function isNoteList(lines: string[]): boolean {
  return lines.length >= 2 && NOTE_LINE.test(lines[0]) && lines.filter((l) => NOTE_LINE.test(l)).length >= 2;
}

function splitNoteLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (NOTE_LINE.test(line) || out.length === 0) out.push(line);
    else out[out.length - 1] += `\n${line}`;
  }
  return out;
}
