/**
 * Ingest: files of any supported format → IngestedDocument (see ./document.ts).
 * @module
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildDocument } from './build-document.js';
import { decodeText } from './decode-text.js';
import { type DocumentFormat, IngestError, type IngestedDocument, type IngestOptions } from './document.js';
import { readMarkdown } from './markdown-reader.js';
import type { ReaderOutput } from './raw-block.js';
import { sniffFormat } from './sniff-format.js';

export * from './document.js';
export { expandInputs, SUPPORTED_EXTENSIONS } from './expand-inputs.js';
export { segmentParagraph, segmentText } from './segment-sentences.js';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export async function readDocument(path: string, options: IngestOptions = {}): Promise<IngestedDocument> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new IngestError(
      path,
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : `cannot read (${code ?? 'unknown error'})`,
    );
  }
  if (info.isDirectory()) throw new IngestError(path, 'is a directory (pass its files, or use expandInputs)');
  if (!info.isFile()) throw new IngestError(path, 'not a regular file');
  checkSize(info.size, path, options);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new IngestError(path, `cannot read (${(err as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  return ingestBytes(bytes, basename(path), path, options);
}

export async function readDocumentFromBytes(
  bytes: Uint8Array,
  name: string,
  options: IngestOptions = {},
): Promise<IngestedDocument> {
  return ingestBytes(bytes, name, name, options);
}

async function ingestBytes(
  bytes: Uint8Array,
  name: string,
  sourcePath: string,
  options: IngestOptions,
): Promise<IngestedDocument> {
  checkSize(bytes.byteLength, sourcePath, options);
  if (bytes.byteLength === 0) throw new IngestError(sourcePath, 'empty file');
  if (options.date !== undefined && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(options.date)) {
    throw new IngestError(
      sourcePath,
      `invalid date "${options.date}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
    );
  }
  const sniffed = sniffFormat(bytes, name);
  let format: DocumentFormat;
  let read: ReaderOutput;
  if (sniffed === 'pdf') {
    format = 'pdf';
    read = await (await import('./pdf-reader.js')).readPdf(bytes, sourcePath);
  } else if (sniffed === 'zip') {
    format = 'docx';
    read = await (await import('./docx-reader.js')).readDocx(bytes, sourcePath);
  } else if (sniffed === 'html') {
    format = 'html';
    read = (await import('./html-reader.js')).readHtml(decodeText(bytes, sourcePath));
  } else {
    format = sniffed;
    read = readMarkdown(decodeText(bytes, sourcePath));
  }
  const doc = buildDocument(read, { name, sourcePath, format, bytes, options });
  if (doc.sentences.length === 0)
    throw new IngestError(sourcePath, `no readable text in this ${format.toUpperCase()} document`);
  return doc;
}

function checkSize(size: number, file: string, options: IngestOptions): void {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > max) throw new IngestError(file, `file is ${megabytes(size)}, over the ${megabytes(max)} limit`);
}

function megabytes(n: number): string {
  const mb = n / (1024 * 1024);
  return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1)} MB`;
}
