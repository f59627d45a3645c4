import { IngestError } from './document.js';
import type { ReaderOutput } from './raw-block.js';

export async function readDocx(_bytes: Uint8Array, file: string): Promise<ReaderOutput> {
  throw new IngestError(file, 'this format is not readable yet');
}
