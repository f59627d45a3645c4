/**
 * HTML → blocks. Readability keeps the article and drops navigation, sidebars and footers;
 * the page's <meta> tags give title, author, date and canonical URL.
 * @module
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blocksFromDom } from './html-blocks.js';
import { toIsoPartialDate } from './iso-date.js';
import type { ReaderMetadata, ReaderOutput } from './raw-block.js';

// chrome removed before the fallback walk when Readability finds no article
const CHROME =
  'nav, header, footer, aside, script, style, noscript, form, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';

export function readHtml(html: string): ReaderOutput {
  const { document } = parseHTML(html);
  const metadata = metaFrom(document);
  const ogTitle =
    document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() || null;
  const footnoteLists = Array.from(
    document.querySelectorAll(
      'section.footnotes, div.footnotes, ol.footnotes, aside.footnotes, [role="doc-endnotes"]',
    ),
  ).map((n) => n.cloneNode(true) as Element);

  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(parseHTML(html).document as unknown as Document, {
      charThreshold: 200,
    }).parse();
  } catch {
    article = null;
  }
  let root: Element;
  if (article?.content) {
    root = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document
      .body as unknown as Element;
    // Readability's title drops the " | Site name" suffix of <title>
    metadata.title = ogTitle ?? (article.title || metadata.title || null);
    metadata.author ||= cleanByline(article.byline);
    metadata.publishedAt ||= article.publishedTime ? toIsoPartialDate(article.publishedTime) : null;
  } else {
    root = document.body as unknown as Element;
    for (const el of Array.from(root.querySelectorAll(CHROME))) el.remove();
  }
  const { blocks, notes } = blocksFromDom(root);
  // Readability sometimes drops a page's footnote section as boilerplate; read it from the original page
  if (notes.length === 0) {
    for (const list of footnoteLists) notes.push(...blocksFromDom(list).notes);
  }
  return { blocks, notes, metadata };
}

function metaFrom(document: Document): ReaderMetadata {
  const meta = (...names: string[]): string | null => {
    for (const name of names) {
      const el = document.querySelector(
        `meta[name="${name}" i], meta[property="${name}" i], meta[itemprop="${name}" i]`,
      );
      const content = el?.getAttribute('content')?.trim();
      if (content) return content;
    }
    return null;
  };
  const date =
    meta(
      'article:published_time',
      'datePublished',
      'date',
      'dc.date',
      'dcterms.date',
      'citation_publication_date',
      'pubdate',
      'publish-date',
    ) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  return {
    title:
      meta('og:title', 'citation_title', 'dc.title') ??
      (document.querySelector('title')?.textContent?.trim() || null),
    author: meta('author', 'article:author', 'citation_author', 'dc.creator'),
    publishedAt: date ? toIsoPartialDate(date) : null,
    sourceUrl: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url'),
  };
}

function cleanByline(byline: string | null | undefined): string | null {
  const b = byline
    ?.replace(/^\s*by\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return b ? b : null;
}
