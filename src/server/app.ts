/**
 * The workbench as a hono app: JSON API under /api/, the prebuilt front end everywhere else.
 * Testable in-process with `app.request(...)`.
 * @module
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { packageRoot } from '../package-root.js';
import type { Store } from '../store/store.js';
import { type AppDeps, DEFAULT_UPLOAD_LIMIT_BYTES } from './deps.js';
import { buildOpenApi } from './openapi.js';
import { HttpProblem, problemResponse } from './problem.js';
import { analysisRoutes } from './routes/analysis.js';
import { codeRoutes } from './routes/codes.js';
import { documentRoutes } from './routes/documents.js';
import { eventRoutes, exportRoutes } from './routes/events.js';
import { requireBearer, workbenchHeaders } from './security.js';

export interface AppOptions {
  store: Store;
  /** when set, every /api/ call must send `Authorization: Bearer <token>` */
  token?: string;
  /** largest accepted upload body; default 50 MB */
  uploadLimitBytes?: number;
  /** folder of the built front end; default web-dist/ at the package root */
  webRoot?: string;
}

/** the built front end, found the same way from src/ and dist/ */
export function defaultWebRoot(): string {
  return join(packageRoot(), 'web-dist');
}

const INPUT_ERROR_NAMES = new Set(['IngestError', 'InputError', 'UnknownCodeError', 'StoreInputError']);

export function createApp(options: AppOptions): Hono {
  const deps: AppDeps = {
    store: options.store,
    uploadLimitBytes: options.uploadLimitBytes ?? DEFAULT_UPLOAD_LIMIT_BYTES,
  };
  const webRoot = options.webRoot ?? defaultWebRoot();
  const app = new Hono();

  app.use('*', workbenchHeaders());
  if (options.token) app.use('/api/*', requireBearer(options.token));
  app.use('/api/*', async function noStore(c, next) {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  const openapi = buildOpenApi({ auth: Boolean(options.token) });
  app.get('/api/openapi.json', (c) => c.json(openapi));
  app.route('/api/documents', documentRoutes(deps));
  app.route('/api/events', eventRoutes(deps));
  app.route('/api/export', exportRoutes(deps));
  app.route('/api/codes', codeRoutes());
  app.route('/api', analysisRoutes(deps));
  app.all('/api/*', (c) =>
    problemResponse(c, 404, 'not-found', `${c.req.method} ${c.req.path}: no such API route`),
  );

  if (existsSync(webRoot)) {
    app.use('/assets/*', async function immutableAssets(c, next) {
      await next();
      // file names carry a content hash, so a cached copy can never be stale
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('*', serveStatic({ root: webRoot }));
  }
  app.get('/', (c) =>
    c.text(
      'The front end is not built: run `vite build --config src/web/vite.config.ts` (web-dist/ is missing).',
      503,
    ),
  );

  app.notFound((c) => problemResponse(c, 404, 'not-found', `${c.req.path}: not found`));
  app.onError((err, c) => {
    if (err instanceof HttpProblem) return problemResponse(c, err.status, err.slug, err.message, err.errors);
    if (err instanceof HTTPException)
      return problemResponse(c, err.status as 400, 'http-error', err.message || 'request failed');
    if (INPUT_ERROR_NAMES.has(err.name))
      return problemResponse(c, 422, 'invalid-value', err.message.split('\n')[0] ?? err.name);
    process.stderr.write(`entente serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}\n`);
    return problemResponse(c, 500, 'internal-error', 'the server failed; its log names the cause');
  });
  return app;
}
