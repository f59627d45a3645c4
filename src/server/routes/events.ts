/**
 * Events: filtered pages, one event, review actions with their audit trail, and export.
 * @module
 */
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import type { ReviewAction } from '../../store/store.js';
import type { AppDeps } from '../deps.js';
import { parseInput, toEventFilter } from '../input.js';
import { HttpProblem } from '../problem.js';
import { eventQuerySchema, exportFormatSchema, idParamSchema, reviewBodySchema } from '../schemas.js';

const EXPORT_PAGE = 1000;

export function eventRoutes({ store }: AppDeps): Hono {
  const app = new Hono();

  app.get('/', (c) => {
    const q = parseInput(eventQuerySchema, c.req.query(), 'query');
    const filter = toEventFilter(q);
    const total = store.countEvents(filter);
    const events = store.queryEvents({ ...filter, limit: q.limit, offset: q.offset });
    return c.json({ total, limit: q.limit, offset: q.offset, events });
  });

  app.get('/:id', (c) => {
    const { id } = parseInput(idParamSchema, c.req.param(), 'path');
    const event = store.getEvent(id);
    if (!event) throw new HttpProblem(404, 'not-found', `event ${id} does not exist`);
    return c.json(event);
  });

  app.post('/:id/review', async (c) => {
    const { id } = parseInput(idParamSchema, c.req.param(), 'path');
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new HttpProblem(400, 'invalid-input', 'request body: not valid JSON');
    }
    const action = parseInput(reviewBodySchema, body, 'body') as ReviewAction;
    if (!store.getEvent(id)) throw new HttpProblem(404, 'not-found', `event ${id} does not exist`);
    const event = store.reviewEvent(id, action);
    return c.json({ event, reviews: store.getReviews(id) });
  });

  app.get('/:id/reviews', (c) => {
    const { id } = parseInput(idParamSchema, c.req.param(), 'path');
    if (!store.getEvent(id)) throw new HttpProblem(404, 'not-found', `event ${id} does not exist`);
    return c.json({ eventId: id, reviews: store.getReviews(id) });
  });

  return app;
}

/** every event the filter selects (rejected ones only on request), paged out of the store as it streams */
export function exportRoutes({ store }: AppDeps): Hono {
  const app = new Hono();
  app.get('/', (c) => {
    const query = c.req.query();
    const { format } = parseInput(exportFormatSchema, { format: query.format }, 'query');
    const { format: _format, limit: _limit, offset: _offset, ...rest } = query;
    const filter = toEventFilter(parseInput(eventQuerySchema, rest, 'query'));
    c.header(
      'Content-Type',
      format === 'json' ? 'application/json; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    );
    c.header('Content-Disposition', `attachment; filename="entente-events.${format}"`);
    return stream(c, async (out) => {
      let offset = 0;
      let first = true;
      if (format === 'json') await out.write('[');
      for (;;) {
        const page = store.queryEvents({ ...filter, limit: EXPORT_PAGE, offset });
        for (const event of page) {
          if (format === 'json') await out.write((first ? '' : ',') + JSON.stringify(event));
          else await out.write(`${JSON.stringify(event)}\n`);
          first = false;
        }
        if (page.length < EXPORT_PAGE) break;
        offset += EXPORT_PAGE;
      }
      if (format === 'json') await out.write(']');
    });
  });
  return app;
}
