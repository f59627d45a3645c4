/**
 * Lines of a plain or zipped text file, read as a stream so files larger than memory import.
 * A zip yields the lines of each of its files in turn (yauzl, one entry at a time).
 * @module
 */
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

export interface Line {
  /** the file name inside a zip, or null for a plain file */
  entry: string | null;
  /** 1-based within the file or zip entry */
  number: number;
  text: string;
  /** bytes consumed so far across the whole input, for progress */
  bytesRead: number;
}

export function isZipPath(path: string): boolean {
  return /\.zip$/i.test(path);
}

/** the byte count progress runs to: file size for plain files, uncompressed size for zips */
export async function inputSize(path: string): Promise<number> {
  if (!isZipPath(path)) return statSync(path).size;
  let total = 0;
  for await (const { entry } of zipEntries(path, false)) total += entry.uncompressedSize;
  return total;
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (err, zip) =>
      err || !zip ? reject(err) : resolve(zip),
    );
  });
}

async function* zipEntries(
  path: string,
  withStreams: boolean,
): AsyncGenerator<{ entry: yauzl.Entry; stream: Readable | null }> {
  const zip = await openZip(path);
  try {
    for (;;) {
      const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
        zip.once('entry', (e: yauzl.Entry) => {
          zip.off('end', onEnd);
          resolve(e);
        });
        const onEnd = () => resolve(null);
        zip.once('end', onEnd);
        zip.once('error', reject);
        zip.readEntry();
      });
      if (!entry) return;
      if (entry.fileName.endsWith('/')) continue;
      if (!withStreams) {
        yield { entry, stream: null };
        continue;
      }
      const stream = await new Promise<Readable>((resolve, reject) =>
        zip.openReadStream(entry, (err, s) => (err || !s ? reject(err) : resolve(s))),
      );
      yield { entry, stream };
    }
  } finally {
    zip.close();
  }
}

/**
 * The lines of a stream in batches, one per chunk read: a file of millions of rows then costs one
 * await per chunk rather than one per line (readline's per-line iteration dominated imports).
 */
async function* lineBatchesOf(
  stream: Readable,
  entry: string | null,
  start: { bytes: number },
): AsyncGenerator<Line[]> {
  let number = 0;
  let carry = '';
  const cut = (text: string): Line => {
    number++;
    // byte length matters only for the progress bar, so the UTF-16 length is close enough
    start.bytes += text.length + 1;
    return {
      entry,
      number,
      text: text.endsWith('\r') ? text.slice(0, -1) : text,
      bytesRead: start.bytes,
    };
  };
  for await (const chunk of stream) {
    const text = carry + (chunk as string);
    const lines: Line[] = [];
    let from = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
      lines.push(cut(text.slice(from, nl)));
      from = nl + 1;
    }
    carry = text.slice(from);
    if (lines.length > 0) yield lines;
  }
  // a last line without a newline is still a line
  if (carry !== '') yield [cut(carry)];
}

/** the lines of a plain or zipped file, a chunk's worth at a time */
export async function* readLineBatches(path: string): AsyncGenerator<Line[]> {
  const counter = { bytes: 0 };
  if (!isZipPath(path)) {
    yield* lineBatchesOf(createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }), null, counter);
    return;
  }
  for await (const { entry, stream } of zipEntries(path, true)) {
    stream!.setEncoding('utf8');
    yield* lineBatchesOf(stream!, entry.fileName, counter);
  }
}

export async function* readLines(path: string): AsyncGenerator<Line> {
  for await (const batch of readLineBatches(path)) yield* batch;
}
