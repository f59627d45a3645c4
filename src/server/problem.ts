/**
 * RFC 9457 problem details: every API error is `application/problem+json` with
 * type, title, status and a one-line detail naming the value and the problem.
 * @module
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const PROBLEM_TYPE_BASE = 'https://entente.invalid/problems/';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** for validation errors: one entry per bad field */
  errors?: { path: string; message: string }[];
}

/** thrown from handlers; the app's error handler turns it into a problem response */
export class HttpProblem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly slug: string,
    detail: string,
    readonly errors?: Problem['errors'],
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

export function problemBody(
  status: number,
  slug: string,
  detail: string,
  errors?: Problem['errors'],
): Problem {
  const body: Problem = {
    type: PROBLEM_TYPE_BASE + slug,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
  };
  if (errors && errors.length > 0) body.errors = errors;
  return body;
}

export function problemResponse(
  c: Context,
  status: ContentfulStatusCode,
  slug: string,
  detail: string,
  errors?: Problem['errors'],
): Response {
  return c.body(JSON.stringify(problemBody(status, slug, detail, errors)), status, {
    'Content-Type': PROBLEM_CONTENT_TYPE,
  });
}

/** a zod failure as a 400 naming every bad field */
export function validationProblem(where: string, error: ZodError): HttpProblem {
  const errors = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || where,
    message: issue.message,
  }));
  const first = errors[0];
  const detail = first ? `${where} ${first.path}: ${first.message}` : `${where} is invalid`;
  return new HttpProblem(400, 'invalid-input', detail, errors);
}
