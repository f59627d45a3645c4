/**
 * Lines of a plain or zipped text file, read as a stream so files larger than memory import.
 * A zip yields the lines of each of its files in turn (yauzl, one entry at a time).
 * @module
 */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
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

async function* linesOf(
  stream: Readable,
  entry: string | null,
  start: { bytes: number },
): AsyncGenerator<Line> {
  const rl = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  for await (const raw of rl) {
    number++;
    // byte length matters only for the progress bar, so the UTF-16 length is close enough
    start.bytes += raw.length + 1;
    yield { entry, number, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, bytesRead: start.bytes };
  }
}

export async function* readLines(path: string): AsyncGenerator<Line> {
  const counter = { bytes: 0 };
  if (!isZipPath(path)) {
    yield* linesOf(createReadStream(path, { encoding: 'utf8' }), null, counter);
    return;
  }
  for await (const { entry, stream } of zipEntries(path, true)) {
    stream!.setEncoding('utf8');
    yield* linesOf(stream!, entry.fileName, counter);
  }
}
