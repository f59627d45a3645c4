/**
 * Parsing of option values shared by several commands; bad values are usage errors.
 * @module
 */
import { UsageError } from './errors.js';

const ISO_PARTIAL = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export function parseIsoDateOption(flag: string, value: string): string {
  if (!ISO_PARTIAL.test(value))
    throw new UsageError(`${flag}: expected YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
  return value;
}

export function parseMegabytes(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`${flag}: expected a positive number of megabytes, got "${value}"`);
  return Math.round(n * 1024 * 1024);
}

export function parsePort(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new UsageError(`${flag}: expected a port 0–65535, got "${value}"`);
  return n;
}
