/**
 * DOCX → blocks: mammoth converts the body, footnotes and endnotes to HTML, which the HTML
 * block walker reads (no Readability: a DOCX has no page chrome to remove). Title, author and
 * date come from docProps/core.xml.
 * @module
 */

import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { IngestError } from './document.js';
import { blocksFromDom } from './html-blocks.js';
import { toIsoPartialDate } from './iso-date.js';
import type { ReaderMetadata, ReaderOutput } from './raw-block.js';
import { readZipEntries } from './zip-entries.js';

const CORE = 'docProps/core.xml';

export async function readDocx(bytes: Uint8Array, file: string): Promise<ReaderOutput> {
  let zip: Awaited<ReturnType<typeof readZipEntries>>;
  try {
    zip = await readZipEntries(bytes, [CORE]);
  } catch (err) {
    throw new IngestError(file, `corrupt ZIP/DOCX file (${(err as Error).message})`);
  }
  if (!zip.names.includes('word/document.xml'))
    throw new IngestError(file, 'a ZIP archive that is not a DOCX document (no word/document.xml)');
  let html: string;
  try {
    html = (
      await mammoth.convertToHtml(
        { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
        { styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"] },
      )
    ).value;
  } catch (err) {
    throw new IngestError(file, `corrupt DOCX (${(err as Error).message.split('\n')[0]})`);
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const { blocks, notes } = blocksFromDom(document.body as unknown as Element);
  return { blocks, notes, metadata: coreProperties(zip.entries.get(CORE)) };
}

function coreProperties(xml: string | undefined): ReaderMetadata {
  if (!xml) return {};
  const field = (tag: string) => {
    const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
    const v = m?.[1].trim();
    return v ? decodeXml(v) : null;
  };
  const created = field('dcterms:created');
  return {
    title: field('dc:title'),
    author: field('dc:creator'),
    publishedAt: created ? toIsoPartialDate(created) : null,
  };
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
