/**
 * HTTP load on the events API: a bounded autocannon run (default 200 connections for 30 s) against
 * a workbench on 127.0.0.1 over a generated store, printing throughput, p50/p99 latency and errors.
 *
 *   npx tsx bench/http.ts [--connections 200] [--duration 30] [--documents 2000]
 *
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { serve } from '../src/server/index.js';
import { openStore } from '../src/store/index.js';
import { buildDocument, RELATIONS_DOC } from '../test/fixtures/web/fixture-store.js';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '200' },
    duration: { type: 'string', default: '30' },
    documents: { type: 'string', default: '2000' },
  },
});
const connections = Number(values.connections);
const duration = Number(values.duration);
const documents = Number(values.documents);

const dir = mkdtempSync(join(tmpdir(), 'entente-bench-http-'));
const store = openStore(join(dir, 'bench.db'));
const seeded = Date.now();
for (let i = 0; i < documents; i++) {
  // each copy gets a closing sentence of its own so its content hash differs
  const spec = {
    ...RELATIONS_DOC,
    name: `bench-${i}.md`,
    paragraphs: [...RELATIONS_DOC.paragraphs, [{ text: `Record ${i} ends the file.` }]],
  };
  const { doc, events } = buildDocument(spec);
  store.saveDocument(doc, events);
}
const total = store.countEvents({});
process.stdout.write(
  `store: ${documents} documents, ${total} events (seeded in ${((Date.now() - seeded) / 1000).toFixed(1)} s)\n`,
);

const server = await serve({ db: store, port: 0, quiet: true });

const targets = [
  { name: 'events, dyad filter, page of 50', path: '/api/events?dyad=IRN,RUS&limit=50&offset=100' },
  { name: 'events, quad + date filter, page of 20', path: '/api/events?quad=4&from=2010&to=2011&limit=20' },
];

try {
  for (const target of targets) {
    const result = await autocannon({
      url: `${server.url.replace(/\/$/, '')}${target.path}`,
      connections,
      duration,
      pipelining: 1,
    });
    const errors = result.errors + result.timeouts;
    process.stdout.write(
      [
        `${target.name} (${target.path})`,
        `  ${connections} connections, ${duration} s: ${result.requests.total} requests`,
        `  throughput: ${result.requests.average.toFixed(0)} req/s (${(result.throughput.average / 1024 / 1024).toFixed(1)} MB/s)`,
        `  latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
        `  errors: ${errors} (timeouts ${result.timeouts}), non-2xx: ${result.non2xx}`,
        '',
      ].join('\n'),
    );
  }
} finally {
  await server.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
