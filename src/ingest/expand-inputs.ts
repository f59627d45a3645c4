/**
 * Command-line inputs → document files: files as given, directories walked recursively
 * (hidden entries skipped), glob patterns matched. Problems become errors in the result so
 * one bad path never stops a batch.
 * @module
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { IngestError } from './document.js';

export const SUPPORTED_EXTENSIONS = [
  '.md',
  '.markdown',
  '.txt',
  '.text',
  '.html',
  '.htm',
  '.xhtml',
  '.pdf',
  '.docx',
];
const SUPPORTED = new Set(SUPPORTED_EXTENSIONS);
const GLOB_CHARS = /[*?[{]/;

export function expandInputs(paths: string[]): { files: string[]; errors: IngestError[] } {
  const files: string[] = [];
  const errors: IngestError[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  for (const input of paths) {
    const stat = statOrNull(input);
    if (stat?.isFile()) add(input);
    else if (stat?.isDirectory()) {
      const found = walk(input).filter(isSupported);
      if (found.length === 0)
        errors.push(
          new IngestError(
            input,
            `no supported documents in this directory (${SUPPORTED_EXTENSIONS.join(', ')})`,
          ),
        );
      for (const f of found) add(f);
    } else if (GLOB_CHARS.test(input)) {
      const found = matchGlob(input);
      if (found.length === 0) errors.push(new IngestError(input, 'no files match this pattern'));
      for (const f of found) add(f);
    } else
      errors.push(
        new IngestError(input, stat ? 'not a regular file or directory' : 'no such file or directory'),
      );
  }
  return { files, errors };
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function isSupported(file: string): boolean {
  return SUPPORTED.has(extname(file).toLowerCase());
}

function walk(dir: string): string[] {
  const out: string[] = [];
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(path));
    else if (e.isFile()) out.push(path);
  }
  return out;
}

/** files matching a glob (`*`, `**`, `?`, `[…]`, `{a,b}`); a pattern naming files explicitly keeps any extension */
export function matchGlob(pattern: string): string[] {
  const normalized = pattern.split(sep).join('/');
  const parts = normalized.split('/');
  const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
  const base = parts.slice(0, firstGlob).join('/') || (normalized.startsWith('/') ? '/' : '.');
  const matcher = globToRegExp(parts.slice(firstGlob).join('/'));
  const lastPart = parts[parts.length - 1];
  const anyExtension = lastPart === '*' || lastPart === '**' || lastPart === '*.*';
  return walk(base).filter((file) => {
    const rel = relative(base, file).split(sep).join('/');
    return matcher.test(rel) && (!anyExtension || isSupported(file));
  });
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:[^/]*/)*';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += `[${glob
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '{') {
      const close = glob.indexOf('}', i + 1);
      if (close < 0) re += '\\{';
      else {
        re += `(?:${glob
          .slice(i + 1, close)
          .split(',')
          .map((alt) => alt.replace(/[.+^$()|\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
          .join('|')})`;
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
