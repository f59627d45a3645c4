/**
 * Reads named entries from a ZIP held in memory (yauzl), to tell a DOCX from other ZIP files
 * and to get its document properties.
 * @module
 */
import yauzl from 'yauzl';

/** the text of each wanted entry that exists; rejects when the bytes are not a readable ZIP */
export function readZipEntries(
  bytes: Uint8Array,
  wanted: string[],
): Promise<{ names: string[]; entries: Map<string, string> }> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true },
      (err, zip) => {
        if (err || !zip) return reject(err ?? new Error('unreadable ZIP'));
        const names: string[] = [];
        const entries = new Map<string, string>();
        zip.on('error', reject);
        zip.on('end', () => resolve({ names, entries }));
        zip.on('entry', (entry: yauzl.Entry) => {
          names.push(entry.fileName);
          if (!wanted.includes(entry.fileName) || entry.uncompressedSize > 4 * 1024 * 1024)
            return zip.readEntry();
          zip.openReadStream(entry, (streamErr, stream) => {
            if (streamErr || !stream) return reject(streamErr ?? new Error('unreadable ZIP entry'));
            const chunks: Buffer[] = [];
            stream.on('data', (c: Buffer) => chunks.push(c));
            stream.on('error', reject);
            stream.on('end', () => {
              entries.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
              zip.readEntry();
            });
          });
        });
        zip.readEntry();
      },
    );
  });
}
