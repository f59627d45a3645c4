/**
 * The OpenAPI 3.1 document served at /api/openapi.json, built from the same zod schemas
 * the handlers validate with.
 * @module
 */
import { z } from 'zod';
import {
  dyadQuerySchema,
  episodesQuerySchema,
  eventQuerySchema,
  exportFormatSchema,
  networkQuerySchema,
  reviewBodySchema,
  searchQuerySchema,
} from './schemas.js';

type JsonSchema = Record<string, unknown>;

interface Operation {
  method: 'get' | 'post' | 'delete';
  path: string;
  summary: string;
  query?: z.ZodType;
  pathId?: boolean;
  body?: { schema?: z.ZodType; multipart?: boolean };
  ok: { status: number; description: string; content?: string };
}

const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/documents',
    summary: 'List documents with sentence, citation and event counts',
    ok: { status: 200, description: '{documents}' },
  },
  {
    method: 'post',
    path: '/api/documents',
    summary: 'Upload one or more files (field "file") to ingest and code; per-file results',
    body: { multipart: true },
    ok: { status: 201, description: '{results: [{name, ok, documentId, status, events, error}]}' },
  },
  {
    method: 'get',
    path: '/api/documents/{id}',
    summary: 'One document with its text',
    pathId: true,
    ok: { status: 200, description: 'document summary and text' },
  },
  {
    method: 'delete',
    path: '/api/documents/{id}',
    summary: 'Delete a document, its sentences and events',
    pathId: true,
    ok: { status: 204, description: 'deleted' },
  },
  {
    method: 'get',
    path: '/api/documents/{id}/sentences',
    summary: 'Sentences of a document, each with the citations it carries',
    pathId: true,
    ok: { status: 200, description: '{documentId, sentences, citations}' },
  },
  {
    method: 'get',
    path: '/api/events',
    summary: 'Events matching the filters, paged',
    query: eventQuerySchema,
    ok: { status: 200, description: '{total, limit, offset, events}' },
  },
  {
    method: 'get',
    path: '/api/events/{id}',
    summary: 'One event with its sentence and citations',
    pathId: true,
    ok: { status: 200, description: 'event' },
  },
  {
    method: 'post',
    path: '/api/events/{id}/review',
    summary: 'Accept, reject or edit an event, with a reason; recorded in the audit trail',
    pathId: true,
    body: { schema: reviewBodySchema },
    ok: { status: 200, description: '{event, reviews}' },
  },
  {
    method: 'get',
    path: '/api/events/{id}/reviews',
    summary: 'Audit trail of an event',
    pathId: true,
    ok: { status: 200, description: '{eventId, reviews}' },
  },
  {
    method: 'get',
    path: '/api/export',
    summary:
      'All events matching the filters (rejected excluded unless asked for) as JSON lines or a JSON array',
    query: exportFormatSchema,
    ok: { status: 200, description: 'events', content: 'application/x-ndjson' },
  },
  {
    method: 'get',
    path: '/api/dyad',
    summary: 'Quad counts, Goldstein and net cooperation per period for a pair',
    query: dyadQuerySchema,
    ok: { status: 200, description: 'dyad series' },
  },
  {
    method: 'get',
    path: '/api/network',
    summary: 'Actor network with per-edge quad counts and Goldstein',
    query: networkQuerySchema,
    ok: { status: 200, description: 'network' },
  },
  {
    method: 'get',
    path: '/api/episodes',
    summary: 'Promise-then-reversal episodes on a pair',
    query: episodesQuerySchema,
    ok: { status: 200, description: '{episodes}' },
  },
  {
    method: 'get',
    path: '/api/search',
    summary: 'Full-text search over sentences (SQLite FTS5)',
    query: searchQuerySchema,
    ok: { status: 200, description: '{query, hits}' },
  },
  {
    method: 'get',
    path: '/api/codes',
    summary: 'CAMEO codes with label, quad class and Goldstein value',
    ok: { status: 200, description: '{codes}' },
  },
  {
    method: 'get',
    path: '/api/stats',
    summary: 'Counts by quad and origin, top dyads',
    ok: { status: 200, description: 'store statistics' },
  },
];

function jsonSchema(schema: z.ZodType): JsonSchema {
  const out = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  delete out.$schema;
  return out;
}

function queryParameters(schema: z.ZodType): JsonSchema[] {
  const json = jsonSchema(schema);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, prop]) => {
    const { description, ...rest } = prop;
    return {
      name,
      in: 'query',
      required: required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const PROBLEM_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};

export function buildOpenApi(options: { auth: boolean }): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of OPERATIONS) {
    const parameters: JsonSchema[] = [];
    if (op.pathId)
      parameters.push({ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } });
    if (op.query) parameters.push(...queryParameters(op.query));
    const operation: JsonSchema = {
      summary: op.summary,
      parameters,
      responses: {
        [op.ok.status]: {
          description: op.ok.description,
          ...(op.ok.status === 204
            ? {}
            : {
                content: {
                  [op.ok.content ?? 'application/json']: {
                    schema: { type: op.ok.content ? 'string' : 'object' },
                  },
                },
              }),
        },
        default: {
          description: 'problem',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        },
      },
    };
    if (op.body?.schema) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: jsonSchema(op.body.schema) } },
      };
    } else if (op.body?.multipart) {
      operation.requestBody = {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: ['file'],
              properties: {
                file: { type: 'array', items: { type: 'string', format: 'binary' } },
                date: { type: 'string', description: 'publication date YYYY[-MM[-DD]]' },
              },
            },
          },
        },
      };
    }
    paths[op.path] ??= {};
    (paths[op.path] as Record<string, JsonSchema>)[op.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Entente workbench API',
      version: '0.1.0',
      description: 'Documents, coded events, review and relationship views.',
    },
    paths,
    components: {
      schemas: { Problem: PROBLEM_SCHEMA },
      ...(options.auth ? { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } } : {}),
    },
    ...(options.auth ? { security: [{ bearer: [] }] } : {}),
  };
}
