/**
 * Tests may read the read-only ../shared folder beside the checkout; where it is absent
 * they skip with a message instead of failing.
 * @module
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const projectRoot = resolve(here, '..', '..');
export const sharedRoot = process.env.ENTENTE_SHARED ?? resolve(projectRoot, '..', 'shared');

export function sharedPath(...parts: string[]): string {
  return join(sharedRoot, ...parts);
}

/** true when the shared file exists; otherwise logs why the caller skips */
export function hasShared(...parts: string[]): boolean {
  const p = sharedPath(...parts);
  if (existsSync(p)) return true;
  console.warn(`skipping: ${p} is absent (tests that need ../shared/ run only beside it)`);
  return false;
}
