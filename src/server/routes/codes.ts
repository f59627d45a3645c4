/**
 * The CAMEO code table, for labels and for the review form's code picker.
 * @module
 */
import { Hono } from 'hono';
import { getOntology } from '../../ontology/index.js';

export function codeRoutes(): Hono {
  const app = new Hono();
  let table: { codes: { code: string; label: string; quad: number; goldstein: number }[] } | null = null;
  app.get('/', (c) => {
    table ??= {
      codes: getOntology()
        .all()
        .map((entry) => ({
          code: entry.code,
          label: entry.label,
          quad: entry.quadStandard,
          goldstein: entry.goldsteinGdelt,
        })),
    };
    return c.json(table);
  });
  return app;
}
