/**
 * Picks the reader from the bytes, not the file name: a `.txt` that is really a PDF, or a
 * `.html` saved as `.md`, still reads right. The extension only separates markdown from plain
 * text, which look alike.
 * @module
 */
import { extname } from 'node:path';
import type { DocumentFormat } from './document.js';

const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

export type SniffedFormat = DocumentFormat | 'zip';

export function sniffFormat(bytes: Uint8Array, name: string): SniffedFormat {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 2048))
    .replace(/^\ufeff/, '')
    .trimStart()
    .toLowerCase();
  if (
    /^(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/.test(head) ||
    /<(?:head|body)[\s>]/.test(head) ||
    (/\.x?html?$/i.test(name) && head.startsWith('<'))
  )
    return 'html';
  // PDFs may carry junk before the header; the format allows it within the first kilobyte
  if (indexOf(bytes.subarray(0, 1024), [0x25, 0x50, 0x44, 0x46, 0x2d]) >= 0) return 'pdf';
  return TEXT_EXTENSIONS.has(extname(name).toLowerCase()) ? 'text' : 'markdown';
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function indexOf(bytes: Uint8Array, needle: number[]): number {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
