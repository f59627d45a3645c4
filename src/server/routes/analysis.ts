/**
 * Relationship views: dyad series, actor network, promise-then-reversal episodes, sentence search.
 * @module
 */
import { Hono } from 'hono';
import { buildNetwork, dyadSeries, findEpisodes } from '../../analysis/index.js';
import type { AppDeps } from '../deps.js';
import { parseInput } from '../input.js';
import { HttpProblem } from '../problem.js';
import { dyadQuerySchema, episodesQuerySchema, networkQuerySchema, searchQuerySchema } from '../schemas.js';

export function analysisRoutes({ store }: AppDeps): Hono {
  const app = new Hono();

  app.get('/dyad', (c) => {
    const q = parseInput(dyadQuerySchema, c.req.query(), 'query');
    const series = dyadSeries(store, q.a, q.b, {
      by: q.by,
      directed: q.directed ?? false,
      level: q.level,
      ...(q.coarse ? { coarse: q.coarse } : {}),
      ...(q.from ? { from: q.from } : {}),
      ...(q.to ? { to: q.to } : {}),
    });
    return c.json(series);
  });

  app.get('/network', (c) => {
    const q = parseInput(networkQuerySchema, c.req.query(), 'query');
    return c.json(buildNetwork(store, { level: q.level, from: q.from, to: q.to }));
  });

  app.get('/episodes', (c) => {
    const q = parseInput(episodesQuerySchema, c.req.query(), 'query');
    return c.json({ episodes: findEpisodes(store, q.a, q.b, { withinYears: q.withinYears }) });
  });

  app.get('/search', (c) => {
    const q = parseInput(searchQuerySchema, c.req.query(), 'query');
    try {
      return c.json({ query: q.q, hits: store.searchSentences(q.q, q.limit) });
    } catch (err) {
      // FTS5 rejects unbalanced quotes and stray operators; that is the caller's input, not our fault
      if ((err as { code?: string }).code?.startsWith('SQLITE_')) {
        throw new HttpProblem(
          400,
          'invalid-input',
          `query q: not a valid search expression (${(err as Error).message})`,
        );
      }
      throw err;
    }
  });

  app.get('/stats', (c) => c.json(store.stats()));

  return app;
}
