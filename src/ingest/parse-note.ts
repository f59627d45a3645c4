/**
 * Reads the parts of a bibliographic note: `Author, "Title," *Publication*, Month D, YYYY, URL.`
 * and its book form `Author, *Title* (Publisher, YYYY)`. Notes are free text, so every field
 * is best-effort and null when unsure; the full text is always kept.
 * @module
 */
import type { Citation } from './document.js';
import { toIsoPartialDate } from './iso-date.js';
import type { InlineText } from './raw-block.js';

const URL = /\b(?:https?|ftp):\/\/[^\s<>"“”]+/gi;
const QUOTED = /“([^”]{3,})”|"([^"]{3,})"/;
const AUTHOR =
  /^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,4}(?:(?:,\s*|\s+)(?:and|&)\s+[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,4})?$/u;
const NOT_AUTHOR = /^(?:see|cf|ibid|quoted|cited|interview|for|on|in|from|available|also)\b/i;

export type NoteFields = Pick<Citation, 'author' | 'title' | 'publisher' | 'date' | 'urls'>;

export function parseNote(note: InlineText): NoteFields {
  const text = note.text;
  const urls = collectUrls(note);
  const withoutUrls = text.replace(URL, ' ');

  const quoted = QUOTED.exec(withoutUrls);
  const emphasized = note.emphasis
    .map((e) =>
      text
        .slice(e.start, e.end)
        .replace(/[,.;:]+$/, '')
        .trim(),
    )
    .filter((s) => s.length > 1 && !/^(?:https?|ftp):/i.test(s));
  let title: string | null = quoted ? cleanField(quoted[1] ?? quoted[2]) : null;
  let publisher: string | null = null;
  if (title) publisher = emphasized.find((e) => !title?.includes(e)) ?? null;
  else if (emphasized.length > 0) title = emphasized[0];

  const firstFieldAt = Math.min(
    ...[quoted ? withoutUrls.indexOf(quoted[0]) : -1, ...note.emphasis.map((e) => e.start)].filter(
      (n) => n >= 0,
    ),
    withoutUrls.length,
  );
  const lead = withoutUrls
    .slice(0, firstFieldAt)
    .replace(/[\s,.:;]+$/, '')
    .trim();
  const author = title && lead && AUTHOR.test(lead) && !NOT_AUTHOR.test(lead) ? lead : null;

  const afterTitle = quoted
    ? withoutUrls.slice(withoutUrls.indexOf(quoted[0]) + quoted[0].length)
    : withoutUrls.slice(firstFieldAt);
  if (!publisher) {
    const imprint = /\(([^()]*?[\p{L}][^()]*?),\s*(?:[^(),]*,\s*)?(\d{4})\)/u.exec(afterTitle);
    if (imprint) publisher = cleanField(imprint[1]);
  }
  const date =
    toIsoPartialDate(afterTitle.replace(/\bpp?\.\s*[\d–-]+/g, ' ')) ??
    (title ? null : toIsoPartialDate(withoutUrls));
  return { author, title, publisher, date, urls };
}

function collectUrls(note: InlineText): string[] {
  const urls = new Set<string>();
  for (const link of note.links) urls.add(link.url);
  for (const m of note.text.matchAll(URL)) urls.add(m[0].replace(/[.,;:)\]>’”'"]+$/, ''));
  return [...urls];
}

function cleanField(s: string): string {
  return s.replace(/[\s,.;:]+$/, '').trim();
}
