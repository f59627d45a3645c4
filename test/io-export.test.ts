/**
 * Every export format on constructed events: each output checked against what its format requires.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { DOMParser } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, type ExportFormat, exportEvents } from '../src/io/index.js';
import type { StoredEvent } from '../src/store/store.js';
import { makeEvent } from './analysis-fixtures.js';
import { hasShared, sharedPath } from './helpers/shared.js';

function withCitation(e: StoredEvent): StoredEvent {
  return {
    ...e,
    citations: [
      {
        key: '3',
        kind: 'note',
        number: 3,
        text: 'Kozhanov, "Russia and Iran", 2016, p. 4',
        author: null,
        title: null,
        publisher: null,
        date: null,
        urls: ['https://example.org/a?x=1&y=2'],
      },
    ] as StoredEvent['citations'],
  };
}

const events: StoredEvent[] = [
  withCitation(
    makeEvent({
      id: 1,
      source: 'RUSGOV',
      sourceName: 'Russian government',
      target: 'IRN',
      targetName: 'Iran',
      code: '057',
      goldstein: 8,
      date: '2007',
      sentence: 'Moscow and Tehran signed an arms contract, "the deal", in 2007.',
    }),
  ),
  makeEvent({
    id: 2,
    source: 'RUS',
    sourceName: 'Russia',
    target: 'IRNGOV',
    targetName: 'Iranian government',
    code: '1721',
    goldstein: -5,
    date: '2010-09',
    sentence: 'In September 2010 a decree barred the delivery, <which> angered Tehran.',
  }),
  makeEvent({
    id: 3,
    source: 'IRN',
    target: 'RUS',
    code: '115',
    goldstein: -2,
    date: '2011-04-12',
    sentence: 'Iran sued, saying:\n"breach of contract".',
  }),
  makeEvent({
    id: 4,
    source: 'RUS',
    target: 'IRN',
    code: '042',
    date: '2006-06/2010-06',
    sentence: 'Visits went on for years.',
  }),
  makeEvent({
    id: 5,
    source: 'USA',
    target: 'IRN',
    code: '010',
    date: '2012',
    sentence: 'Washington commented.',
  }),
  makeEvent({
    id: 6,
    source: 'RUS',
    target: 'IRN',
    code: '190',
    date: '2015',
    negated: true,
    sentence: 'Russia did not attack Iran.',
  }),
  makeEvent({
    id: 7,
    source: 'RUS',
    target: 'SYR',
    code: '062',
    date: '2015-09',
    status: 'rejected',
    sentence: 'Russia helped Syria militarily.',
  }),
  makeEvent({ id: 8, source: 'IRN', target: null, code: '030', date: null, sentence: 'Iran promised much.' }),
];

async function run(
  format: ExportFormat,
  all = false,
): Promise<{ text: string; written: number; excluded: number; skipped: number }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const result = await exportEvents(events, format, out, { all });
  out.end();
  return { text: Buffer.concat(chunks).toString('utf8'), ...result };
}

/** RFC 4180 reader, written independently of the writer */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(quoted).toBe(false);
  expect(field).toBe('');
  return rows;
}

/** well-formedness: balanced tags, quoted attributes, only predefined or numeric entities */
function checkWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  let roots = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const between = body.slice(last, m.index);
    expect(between).not.toMatch(/[<>]/);
    expect(between.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, '')).not.toContain('&');
    last = tag.lastIndex;
    const [, close, name, attrs, selfClose] = m;
    expect(attrs.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, '')).not.toContain('&');
    if (close) expect(stack.pop()).toBe(name);
    else if (!selfClose) {
      if (stack.length === 0) roots++;
      stack.push(name);
    }
  }
  expect(body.slice(last).trim()).toBe('');
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

const temp = mkdtempSync(join(tmpdir(), 'entente-export-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('canonical JSONL', () => {
  it('writes one event per line with the canonical fields and leaves out rejected and negated events', async () => {
    const { text, written, excluded } = await run('jsonl');
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(written).toBe(6);
    expect(excluded).toBe(2);
    expect(lines.map((l) => l.id)).toEqual([1, 2, 3, 4, 5, 8]);
    const first = lines[0];
    for (const key of [
      'id',
      'doc',
      'sentence',
      'span',
      'source',
      'target',
      'code',
      'label',
      'quad',
      'quad_gdelt',
      'goldstein',
      'plover',
      'date',
      'negated',
      'hypothetical',
      'attributed_to',
      'confidence',
      'citations',
      'rule_ids',
      'dictionary_entries',
      'coder_version',
      'status',
      'origin',
    ]) {
      expect(first).toHaveProperty(key);
    }
    expect(first.code).toBe('057');
    expect(first.label).toBe('Sign formal agreement');
    expect(first.source).toMatchObject({ code: 'RUSGOV', name: 'Russian government' });
    expect(first.date).toMatchObject({ start: '2007', end: '2007', precision: 'year', inferred: false });
    expect(first.citations[0]).toEqual({
      key: '3',
      number: 3,
      text: 'Kozhanov, "Russia and Iran", 2016, p. 4',
      urls: ['https://example.org/a?x=1&y=2'],
    });
    expect(lines[5].target).toBeNull();
  });

  it('--all includes them, flagged', async () => {
    const { text, written } = await run('jsonl', true);
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(written).toBe(8);
    expect(lines.find((l) => l.id === 6).flags).toEqual(['negated']);
    expect(lines.find((l) => l.id === 7).flags).toEqual(['rejected']);
    expect(lines.find((l) => l.id === 1).flags).toEqual([]);
  });

  it.runIf(hasShared('eval', 'score.py'))('is read by the evaluation scorer', async () => {
    const py = spawnSync('python3', ['--version']);
    if (py.status !== 0) return;
    const file = join(temp, 'out.jsonl');
    writeFileSync(file, (await run('jsonl')).text);
    const result = JSON.parse(
      execFileSync(
        'python3',
        [sharedPath('eval', 'score.py'), sharedPath('eval', 'seed-gold.jsonl'), file, '--json'],
        { encoding: 'utf8' },
      ),
    );
    expect(result.system_events).toBe(6);
  });
});

describe('CSV', () => {
  it('is tidy RFC 4180 that parses back to one row per event', async () => {
    const { text } = await run('csv');
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBe(7);
    for (const r of rows) expect(r.length).toBe(CSV_COLUMNS.length);
    const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    const byId = new Map(rows.slice(1).map((r) => [r[col('id')], r]));
    expect(byId.get('1')![col('sentence')]).toBe(
      'Moscow and Tehran signed an arms contract, "the deal", in 2007.',
    );
    expect(byId.get('3')![col('sentence')]).toBe('Iran sued, saying:\n"breach of contract".');
    expect(byId.get('1')![col('code')]).toBe('057');
    expect(byId.get('4')![col('date_start')]).toBe('2006-06');
    expect(byId.get('4')![col('date_end')]).toBe('2010-06');
    expect(byId.get('8')![col('target_code')]).toBe('');
  });
});

describe('GDELT layout', () => {
  it('writes 61 tab-separated columns with GDELT QuadClass and Goldstein', async () => {
    const { text } = await run('gdelt');
    const lines = text
      .trim()
      .split('\n')
      .map((l) => l.split('\t'));
    expect(lines.length).toBe(6);
    for (const l of lines) expect(l.length).toBe(61);
    const agreement = lines.find((l) => l[0] === '1')!;
    expect(agreement[5]).toBe('RUSGOV');
    expect(agreement[7]).toBe('RUS');
    expect(agreement[12]).toBe('GOV');
    expect(agreement[26]).toBe('057');
    expect(agreement[27]).toBe('057');
    expect(agreement[28]).toBe('05');
    expect(agreement[29]).toBe('1');
    expect(agreement[30]).toBe('8');
    // a year-precision event: first day in SQLDATE, mid-year in FractionDate
    expect(agreement[1]).toBe('20070101');
    expect(Number(agreement[4])).toBeCloseTo(2007.5, 1);
    // no tab or newline from a sentence leaks into the columns
    const sued = lines.find((l) => l[0] === '3')!;
    expect(sued[29]).toBe('3');
  });

  it('uses GDELT quad classes where they differ from the standard mapping (root 14 is 3 in GDELT)', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await exportEvents(
      [makeEvent({ id: 40, source: 'IRN', target: 'IRN', code: '141', date: '2009-06-13' })],
      'gdelt',
      out,
    );
    out.end();
    const fields = Buffer.concat(chunks).toString('utf8').trim().split('\t');
    expect(fields[29]).toBe('3');
    expect(fields[1]).toBe('20090613');
  });
});

describe('PLOVER', () => {
  it('writes PLOVER field names and skips CAMEO 01/02 events, which PLOVER drops', async () => {
    const { text, written, skipped } = await run('plover');
    const records = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(written).toBe(5);
    expect(skipped).toBe(1);
    const agree = records.find((r) => r.cameo_code === '057');
    // the 2021 CAMEO→PLOVER crosswalk puts 057 (sign formal agreement) under SUPPORT, diplomatic context
    expect(agree).toMatchObject({
      event_type: 'SUPPORT',
      context: 'diplomatic',
      actor: 'Russian government',
      actor_country: 'RUS',
      actor_sector: 'GOV',
      recipient_country: 'IRN',
      event_date: '2007',
    });
    for (const key of ['event_type', 'mode', 'context', 'actor', 'recipient', 'event_date'])
      expect(agree).toHaveProperty(key);
  });
});

describe('GEXF', () => {
  it('is well-formed GEXF 1.3 with the elements Gephi needs and dated spells', async () => {
    const { text } = await run('gexf');
    checkWellFormedXml(text);
    const doc = new DOMParser().parseFromString(text, 'text/xml');
    const gexf = doc.querySelector('gexf');
    expect(gexf?.getAttribute('version')).toBe('1.3');
    expect(gexf?.getAttribute('xmlns')).toBe('http://gexf.net/1.3');
    const graph = doc.querySelector('gexf > graph');
    expect(graph?.getAttribute('mode')).toBe('dynamic');
    expect(graph?.getAttribute('timeformat')).toBe('date');
    const nodeIds = new Set([...doc.querySelectorAll('nodes > node')].map((n) => n.getAttribute('id')));
    expect(nodeIds).toEqual(new Set(['RUS', 'IRN', 'USA']));
    const edges = [...doc.querySelectorAll('edges > edge')];
    expect(edges.length).toBe(3);
    for (const e of edges) {
      expect(nodeIds.has(e.getAttribute('source'))).toBe(true);
      expect(nodeIds.has(e.getAttribute('target'))).toBe(true);
    }
    const rusIrn = edges.find(
      (e) => e.getAttribute('source') === 'RUS' && e.getAttribute('target') === 'IRN',
    )!;
    const spells = [...rusIrn.querySelectorAll('spell')].map((s) => [
      s.getAttribute('start'),
      s.getAttribute('end'),
    ]);
    expect(spells).toEqual(
      expect.arrayContaining([
        ['2007-01-01', '2007-12-31'],
        ['2006-06-01', '2010-06-30'],
      ]),
    );
  });
});

describe('TimelineJS', () => {
  it('has the TimelineJS shape and shows a year-precision event as a year', async () => {
    const { text, skipped } = await run('timeline');
    const doc = JSON.parse(text);
    expect(doc.title.text.headline).toBeTypeOf('string');
    expect(Array.isArray(doc.events)).toBe(true);
    expect(skipped).toBe(1);
    for (const e of doc.events) {
      expect(Number.isInteger(e.start_date.year)).toBe(true);
      expect(e.text.headline).toBeTypeOf('string');
      expect(e.text.text).toBeTypeOf('string');
      expect(e.group).toBeTypeOf('string');
    }
    const byId = new Map(doc.events.map((e: { unique_id: string }) => [e.unique_id, e]));
    expect((byId.get('event-1') as { start_date: unknown }).start_date).toEqual({ year: 2007 });
    expect((byId.get('event-2') as { start_date: unknown }).start_date).toEqual({ year: 2010, month: 9 });
    expect((byId.get('event-3') as { start_date: unknown }).start_date).toEqual({
      year: 2011,
      month: 4,
      day: 12,
    });
    const range = byId.get('event-4') as { start_date: unknown; end_date: unknown };
    expect(range.start_date).toEqual({ year: 2006, month: 6 });
    expect(range.end_date).toEqual({ year: 2010, month: 6 });
    // sentence text is escaped: TimelineJS renders text.text as HTML
    expect((byId.get('event-2') as { text: { text: string } }).text.text).toContain('&lt;which&gt;');
  });
});

describe('Kumu', () => {
  it('is a blueprint whose connections name existing elements', async () => {
    const { text } = await run('kumu');
    const bp = JSON.parse(text);
    const labels = new Set(bp.elements.map((e: { label: string }) => e.label));
    expect(labels).toEqual(new Set(['RUS', 'IRN', 'USA']));
    for (const c of bp.connections) {
      expect(labels.has(c.from)).toBe(true);
      expect(labels.has(c.to)).toBe(true);
      expect(c.direction).toBe('directed');
    }
    const rusIrn = bp.connections.find(
      (c: { from: string; to: string }) => c.from === 'RUS' && c.to === 'IRN',
    );
    expect(rusIrn.events).toBe(3);
    expect(rusIrn['verbal cooperation']).toBe(2);
    expect(rusIrn['material conflict']).toBe(1);
  });
});
