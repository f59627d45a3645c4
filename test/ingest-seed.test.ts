import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type IngestedDocument, readDocument } from '../src/ingest/index.js';
import { hasShared, sharedPath } from './helpers/shared.js';

const SEED = ['seed', 'irans-russian-conundrum.md'];
const GOLD = ['eval', 'seed-gold.jsonl'];

/** the scorer's normalisation (../shared/eval/norm.py), so gold quotes can be located */
function norm(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/<sup>\s*\d+\s*<\/sup>/g, ' ')
    .replace(/\^\d+|\[\d+\]/g, ' ')
    .replace(/\\\$/g, '$')
    .replace(/\\/g, '')
    .replace(/[*_]/g, '')
    .replace(/\u2019|\u2018/g, "'")
    .replace(/\u201c|\u201d/g, '"')
    .replace(/\u2014/g, ' - ')
    .replace(/\u2013/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

describe.skipIf(!hasShared(...SEED))('the seed essay', () => {
  let doc: IngestedDocument;
  let source: string;
  beforeAll(async () => {
    doc = await readDocument(sharedPath(...SEED));
    source = readFileSync(sharedPath(...SEED), 'utf8');
  });

  it('reads title and author from the headings and byline', () => {
    expect(doc.metadata.title).toMatch(/Russian Conundrum/);
    expect(doc.metadata.author).toBe('Alex Vatanka');
    expect(doc.metadata.format).toBe('markdown');
    expect(doc.metadata.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('parses the 13 endnotes with their URLs and bibliographic parts', () => {
    const notes = doc.citations.filter((c) => c.kind === 'endnote');
    expect(notes.map((n) => n.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    const withoutUrl = notes.filter((n) => n.urls.length === 0).map((n) => n.number);
    expect(withoutUrl).toEqual([8, 10, 12]);
    for (const n of notes) for (const u of n.urls) expect(u).toMatch(/^https?:\/\/[^\s<>]+[^\s<>.,]$/);
    const byNumber = new Map(notes.map((n) => [n.number, n]));
    expect(byNumber.get(1)?.urls[0]).toContain('nytimes.com/2000/10/13');
    expect(byNumber.get(1)?.author).toBe('John M. Broder');
    expect(byNumber.get(1)?.publisher).toBe('The New York Times');
    expect(byNumber.get(1)?.date).toBe('2000-10-13');
    expect(byNumber.get(3)?.publisher).toBe('The Moscow Times');
    expect(byNumber.get(8)?.date).toBe('2008');
    expect(byNumber.get(10)?.publisher).toBe('ME Sharpe');
    expect(byNumber.get(13)?.urls[0]).toContain('rferl.org');
    expect(byNumber.get(13)?.date).toBe('2015-11-23');
  });

  it('links every marker to the sentence that carried it in the source', () => {
    const endnoteMarkers = doc.markers.filter((m) => !m.citationKey.startsWith('link:'));
    expect(endnoteMarkers.map((m) => m.citationKey)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
      '13',
    ]);
    const body = source.slice(0, source.indexOf('ENDNOTES'));
    for (const m of body.matchAll(/<sup>(\d+)<\/sup>/g)) {
      // the words just before the marker in the source must end the sentence that carries its key
      const before = norm(body.slice(Math.max(0, m.index - 60), m.index))
        .split(' ')
        .slice(-4)
        .join(' ');
      const marker = endnoteMarkers.find((x) => x.citationKey === m[1]);
      expect(marker, `marker ${m[1]}`).toBeDefined();
      const sentence = doc.sentences[marker?.sentenceIndex ?? -1];
      expect(norm(sentence.text)).toContain(before);
      expect(sentence.citationKeys).toContain(m[1]);
    }
  });

  it('keeps the notes out of the body sentences', () => {
    for (const s of doc.sentences) {
      expect(s.text).not.toMatch(/https?:|<sup>|\*\*|\\\$|\[\^/);
    }
    expect(doc.sentences.some((s) => s.text.includes('Broder'))).toBe(false);
    expect(doc.sections.some((s) => /endnotes/i.test(s.heading))).toBe(false);
  });

  it('repairs the six page breaks', () => {
    const pairs = [
      ['playing', 'its'],
      ['them', 'responsibility'],
      ['of', 'evidence'],
      ['Russia’s', 'annexation'],
      ['the', 'Iranians'],
      ['oil', 'market'],
    ];
    expect(doc.pageBreakJoins).toHaveLength(6);
    doc.pageBreakJoins?.forEach((at, i) => {
      expect(doc.text[at]).toBe(' ');
      expect(doc.text.slice(0, at).split(' ').pop()).toBe(pairs[i][0]);
      expect(doc.text.slice(at + 1).split(' ')[0]).toBe(pairs[i][1]);
      // the joined clause lies inside one sentence
      expect(doc.sentences.some((s) => s.start < at && s.end > at)).toBe(true);
    });
  });

  it('does not split inside titles, money or quotations', () => {
    expect(
      doc.sentences.filter((s) => s.text.includes('Vice President Al Gore and Prime Minister')),
    ).toHaveLength(1);
    const money = doc.sentences.filter((s) => s.text.includes('$4 billion'));
    expect(money.length).toBe(3);
    for (const s of money) expect(s.text.length).toBeGreaterThan(60);
    for (const s of doc.sentences) {
      const opened = (s.text.match(/“/g) ?? []).length;
      const closed = (s.text.match(/”/g) ?? []).length;
      expect(opened, s.text).toBe(closed);
      expect((s.text.match(/"/g) ?? []).length % 2, s.text).toBe(0);
    }
  });

  it('finds every gold quote inside a single sentence', () => {
    if (!hasShared(...GOLD)) return;
    const gold = readFileSync(sharedPath(...GOLD), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { id: string; quote: string });
    const sentences = doc.sentences.map((s) => norm(s.text));
    const missing = gold.filter((g) => !sentences.some((s) => s.includes(norm(g.quote)))).map((g) => g.id);
    expect(missing).toEqual([]);
  });

  it('re-reads every span from the document text', () => {
    for (const s of doc.sentences) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    for (const p of doc.paragraphs) expect(p.end).toBeGreaterThan(p.start);
    for (const m of doc.markers) {
      const s = doc.sentences[m.sentenceIndex];
      expect(m.offset).toBeGreaterThanOrEqual(s.start);
      expect(m.offset).toBeLessThanOrEqual(s.end + 1);
    }
  });
});
