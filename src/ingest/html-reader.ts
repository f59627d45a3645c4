import type { ReaderOutput } from './raw-block.js';

export function readHtml(_html: string): ReaderOutput {
  return { blocks: [], notes: [], metadata: {} };
}
