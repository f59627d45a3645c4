import { describe, expect, it } from 'vitest';
import { parseMarkdownInline } from './markdown-inline.js';

describe('parseMarkdownInline', () => {
  it.each([
    ['Ankara protested.<sup>4</sup> Moscow', 'Ankara protested. Moscow', '4', 17],
    ['Ankara protested.[4] Moscow', 'Ankara protested. Moscow', '4', 17],
    ['Ankara protested.[^4] Moscow', 'Ankara protested. Moscow', '4', 17],
    ['Ankara protested.^4 Moscow', 'Ankara protested. Moscow', '4', 17],
    ['Ankara protested.⁴ Moscow', 'Ankara protested. Moscow', '4', 17],
    ['Ankara <a href="#fn4">4</a> protested', 'Ankara protested', '4', 7],
  ])('%s', (src, text, key, offset) => {
    const out = parseMarkdownInline(src);
    expect(out.text).toBe(text);
    expect(out.markers).toEqual([{ key, offset }]);
  });

  it('drops emphasis, escapes and entities but keeps words and brackets', () => {
    const out = parseMarkdownInline(
      'As *Kayhan* put it, a \\$4 billion deal &amp; the "No to the East [Soviet Union]" slogan',
    );
    expect(out.text).toBe('As Kayhan put it, a $4 billion deal & the "No to the East [Soviet Union]" slogan');
    expect(out.emphasis).toEqual([{ start: 3, end: 9 }]);
    expect(out.markers).toEqual([]);
  });

  it('turns links into text with a recorded target', () => {
    const out = parseMarkdownInline(
      'See the [joint statement](https://example.org/a "t") and <a href="https://example.org/b">the decree</a>.',
    );
    expect(out.text).toBe('See the joint statement and the decree.');
    expect(out.links).toEqual([
      { start: 8, end: 23, url: 'https://example.org/a' },
      { start: 28, end: 38, url: 'https://example.org/b' },
    ]);
  });

  it('keeps snake_case, years in brackets and lone asterisks', () => {
    expect(parseMarkdownInline('file_name_here [2015] 5 * 3').text).toBe('file_name_here [2015] 5 * 3');
  });
});
