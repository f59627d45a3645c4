/**
 * YAML front matter at the top of a markdown file (`---` … `---`). Only flat `key: value`
 * pairs are read: the metadata we need never nests, and a full YAML parser is not worth a
 * dependency for three fields.
 * @module
 */

import { toIsoPartialDate } from './iso-date.js';
import type { ReaderMetadata } from './raw-block.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

export function splitFrontMatter(source: string): {
  metadata: ReaderMetadata;
  body: string;
  consumed: number;
} {
  const m = FRONT_MATTER.exec(source);
  if (!m) return { metadata: {}, body: source, consumed: 0 };
  const fields = new Map<string, string>();
  let lastKey = '';
  for (const line of m[1].split('\n')) {
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (pair) {
      lastKey = pair[1].toLowerCase();
      fields.set(lastKey, unquote(pair[2]));
    } else {
      const item = /^\s+-\s+(.*)$/.exec(line);
      // a YAML list under "author:" gives several authors
      if (item && lastKey)
        fields.set(lastKey, [fields.get(lastKey), unquote(item[1])].filter(Boolean).join('; '));
    }
  }
  const pick = (...keys: string[]) => {
    for (const k of keys) {
      const v = fields.get(k);
      if (v) return v;
    }
    return null;
  };
  const date = pick('date', 'published', 'publishedat', 'published_at', 'pubdate');
  return {
    metadata: {
      title: pick('title'),
      author: pick('author', 'authors', 'byline', 'creator'),
      publishedAt: date ? toIsoPartialDate(date) : null,
      sourceUrl: pick('url', 'source', 'source_url', 'sourceurl', 'link'),
    },
    body: source.slice(m[0].length),
    consumed: m[0].length,
  };
}

function unquote(v: string): string {
  const t = v.trim();
  if ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'"))) return t.slice(1, -1);
  return t.replace(/^\[(.*)\]$/, '$1');
}
