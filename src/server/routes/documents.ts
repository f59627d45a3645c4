/**
 * Documents: list, upload, read with sentences and citations, delete.
 * @module
 */
import { basename } from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Coder } from '../../coder/index.js';
import type { StoredCitation } from '../../store/store.js';
import type { AppDeps } from '../deps.js';
import { parseInput } from '../input.js';
import { HttpProblem, problemResponse } from '../problem.js';
import { idParamSchema, uploadOptionsSchema } from '../schemas.js';

export interface UploadOutcome {
  name: string;
  ok: boolean;
  documentId?: number;
  status?: string;
  events?: number;
  error?: string;
}

// the browser sends whatever the user's file is called; keep only a short base name
function safeFileName(raw: string): string {
  const printable = [...basename(raw.replace(/\\/g, '/'))].filter((ch) => ch >= ' ' && ch !== '\u007f');
  const base = printable.join('').trim();
  return (base || 'upload').slice(0, 200);
}

export function documentRoutes({ store, uploadLimitBytes }: AppDeps): Hono {
  const app = new Hono();
  // the pipeline pulls in the NLP stack and the coder loads dictionaries: both wait for the first
  // upload, so a server that only shows the store starts fast
  let pipeline:
    | Promise<{ ingestBytes: typeof import('../../pipeline/ingest-files.js').ingestBytes; coder: Coder }>
    | undefined;
  const loadPipeline = () => {
    pipeline ??= Promise.all([import('../../pipeline/ingest-files.js'), import('../../coder/index.js')]).then(
      ([p, c]) => ({
        ingestBytes: p.ingestBytes,
        coder: c.createCoder(),
      }),
    );
    return pipeline;
  };

  app.get('/', (c) => c.json({ documents: store.listDocuments() }));

  app.post(
    '/',
    bodyLimit({
      maxSize: uploadLimitBytes,
      onError: (c) =>
        problemResponse(c, 413, 'upload-too-large', `upload exceeds the limit of ${uploadLimitBytes} bytes`),
    }),
    async (c) => {
      const type = c.req.header('Content-Type') ?? '';
      if (!type.startsWith('multipart/form-data')) {
        throw new HttpProblem(
          415,
          'unsupported-media-type',
          'upload with multipart/form-data and a "file" field',
        );
      }
      const form = await c.req.parseBody({ all: true });
      const options = parseInput(uploadOptionsSchema, { date: form.date }, 'form');
      const entries = ([] as unknown[]).concat(form.file ?? []);
      const files = entries.filter((f): f is File => f instanceof File);
      if (files.length === 0)
        throw new HttpProblem(400, 'invalid-input', 'form field "file": no file was sent');

      const { ingestBytes, coder } = await loadPipeline();
      const results: UploadOutcome[] = [];
      for (const file of files) {
        const name = safeFileName(file.name);
        const bytes = new Uint8Array(await file.arrayBuffer());
        const outcome = await ingestBytes(store, bytes, name, {
          ...(options.date ? { date: options.date } : {}),
          coder,
        });
        results.push(
          outcome.status === 'failed'
            ? { name, ok: false, error: outcome.error ?? `${name}: could not be read` }
            : {
                name,
                ok: true,
                documentId: outcome.documentId ?? undefined,
                status: outcome.status,
                events: outcome.events,
              },
        );
      }
      if (results.every((r) => !r.ok)) {
        const errors = results.map((r) => ({ path: r.name, message: r.error ?? 'failed' }));
        return problemResponse(c, 422, 'ingest-failed', results[0]?.error ?? 'no file could be read', errors);
      }
      return c.json({ results }, 201);
    },
  );

  app.get('/:id', (c) => {
    const { id } = parseInput(idParamSchema, c.req.param(), 'path');
    const doc = store.getDocument(id);
    if (!doc) throw new HttpProblem(404, 'not-found', `document ${id} does not exist`);
    return c.json(doc);
  });

  app.delete('/:id', (c) => {
    const { id } = parseInput(idParamSchema, c.req.param(), 'path');
    if (!store.deleteDocument(id)) throw new HttpProblem(404, 'not-found', `document ${id} does not exist`);
    return c.body(null, 204);
  });

  app.get('/:id/sentences', (c) => {
    const { id } = parseInput(idParamSchema, c.req.param(), 'path');
    if (!store.getDocument(id)) throw new HttpProblem(404, 'not-found', `document ${id} does not exist`);
    const citations = store.getCitations(id);
    const byKey = new Map<string, StoredCitation>(citations.map((ct) => [ct.key, ct]));
    const sentences = store.getSentences(id).map((s) => ({
      ...s,
      citations: s.citationKeys
        .map((k) => byKey.get(k))
        .filter((ct): ct is StoredCitation => ct !== undefined),
    }));
    return c.json({ documentId: id, sentences, citations });
  });

  return app;
}
