/**
 * The whole pipeline for one document: reader → sentences → dates/actors → coder → store.
 * Each document is stored whole or not at all, so a bad file never leaves half a document behind,
 * and one bad file never stops a batch.
 * @module
 */
import type { Coder } from '../coder/index.js';
import { createCoder } from '../coder/index.js';
import type { IngestedDocument, IngestOptions } from '../ingest/document.js';
import { IngestError } from '../ingest/document.js';
import { expandInputs, readDocument, readDocumentFromBytes } from '../ingest/index.js';
import type { Store } from '../store/store.js';

export type OutcomeStatus = 'inserted' | 'unchanged' | 'replaced' | 'failed';

export interface FileOutcome {
  file: string;
  status: OutcomeStatus;
  documentId: number | null;
  sentences: number;
  events: number;
  bytes: number;
  /** one line naming the file and the problem */
  error: string | null;
}

export interface PipelineOptions extends IngestOptions {
  coder?: Coder;
  /** called after each file, for progress display */
  onFile?: (outcome: FileOutcome, done: number, total: number) => void;
}

export function storeDocument(store: Store, doc: IngestedDocument, coder: Coder): FileOutcome {
  const events = coder.codeDocument(doc);
  const saved = store.saveDocument(doc, events);
  return {
    file: doc.metadata.sourcePath,
    status: saved.status,
    documentId: saved.documentId,
    sentences: doc.sentences.length,
    events: saved.events,
    bytes: doc.metadata.byteSize,
    error: null,
  };
}

function failure(file: string, err: unknown): FileOutcome {
  const message =
    err instanceof IngestError ? err.message : `${file}: ${(err as Error)?.message ?? String(err)}`;
  return { file, status: 'failed', documentId: null, sentences: 0, events: 0, bytes: 0, error: message };
}

export async function ingestBytes(
  store: Store,
  bytes: Uint8Array,
  name: string,
  options: PipelineOptions = {},
): Promise<FileOutcome> {
  const coder = options.coder ?? createCoder();
  try {
    const doc = await readDocumentFromBytes(bytes, name, options);
    return storeDocument(store, doc, coder);
  } catch (err) {
    return failure(name, err);
  }
}

export async function ingestFiles(
  store: Store,
  paths: string[],
  options: PipelineOptions = {},
): Promise<FileOutcome[]> {
  const coder = options.coder ?? createCoder();
  const { files, errors } = expandInputs(paths);
  const outcomes: FileOutcome[] = errors.map((e) => failure(e.file, e));
  const total = files.length + errors.length;
  for (const [i, o] of outcomes.entries()) options.onFile?.(o, i + 1, total);
  // many files commit in groups of up to a second's work: each is still stored whole or not at
  // all, and an interrupted run loses at most that second, which running it again stores
  const bulk = files.length > 1;
  if (bulk) store.beginBulk();
  try {
    for (const file of files) {
      let outcome: FileOutcome;
      try {
        const doc = await readDocument(file, options);
        outcome = storeDocument(store, doc, coder);
      } catch (err) {
        outcome = failure(file, err);
      }
      outcomes.push(outcome);
      options.onFile?.(outcome, outcomes.length, total);
    }
  } finally {
    if (bulk) store.endBulk();
  }
  return outcomes;
}
