/**
 * Headers that keep the workbench inert to hostile document text, and the bearer-token gate
 * required whenever the server listens beyond loopback.
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { problemResponse } from './problem.js';

/**
 * No inline script, no eval, nothing from other origins. Styles are 'self' only too: the
 * charts set element styles through the CSSOM, which CSP does not govern.
 */
export function workbenchHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    strictTransportSecurity: false,
  });
}

// hashing first gives equal-length buffers, so the comparison time does not leak the token length
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** every API call must carry `Authorization: Bearer <token>` */
export function requireBearer(token: string): MiddlewareHandler {
  return async function requireBearer(c, next) {
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match || !sameSecret(match[1] ?? '', token)) {
      c.header('WWW-Authenticate', 'Bearer realm="entente"');
      return problemResponse(c, 401, 'unauthorized', 'this server requires Authorization: Bearer <token>');
    }
    await next();
  };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost', '[::1]']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}
