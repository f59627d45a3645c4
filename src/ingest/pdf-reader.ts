/**
 * PDF → blocks via unpdf (pdf.js). Text items are grouped into lines by baseline, lines into
 * paragraphs by vertical gaps; running headers, footers and page numbers are dropped; small
 * raised numbers become markers; small-print numbered lines at a page's foot become footnotes.
 * Paragraphs cut by a page end are joined later by the page-break repair.
 * @module
 */
import { IngestError } from './document.js';
import { InlineBuilder } from './inline-builder.js';
import { toIsoPartialDate } from './iso-date.js';
import type { RawBlock, RawNote, ReaderOutput } from './raw-block.js';

interface Item {
  str: string;
  x: number;
  y: number;
  size: number;
  width: number;
}

interface Line {
  items: Item[];
  y: number;
  size: number;
  text: string;
}

const PAGE_NUMBER = /^(?:page\s+)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const NOTE_START = /^(\d{1,3})[.)]?\s+\S/;
const TERMINAL = /[.!?:;…]["'”’)\]]?$/;

export async function readPdf(bytes: Uint8Array, file: string): Promise<ReaderOutput> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 });
  } catch (err) {
    const e = err as Error;
    if (e?.name === 'PasswordException')
      throw new IngestError(file, 'encrypted PDF (password protected); decrypt it first');
    throw new IngestError(file, `corrupt or unreadable PDF (${(e?.message ?? String(err)).split('\n')[0]})`);
  }
  try {
    const pages: { lines: Line[]; height: number }[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str.trim() === '') continue;
        const t = raw.transform as number[];
        items.push({
          str: raw.str,
          x: t[4],
          y: t[5],
          size: Math.hypot(t[2], t[3]) || raw.height,
          width: raw.width,
        });
      }
      pages.push({ lines: groupLines(items), height: viewport.height });
    }
    const info = ((await pdf.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    return assemble(pages, info);
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw new IngestError(
      file,
      `corrupt or unreadable PDF (${((err as Error)?.message ?? String(err)).split('\n')[0]})`,
    );
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

function groupLines(items: Item[]): Line[] {
  // body-size items make the lines; small raised numbers then join the line they sit on
  const pageSize = dominantSize([{ items, y: 0, size: 0, text: '' }]);
  const isSmall = (i: Item) => i.size < pageSize * 0.8;
  const lines: Line[] = [];
  const place = (item: Item, small: boolean) => {
    const line = lines.find(
      (l) =>
        item.y >= l.y - 0.4 * l.size &&
        item.y <= l.y + 0.6 * l.size &&
        (!small || l.size >= pageSize * 0.8 ? true : Math.abs(item.y - l.y) < 1),
    );
    if (line) line.items.push(item);
    else lines.push({ items: [item], y: item.y, size: item.size, text: '' });
  };
  const byHeight = (a: Item, b: Item) => b.y - a.y || a.x - b.x;
  for (const item of items.filter((i) => !isSmall(i)).sort(byHeight)) place(item, false);
  for (const item of items.filter(isSmall).sort(byHeight)) place(item, true);
  for (const l of lines) {
    l.items.sort((a, b) => a.x - b.x);
    l.text = l.items
      .map((i) => i.str)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  return lines.sort((a, b) => b.y - a.y);
}

function assemble(pages: { lines: Line[]; height: number }[], info: Record<string, unknown>): ReaderOutput {
  const bodySize = dominantSize(pages.flatMap((p) => p.lines));
  const repeated = repeatedEdgeLines(pages);
  const blocks: RawBlock[] = [];
  const notes: RawNote[] = [];
  let titleSize = 0;
  let title: string | null = null;

  for (const page of pages) {
    let lines = page.lines.filter((l, i) => {
      const edge =
        i < 2 || i >= page.lines.length - 2 || l.y > page.height * 0.92 || l.y < page.height * 0.08;
      return !(edge && (PAGE_NUMBER.test(l.text) || repeated.has(shape(l.text))));
    });
    // footnotes: a run of small-print lines at the foot of the page, the first starting with a number
    let footStart = lines.length;
    for (let i = lines.length - 1; i >= 0 && lines[i].size < bodySize * 0.9; i--) footStart = i;
    while (footStart < lines.length && !NOTE_START.test(lines[footStart].text)) footStart++;
    for (const line of lines.slice(footStart)) {
      const start = NOTE_START.exec(line.text);
      const last = notes[notes.length - 1];
      if (start) {
        const b = new InlineBuilder();
        b.append(line.text.slice(start[1].length).replace(/^[.)]/, ''));
        notes.push({
          key: String(Number(start[1])),
          number: Number(start[1]),
          kind: 'footnote',
          body: b.finish(),
        });
      } else if (last) {
        const b = new InlineBuilder();
        b.append(`${last.body.text}${last.body.text.endsWith('-') ? '' : ' '}${line.text}`);
        last.body = b.finish();
      }
    }
    lines = lines.slice(0, footStart);

    let para: Line[] = [];
    const flush = () => {
      if (para.length > 0) blocks.push(paragraphBlock(para, bodySize));
      para = [];
    };
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const prev = para[para.length - 1];
      if (line.size > bodySize * 1.15) {
        flush();
        if (line.size > titleSize && blocks.length < 3) {
          titleSize = line.size;
          title = line.text;
        }
        const heading = paragraphBlock([line], bodySize);
        blocks.push({
          ...heading,
          kind: 'heading',
          level: line.size > bodySize * 1.6 ? 1 : line.size > bodySize * 1.3 ? 2 : 3,
        });
        continue;
      }
      if (prev) {
        const gap = prev.y - line.y;
        const shortPrev = lineWidth(prev) < maxLineWidth(lines) * 0.75 && TERMINAL.test(prev.text);
        if (gap > prev.size * 1.75 || shortPrev) flush();
      }
      para.push(line);
    }
    flush();
  }

  const created = typeof info.CreationDate === 'string' ? toIsoPartialDate(info.CreationDate) : null;
  return {
    blocks,
    notes,
    metadata: {
      title: (typeof info.Title === 'string' && info.Title.trim()) || title,
      author: (typeof info.Author === 'string' && info.Author.trim()) || null,
      publishedAt: created,
    },
  };
}

function paragraphBlock(lines: Line[], bodySize: number): RawBlock {
  const out = new InlineBuilder();
  let hyphenated = false;
  lines.forEach((line, n) => {
    // a word hyphenated across lines keeps its hyphen ("Russia-" + "led") and takes no space
    if (n > 0 && !hyphenated) out.space();
    let prev: Item | null = null;
    for (const item of line.items) {
      const raised = item.size < bodySize * 0.8 && item.y > line.y + 1 && /^\s*\d{1,3}\s*$/.test(item.str);
      if (raised) out.marker(String(Number(item.str.trim())));
      else {
        // pdf.js splits lines into runs at font changes and kerning; only a real gap is a space
        if (prev && item.x - (prev.x + prev.width) > item.size * 0.15) out.space();
        out.append(item.str);
      }
      prev = item;
    }
    hyphenated = /\p{L}-$/u.test(line.text);
  });
  return { ...out.finish(), kind: 'body', level: 0 };
}

function dominantSize(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    for (const i of l.items)
      weight.set(Math.round(i.size), (weight.get(Math.round(i.size)) ?? 0) + i.str.length);
  }
  let best = 10;
  let bestWeight = -1;
  for (const [size, w] of weight) {
    if (w > bestWeight) {
      best = size;
      bestWeight = w;
    }
  }
  return best;
}

/** the first and last two lines of each page, digits masked, that recur on half the pages or more */
function repeatedEdgeLines(pages: { lines: Line[] }[]): Set<string> {
  const counts = new Map<string, number>();
  for (const p of pages) {
    const edges = new Set([...p.lines.slice(0, 2), ...p.lines.slice(-2)].map((l) => shape(l.text)));
    for (const e of edges) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  const out = new Set<string>();
  if (pages.length < 2) return out;
  for (const [text, n] of counts) if (n >= Math.max(2, pages.length / 2)) out.add(text);
  return out;
}

function shape(text: string): string {
  return text.replace(/\d+/g, '#').toLowerCase();
}

function lineWidth(line: Line): number {
  const last = line.items[line.items.length - 1];
  return last.x + last.width - line.items[0].x;
}

function maxLineWidth(lines: Line[]): number {
  return Math.max(...lines.map(lineWidth), 1);
}
