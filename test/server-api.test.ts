/* biome-ignore-all lint/suspicious/noExplicitAny: response bodies are JSON checked field by field */
import type { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, serve } from '../src/server/index.js';
import type { Store, StoredEvent } from '../src/store/store.js';
import { openFixtureStore } from './fixtures/web/fixture-store.js';

let store: Store;
let app: Hono;

beforeEach(() => {
  store = openFixtureStore();
  app = createApp({ store });
});
afterEach(() => store.close());

async function json<T = any>(
  path: string,
  init?: RequestInit,
): Promise<{ status: number; type: string; body: T }> {
  const res = await app.request(path, init);
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    body: text ? JSON.parse(text) : null,
  };
}

function eventByCode(code: string): StoredEvent {
  const found = store
    .queryEvents({ includeFlagged: true, includeRejected: true, limit: 1000 })
    .find((e) => e.code === code);
  if (!found) throw new Error(`fixture has no event with code ${code}`);
  return found;
}

describe('documents', () => {
  it('lists documents with their counts', async () => {
    const { status, body } = await json('/api/documents');
    expect(status).toBe(200);
    const relations = body.documents.find((d: any) => d.name === 'air-defence-relations.md');
    expect(relations).toMatchObject({ sentenceCount: 5, citationCount: 2, eventCount: 5 });
    expect(body.documents).toHaveLength(2);
  });

  it('returns a document with its text, and its sentences with the citations they carry', async () => {
    const id = store.listDocuments().find((d) => d.name === 'air-defence-relations.md')!.id;
    const doc = await json(`/api/documents/${id}`);
    expect(doc.body.text).toContain('the Kremlin banned the sale');
    const { body } = await json(`/api/documents/${id}/sentences`);
    expect(body.sentences).toHaveLength(5);
    const first = body.sentences[0];
    expect(doc.body.text.slice(first.start, first.end)).toBe(first.text);
    expect(first.citations[0]).toMatchObject({
      key: '1',
      urls: ['https://example.org/wire/2007/air-defence-contract'],
    });
    expect(body.sentences[1].citations).toEqual([]);
  });

  it('answers a missing or malformed id with problem+json', async () => {
    const missing = await json('/api/documents/9999');
    expect(missing.status).toBe(404);
    expect(missing.type).toContain('application/problem+json');
    expect(missing.body).toMatchObject({ status: 404, title: 'Not found' });
    expect(missing.body.detail).toContain('9999');
    const bad = await json('/api/documents/abc');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('id');
  });

  it('deletes a document and its events', async () => {
    const id = store.listDocuments().find((d) => d.name === 'hostile-payloads.txt')!.id;
    const res = await app.request(`/api/documents/${id}`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect((await json(`/api/documents/${id}`)).status).toBe(404);
    expect((await json(`/api/events?document=${id}`)).body.total).toBe(0);
    expect((await app.request(`/api/documents/${id}`, { method: 'DELETE' })).status).toBe(404);
  });
});

describe('upload', () => {
  function form(name: string, content: string | Uint8Array, type = 'text/markdown'): FormData {
    const fd = new FormData();
    fd.append('file', new File([content], name, { type }));
    return fd;
  }

  it('ingests and codes an uploaded file, then lists it', async () => {
    const text = '# Talks\n\nOn 3 May 2012 Russia and Iran signed a trade agreement in Moscow.\n';
    const res = await json('/api/documents', { method: 'POST', body: form('talks.md', text) });
    expect(res.status).toBe(201);
    expect(res.body.results).toHaveLength(1);
    expect(res.body.results[0]).toMatchObject({ name: 'talks.md', ok: true, status: 'inserted' });
    const listed = (await json('/api/documents')).body.documents.map((d: any) => d.name);
    expect(listed).toContain('talks.md');
  });

  it('reports a file it cannot read as a per-file error naming the file', async () => {
    const binary = new Uint8Array([0x4d, 0x5a, 0x00, 0x01, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x00]);
    const res = await json('/api/documents', {
      method: 'POST',
      body: form('tool.exe', binary, 'application/octet-stream'),
    });
    expect(res.status).toBe(422);
    expect(res.type).toContain('application/problem+json');
    expect(res.body.errors[0].path).toBe('tool.exe');
    expect(res.body.detail).toContain('tool.exe');
    expect(store.listDocuments().map((d) => d.name)).not.toContain('tool.exe');
  });

  it('refuses an upload over the size cap with 413', async () => {
    const small = createApp({ store, uploadLimitBytes: 1024 });
    const res = await small.request('/api/documents', {
      method: 'POST',
      body: form('big.md', 'x'.repeat(4096)),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses a body that is not multipart', async () => {
    const res = await json('/api/documents', {
      method: 'POST',
      body: 'hello',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(res.status).toBe(415);
  });
});

describe('events', () => {
  it('filters by dyad, quad, code root, dates, actor and document, with a total for paging', async () => {
    const all = await json('/api/events?dyad=IRN,RUS');
    expect(all.body.total).toBe(6);
    const page = await json('/api/events?dyad=IRN,RUS&limit=2&offset=2');
    expect(page.body).toMatchObject({ total: 6, limit: 2, offset: 2 });
    expect(page.body.events).toHaveLength(2);
    const firstIds = (await json('/api/events?dyad=IRN,RUS&limit=2')).body.events.map((e: any) => e.id);
    expect(firstIds).not.toContain(page.body.events[0].id);

    expect((await json('/api/events?quad=4')).body.events.map((e: any) => e.code)).toEqual(['163']);
    expect((await json('/api/events?root=11')).body.events.map((e: any) => e.code).sort()).toEqual([
      '111',
      '115',
    ]);
    const dated = (await json('/api/events?from=2010&to=2011')).body.events.map((e: any) => e.code).sort();
    expect(dated).toEqual(['115', '163']);
    expect((await json('/api/events?actor=irnmil')).body.events.map((e: any) => e.code)).toEqual(['062']);
    const directed = await json('/api/events?dyad=IRN,RUS&directed=true');
    expect(directed.body.events.every((e: any) => e.source.code.startsWith('IRN'))).toBe(true);
    expect(directed.body.total).toBe(3);
    const hostileId = store.listDocuments().find((d) => d.name === 'hostile-payloads.txt')!.id;
    expect((await json(`/api/events?document=${hostileId}`)).body.events.map((e: any) => e.code)).toEqual([
      '111',
    ]);
  });

  it('returns each event with its sentence and citations', async () => {
    const ban = eventByCode('163');
    const { body } = await json(`/api/events/${ban.id}`);
    expect(body.sentenceText).toContain('banned the sale');
    expect(body.citations.map((c: any) => c.key)).toEqual(['2']);
  });

  it('rejects bad filters with a problem naming each bad field', async () => {
    const res = await json('/api/events?quad=7&from=May&limit=0');
    expect(res.status).toBe(400);
    expect(res.type).toContain('application/problem+json');
    expect(res.body.errors.map((e: any) => e.path).sort()).toEqual(['from', 'limit', 'quad']);
    expect((await json('/api/events?code=19&root=19')).status).toBe(400);
    expect((await json('/api/events?dyad=IRN')).status).toBe(400);
    expect((await json('/api/events?status=maybe')).status).toBe(400);
    expect((await json('/api/events?from=2012&to=2010')).status).toBe(400);
  });
});

describe('review', () => {
  const post = (id: number, body: unknown) =>
    json(`/api/events/${id}/review`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json' },
    });

  it('rejecting an event records who and why, and removes it from lists and the export', async () => {
    const ban = eventByCode('163');
    const res = await post(ban.id, {
      status: 'rejected',
      reason: 'decree was about a different system',
      reviewer: 'analyst-a',
    });
    expect(res.status).toBe(200);
    expect(res.body.event.status).toBe('rejected');
    const trail = (await json(`/api/events/${ban.id}/reviews`)).body.reviews;
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({
      reviewer: 'analyst-a',
      fromStatus: 'proposed',
      toStatus: 'rejected',
      reason: 'decree was about a different system',
    });

    const listed = (await json('/api/events?dyad=IRN,RUS&limit=1000')).body.events.map((e: any) => e.id);
    expect(listed).not.toContain(ban.id);
    const exported = await (await app.request('/api/export?format=jsonl')).text();
    const exportedIds = exported
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).id);
    expect(exportedIds).toHaveLength(store.countEvents({}));
    expect(exportedIds).not.toContain(ban.id);
    const asked = (await json('/api/events?status=rejected')).body.events.map((e: any) => e.id);
    expect(asked).toEqual([ban.id]);
  });

  it('an edit changes the stored event and keeps the old and new values in the trail', async () => {
    const visit = eventByCode('043');
    const res = await post(visit.id, {
      status: 'edited',
      changes: { code: '042', date: { start: '2007-10', end: '2007-10', precision: 'month' } },
      reason: 'the delegation travelled; the day is uncertain',
      reviewer: 'analyst-b',
    });
    expect(res.status).toBe(200);
    expect(res.body.event).toMatchObject({ code: '042', status: 'edited' });
    expect(res.body.event.date).toMatchObject({ start: '2007-10', precision: 'month' });
    expect(res.body.reviews[0].changes).toBeTruthy();
    expect((await json(`/api/events?code=042`)).body.events.map((e: any) => e.id)).toEqual([visit.id]);
  });

  it('refuses incomplete or contradictory review bodies', async () => {
    const id = eventByCode('057').id;
    expect((await post(id, { status: 'rejected', reviewer: 'x' })).body.errors[0].path).toBe('reason');
    expect((await post(id, { status: 'edited', reason: 'r', reviewer: 'x' })).status).toBe(400);
    expect(
      (await post(id, { status: 'accepted', changes: { code: '042' }, reason: 'r', reviewer: 'x' })).status,
    ).toBe(400);
    expect(
      (await post(id, { status: 'edited', changes: { code: 'abc' }, reason: 'r', reviewer: 'x' })).status,
    ).toBe(400);
    expect((await post(id, { status: 'gone', reason: 'r', reviewer: 'x' })).status).toBe(400);
    expect((await post(99999, { status: 'accepted', reason: 'r', reviewer: 'x' })).status).toBe(404);
    const notJson = await json(`/api/events/${id}/review`, {
      method: 'POST',
      body: '{',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(notJson.status).toBe(400);
    expect(store.getReviews(id)).toHaveLength(0);
  });

  it('an edit to a code that does not exist is refused as 422', async () => {
    const id = eventByCode('057').id;
    const res = await post(id, { status: 'edited', changes: { code: '9999' }, reason: 'r', reviewer: 'x' });
    expect(res.status).toBe(422);
    expect(res.body.detail).toContain('9999');
  });
});

describe('relationship views and search', () => {
  it('serves the dyad series per year with the events behind each cell', async () => {
    const { status, body } = await json('/api/dyad?a=IRN&b=RUS&by=year');
    expect(status).toBe(200);
    const y2007 = body.rows.find((r: any) => r.period === '2007');
    expect(y2007.quads['1'].count).toBe(2);
    expect(y2007.eventIds).toHaveLength(2);
    expect((await json('/api/dyad?a=IRN&b=RUS&by=week')).status).toBe(400);
  });

  it('serves the network with both countries', async () => {
    const { body } = await json('/api/network?level=country');
    const ids = body.nodes.map((n: any) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['IRN', 'RUS']));
    expect(body.edges.reduce((n: number, e: any) => n + e.count, 0)).toBe(6);
  });

  it('serves episodes for a pair', async () => {
    const { status, body } = await json('/api/episodes?a=IRN&b=RUS&withinYears=5');
    expect(status).toBe(200);
    expect(Array.isArray(body.episodes)).toBe(true);
  });

  it('finds sentences by full-text search', async () => {
    const { body } = await json('/api/search?q=arbitration');
    expect(body.hits).toHaveLength(1);
    expect(body.hits[0].sentence.text).toContain('arbitration court');
    expect((await json('/api/search?q=')).status).toBe(400);
  });
});

describe('the HTTP surface', () => {
  it('describes the API in an OpenAPI document generated from the validators', async () => {
    const { body } = await json('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    const params = body.paths['/api/events'].get.parameters.map((p: any) => p.name);
    expect(params).toEqual(
      expect.arrayContaining([
        'actor',
        'dyad',
        'code',
        'root',
        'quad',
        'from',
        'to',
        'status',
        'document',
        'limit',
        'offset',
      ]),
    );
    expect(
      body.paths['/api/events/{id}/review'].post.requestBody.content['application/json'].schema.required,
    ).toEqual(expect.arrayContaining(['status', 'reason', 'reviewer']));
  });

  it('sends a strict content security policy and no-sniff on every response', async () => {
    for (const path of ['/api/documents', '/', '/no-such-page']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('answers an unknown API route with a 404 problem', async () => {
    const res = await json('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.type).toContain('application/problem+json');
  });

  it('requires the bearer token on every API call when one is set', async () => {
    const guarded = createApp({ store, token: 'correct-horse' });
    const none = await guarded.request('/api/documents');
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toContain('application/problem+json');
    expect((await guarded.request('/api/openapi.json')).status).toBe(401);
    const wrong = await guarded.request('/api/documents', {
      headers: { Authorization: 'Bearer wrong-horse' },
    });
    expect(wrong.status).toBe(401);
    const right = await guarded.request('/api/documents', {
      headers: { Authorization: 'Bearer correct-horse' },
    });
    expect(right.status).toBe(200);
  });

  it('refuses to listen beyond loopback without a token', async () => {
    const saved = process.env.ENTENTE_TOKEN;
    delete process.env.ENTENTE_TOKEN;
    try {
      await expect(serve({ db: store, host: '0.0.0.0', port: 0, quiet: true })).rejects.toThrow(/--token/);
    } finally {
      if (saved !== undefined) process.env.ENTENTE_TOKEN = saved;
    }
    const running = await serve({ db: store, host: '0.0.0.0', port: 0, token: 'tok', quiet: true });
    try {
      const res = await fetch(`http://127.0.0.1:${running.port}/api/documents`);
      expect(res.status).toBe(401);
      const ok = await fetch(`http://127.0.0.1:${running.port}/api/documents`, {
        headers: { Authorization: 'Bearer tok' },
      });
      expect(ok.status).toBe(200);
    } finally {
      await running.close();
    }
  });
});
