/**
 * The installed package's root (the folder with package.json), so bundled data and examples are
 * found the same way from src/ (tests, tsx) and from dist/ (the built CLI).
 * @module
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('entente: cannot find the package root (no package.json above the code)');
    dir = parent;
  }
  cached = dir;
  return dir;
}

/** a path under the package's data/ folder, the same from src/, dist/ and a bench build */
export function dataPath(...parts: string[]): string {
  return join(packageRoot(), 'data', ...parts);
}
