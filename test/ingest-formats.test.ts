import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  IngestError,
  type IngestedDocument,
  readDocument,
  readDocumentFromBytes,
} from '../src/ingest/index.js';
import { projectRoot } from './helpers/shared.js';

const FIXTURES = join(projectRoot, 'test', 'fixtures', 'ingest');
const fixture = (name: string) => join(FIXTURES, name);
const good = readdirSync(FIXTURES).filter((f) => !f.startsWith('bad-'));

function sentenceWith(doc: IngestedDocument, fragment: string) {
  const found = doc.sentences.filter((s) => s.text.includes(fragment));
  expect(found, `one sentence containing "${fragment}"`).toHaveLength(1);
  return found[0];
}

function citation(doc: IngestedDocument, key: string) {
  const c = doc.citations.find((x) => x.key === key);
  expect(c, `citation ${key}`).toBeDefined();
  return c as NonNullable<typeof c>;
}

describe('every good fixture', () => {
  it.each(good)('%s: spans re-read exactly and carry no markup', async (name) => {
    const doc = await readDocument(fixture(name));
    expect(doc.sentences.length).toBeGreaterThan(3);
    for (const s of doc.sentences) {
      expect(doc.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
      expect(s.text).not.toMatch(/<\/?[a-z]+[\s>]|\*\*|\[\^|\]\(|https?:\/\/|[¹²³]/);
      const p = doc.paragraphs[s.paragraphIndex];
      expect(s.start).toBeGreaterThanOrEqual(p.start);
      expect(s.end).toBeLessThanOrEqual(p.end);
      expect(p.sectionIndex).toBe(s.sectionIndex);
    }
    for (const m of doc.markers) {
      expect(doc.citations.some((c) => c.key === m.citationKey)).toBe(true);
      expect(doc.sentences[m.sentenceIndex].citationKeys).toContain(m.citationKey);
    }
    for (const c of doc.citations) {
      if (c.kind !== 'link') expect(doc.text).not.toContain(c.text);
    }
    expect(doc.metadata.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.metadata.byteSize).toBe(readFileSync(fixture(name)).byteLength);
  });
});

describe('CRS-style markdown with links and footnotes', () => {
  let doc: IngestedDocument;
  beforeAll(async () => {
    doc = await readDocument(fixture('turkey-russia-crs.md'));
  });

  it('reads front matter and skips the HTML comment', () => {
    expect(doc.metadata).toMatchObject({
      title: 'Turkey and Russia: Rivalry and Accommodation',
      author: 'Entente Test Fixtures',
      publishedAt: '2021-03-15',
      format: 'markdown',
    });
    expect(doc.metadata.sourceUrl).toBe('https://example.org/reports/turkey-russia');
    expect(doc.text).not.toContain('Fixture for the ingest tests');
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Turkey and Russia: Rivalry and Accommodation',
      'Overview',
      'From Crisis to Reconciliation',
      'Energy and Arms',
    ]);
  });

  it('turns inline links into link citations and keeps their text', () => {
    const s = sentenceWith(doc, 'according to a presidential decree signed on November 28');
    const key = s.citationKeys.find((k) => k.startsWith('link:'));
    expect(citation(doc, key ?? '').urls).toEqual(['http://kremlin.ru/events/president/news/50804']);
    expect(citation(doc, key ?? '').text).toBe('presidential decree');
    expect(sentenceWith(doc, 'under CAATSA.').citationKeys.some((k) => k.startsWith('link:'))).toBe(true);
  });

  it('links [^n] footnotes and a superscript digit to their notes', () => {
    expect(sentenceWith(doc, '"a stab in the back."').citationKeys).toEqual(['1']);
    expect(sentenceWith(doc, 'met in St. Petersburg on Aug. 9, 2016').citationKeys).toEqual(['2']);
    expect(sentenceWith(doc, 'Istanbul on Jan. 8, 2020.').citationKeys).toEqual(['3']);
    const one = citation(doc, '1');
    expect(one).toMatchObject({
      kind: 'footnote',
      number: 1,
      author: 'Andrew Osborn',
      publisher: 'Reuters',
      date: '2015-11-24',
    });
    expect(one.urls).toEqual([
      'https://www.reuters.com/article/us-mideast-crisis-turkey-russia-idUSKBN0TD1B420151124',
    ]);
    expect(citation(doc, '3')).toMatchObject({
      number: 3,
      title: 'TurkStream gas pipeline officially opens',
      publisher: 'Anadolu Agency',
      date: '2020-01-08',
    });
  });

  it('keeps abbreviations, money and list items whole', () => {
    sentenceWith(doc, 'The U.S. government has watched this shift');
    sentenceWith(doc, 'for roughly $2.5 billion, and deliveries began in July 2019.');
    sentenceWith(doc, 'Dr. Ismail Demir, the agency');
    const items = doc.paragraphs.filter((p) => p.kind === 'list-item');
    expect(items).toHaveLength(4);
    expect(doc.paragraphs.filter((p) => p.kind === 'quote')).toHaveLength(1);
    expect(doc.text).not.toContain('Andrew Osborn');
  });
});

describe('HTML page with navigation chrome', () => {
  let doc: IngestedDocument;
  beforeAll(async () => {
    doc = await readDocument(fixture('india-china-border.html'));
  });

  it('keeps the article and drops the chrome', () => {
    expect(doc.metadata).toMatchObject({
      format: 'html',
      title: 'India and China after Galwan',
      author: 'Entente Test Fixtures',
      publishedAt: '2021-06-15',
    });
    expect(doc.metadata.sourceUrl).toBe('https://example.org/border-watch/india-china-after-galwan');
    for (const chrome of ['Subscribe', 'Most read', 'Newsletter', 'Copyright', 'cookie'])
      expect(doc.text).not.toContain(chrome);
    sentenceWith(doc, 'twenty Indian soldiers were killed.');
  });

  it('reads <sup><a href="#fn"> markers and the footnote list', () => {
    expect(sentenceWith(doc, 'twenty Indian soldiers were killed').citationKeys).toEqual(['1']);
    expect(sentenceWith(doc, 'banned 59 Chinese apps').citationKeys).toEqual(['2']);
    expect(sentenceWith(doc, 'banned 59 Chinese apps').text.endsWith('integrity.”')).toBe(true);
    expect(citation(doc, '2')).toMatchObject({
      number: 2,
      author: 'Press Information Bureau',
      date: '2020-06-29',
      urls: ['https://pib.gov.in/PressReleseDetailm.aspx?PRID=1635206'],
    });
    expect(citation(doc, '1').text).toBe('Indian Army statement, June 16, 2020.');
    expect(doc.sections.some((s) => s.heading === 'Notes')).toBe(false);
    const link = sentenceWith(doc, 'Ministry of External Affairs archive').citationKeys;
    expect(link).toHaveLength(1);
    expect(citation(doc, link[0]).urls).toEqual(['https://www.mea.gov.in/bilateral-documents.htm']);
  });
});

describe('PDF with footnotes, running headers and page numbers', () => {
  let doc: IngestedDocument;
  beforeAll(async () => {
    doc = await readDocument(fixture('eu-ukraine-brief.pdf'));
  });

  it('reads the info dictionary', () => {
    expect(doc.metadata).toMatchObject({
      format: 'pdf',
      title: 'The European Union and Ukraine, 2013–2024',
      publishedAt: '2024-07-01',
    });
  });

  it('drops the running header and page numbers, and joins lines into paragraphs', () => {
    expect(doc.text).not.toContain('A Short Brief');
    expect(doc.text).not.toMatch(/\n\n\d+\n\n|\n\n\d+$/);
    sentenceWith(
      doc,
      'The new government signed the political chapters of the agreement on March 21, 2014, and President Petro Poroshenko',
    );
  });

  it('joins the sentence cut by the page break', () => {
    expect(doc.pageBreakJoins).toHaveLength(1);
    sentenceWith(doc, 'between the European Union and Ukraine moved faster');
  });

  it('turns raised numbers into markers and page-bottom notes into citations', () => {
    expect(sentenceWith(doc, 'days before the Vilnius summit.').citationKeys).toEqual(['1']);
    expect(sentenceWith(doc, 'economic part on June 27, 2014.').citationKeys).toEqual(['2']);
    expect(sentenceWith(doc, 'granted candidate status on June 23, 2022.').citationKeys).toEqual(['3']);
    expect(doc.citations.filter((c) => c.kind === 'footnote').map((c) => c.number)).toEqual([1, 2, 3]);
    expect(citation(doc, '2').urls).toEqual([
      'https://ec.europa.eu/trade/policy/countries-and-regions/countries/ukraine/',
    ]);
    expect(citation(doc, '2').title).toBe('EU-Ukraine Association Agreement');
    expect(doc.text).not.toContain('Eastern Partnership summit');
  });
});

describe('DOCX with footnotes', () => {
  let doc: IngestedDocument;
  beforeAll(async () => {
    doc = await readDocument(fixture('china-russia-partnership.docx'));
  });

  it('reads headings, lists, core properties and footnotes', () => {
    expect(doc.metadata).toMatchObject({
      format: 'docx',
      title: 'China and Russia: A Partnership with Limits',
      author: 'Entente test fixtures',
    });
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'China and Russia: A Partnership with Limits',
      'Background',
      'Since 2022',
    ]);
    expect(doc.paragraphs.filter((p) => p.kind === 'list-item')).toHaveLength(2);
    // mammoth numbers notes by first reference; the marker a reader sees names the note
    const pipeline = citation(
      doc,
      sentenceWith(doc, 'Power of Siberia pipeline on December 2, 2019.').citationKeys[0],
    );
    expect(pipeline.urls[0]).toContain('gazprom.com');
    const statement = citation(doc, sentenceWith(doc, 'had "no limits."').citationKeys[0]);
    expect(statement.text).toContain('Joint Statement');
    expect(statement.date).toBe('2022-02-04');
    sentenceWith(doc, 'Dr. Alexander Gabuev of the Carnegie Endowment');
  });
});

describe('plain text converted from PDF', () => {
  it('lifts note numbers glued after punctuation and repairs the page break', async () => {
    const doc = await readDocument(fixture('armenia-azerbaijan-converted.txt'));
    expect(doc.metadata.format).toBe('text');
    expect(doc.metadata.title).toBe('Armenia and Azerbaijan: The 2020 War');
    expect(sentenceWith(doc, 'lasted forty-four days.').citationKeys).toEqual(['1']);
    expect(sentenceWith(doc, 'peacekeepers to the region.').citationKeys).toEqual(['2']);
    expect(sentenceWith(doc, 'resumed briefly in September 2022.').citationKeys).toEqual(['3']);
    sentenceWith(doc, 'Nikol Pashinyan faced protests at home.');
    sentenceWith(doc, 'about 2,000 peacekeepers');
    expect(doc.citations.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(doc.pageBreakJoins).toHaveLength(1);
  });
});

describe('bad input', () => {
  const cases: [string, RegExp][] = [
    ['bad-empty.md', /empty file/],
    ['bad-blank.txt', /empty document/],
    ['bad-binary.md', /binary file/],
    ['bad-invalid-utf8.md', /invalid UTF-8 at byte 29/],
    ['bad-corrupt.pdf', /corrupt or unreadable PDF/],
    ['bad-not-docx.docx', /corrupt ZIP\/DOCX/],
    ['bad-zip-not-docx.docx', /a ZIP archive that is not a DOCX/],
  ];
  it.each(cases)('%s gives a one-line IngestError', async (name, problem) => {
    const err = await readDocument(fixture(name)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).file).toBe(fixture(name));
    expect((err as IngestError).problem).toMatch(problem);
    expect((err as Error).message).not.toContain('\n');
  });

  it('refuses missing files, directories and files over the size limit', async () => {
    await expect(readDocument(fixture('nope.md'))).rejects.toThrow(/no such file/);
    await expect(readDocument(FIXTURES)).rejects.toThrow(/is a directory/);
    await expect(readDocument(fixture('turkey-russia-crs.md'), { maxBytes: 1000 })).rejects.toThrow(
      /over the .* limit/,
    );
    await expect(readDocument(fixture('turkey-russia-crs.md'), { date: 'last week' })).rejects.toThrow(
      /invalid date/,
    );
  });
});

describe('reading from bytes', () => {
  it('picks the reader by content, not extension, and honours options', async () => {
    const pdf = new Uint8Array(readFileSync(fixture('eu-ukraine-brief.pdf')));
    const doc = await readDocumentFromBytes(pdf, 'upload.txt', { date: '2024-08-01', name: 'EU brief' });
    expect(doc.metadata.format).toBe('pdf');
    expect(doc.metadata.publishedAt).toBe('2024-08-01');
    expect(doc.name).toBe('EU brief');
    const html = readFileSync(fixture('india-china-border.html'));
    expect((await readDocumentFromBytes(html, 'page.md')).metadata.format).toBe('html');
  });
});
