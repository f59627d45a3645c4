/**
 * Every input the API accepts, as zod schemas; the OpenAPI document is generated from these,
 * so what is validated and what is documented cannot drift apart.
 * @module
 */
import { z } from 'zod';

const ACTOR_CODE = /^[A-Za-z0-9]{1,32}$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const CAMEO_PREFIX = /^\d{2,4}$/;

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .describe('true/false or 1/0');

const actorCode = z
  .string()
  .regex(ACTOR_CODE, 'must be an actor code of letters and digits')
  .transform((s) => s.toUpperCase());
const partialDate = z.string().regex(PARTIAL_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
const positiveId = z.coerce.number().int().positive();

export const reviewStatusSchema = z.enum(['proposed', 'accepted', 'rejected', 'edited']);

export const idParamSchema = z.object({ id: positiveId });

export const eventQuerySchema = z
  .object({
    actor: actorCode.optional().describe('source or target code starting with this (IRN matches IRNGOV)'),
    dyad: z
      .string()
      .regex(
        /^[A-Za-z0-9]{1,32},[A-Za-z0-9]{1,32}$/,
        'must be two actor codes separated by a comma, e.g. IRN,RUS',
      )
      .transform((s) => s.toUpperCase().split(',') as [string, string])
      .optional()
      .describe('two actor code prefixes, e.g. IRN,RUS'),
    directed: booleanFlag.optional().describe('with dyad: only events from the first to the second'),
    code: z
      .string()
      .regex(CAMEO_PREFIX, 'must be 2 to 4 CAMEO digits')
      .optional()
      .describe('CAMEO code prefix'),
    root: z
      .string()
      .regex(/^\d{2}$/, 'must be a two-digit CAMEO root')
      .optional()
      .describe('CAMEO root (01–20)'),
    quad: z.coerce.number().int().min(1).max(4).optional().describe('quad class 1–4'),
    from: partialDate.optional(),
    to: partialDate.optional(),
    status: z
      .string()
      .transform((s, ctx) => {
        const parts = s.split(',').filter(Boolean);
        const parsed = z.array(reviewStatusSchema).min(1).safeParse(parts);
        if (!parsed.success) {
          ctx.addIssue({
            code: 'custom',
            message: 'must be a comma-separated list of proposed, accepted, rejected, edited',
          });
          return z.NEVER;
        }
        return parsed.data;
      })
      .optional()
      .describe('comma-separated review statuses'),
    document: positiveId.optional().describe('document id'),
    origin: z
      .string()
      .regex(/^[a-z0-9-]{1,32}$/, 'must be an origin name such as entente or gdelt')
      .optional(),
    includeFlagged: booleanFlag.optional().describe('include negated and hypothetical events'),
    includeRejected: booleanFlag.optional().describe('include rejected events'),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .refine((q) => !(q.code && q.root), { message: 'give code or root, not both', path: ['root'] })
  .refine((q) => !(q.actor && q.dyad), { message: 'give actor or dyad, not both', path: ['dyad'] })
  .refine((q) => !(q.from && q.to) || q.from <= q.to, { message: 'from must not be after to', path: ['to'] });

export type EventQuery = z.output<typeof eventQuerySchema>;

export const exportFormatSchema = z.object({
  format: z.enum(['jsonl', 'json']).default('jsonl'),
});

export const dyadQuerySchema = z.object({
  a: actorCode,
  b: actorCode,
  by: z.enum(['year', 'quarter', 'month']).default('year'),
  directed: booleanFlag.optional(),
  level: z.enum(['country', 'sector']).default('country'),
  coarse: z
    .enum(['spread', 'bucket'])
    .optional()
    .describe('events coarser than the period: spread over it, or keep in their own bucket'),
  from: partialDate.optional(),
  to: partialDate.optional(),
});

export const networkQuerySchema = z
  .object({
    level: z.enum(['country', 'sector', 'person']).default('country'),
    from: partialDate.optional(),
    to: partialDate.optional(),
  })
  .refine((q) => !(q.from && q.to) || q.from <= q.to, { message: 'from must not be after to', path: ['to'] });

export const episodesQuerySchema = z.object({
  a: actorCode,
  b: actorCode,
  withinYears: z.coerce.number().int().min(1).max(50).default(5),
});

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(500),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const changedActor = z.object({
  code: actorCode,
  name: z.string().trim().min(1).max(200).optional(),
});

const changedDate = z
  .object({
    start: partialDate,
    end: partialDate,
    precision: z.enum(['day', 'month', 'season', 'year', 'decade', 'range']),
  })
  .refine((d) => d.start <= d.end, { message: 'start must not be after end', path: ['end'] });

export const reviewBodySchema = z
  .object({
    status: z.enum(['accepted', 'rejected', 'edited']),
    changes: z
      .object({
        code: z
          .string()
          .regex(/^\d{2,4}$/, 'must be a CAMEO code of 2 to 4 digits')
          .optional(),
        source: changedActor.optional(),
        target: changedActor.nullable().optional(),
        date: changedDate.nullable().optional(),
      })
      .strict()
      .optional(),
    reason: z.string().trim().min(1, 'a reason is required').max(2000),
    reviewer: z.string().trim().min(1, 'a reviewer name is required').max(200),
  })
  .strict()
  .refine((r) => r.status !== 'edited' || (r.changes && Object.keys(r.changes).length > 0), {
    message: 'an edit must change at least one field',
    path: ['changes'],
  })
  .refine((r) => r.status === 'edited' || !r.changes || Object.keys(r.changes).length === 0, {
    message: 'changes are only allowed with status "edited"',
    path: ['changes'],
  });

export type ReviewBody = z.output<typeof reviewBodySchema>;

export const uploadOptionsSchema = z.object({
  date: partialDate.optional().describe('publication date overriding the one found in the file'),
});
