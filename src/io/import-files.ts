/**
 * Streams GDELT or ICEWS files into the store in batches (one transaction each). A bad row is
 * counted with its line number and skipped; it never stops the import.
 * @module
 */
import type { ExternalEvent, Store } from '../store/store.js';
import { parseGdeltLine } from './gdelt-import.js';
import { parseIcewsHeader, parseIcewsLine } from './icews-import.js';
import { inputSize, readLineBatches } from './read-lines.js';

export type ImportKind = 'gdelt' | 'icews';

export interface MalformedRow {
  /** file (and zip entry) the row came from */
  file: string;
  line: number;
  reason: string;
}

export interface ImportReport {
  file: string;
  /** event rows read (not counting a header or mentions) */
  rows: number;
  inserted: number;
  /** well-formed rows already in the store (same origin and id) */
  duplicates: number;
  malformedCount: number;
  /** the first malformed rows, up to `maxMalformed` */
  malformed: MalformedRow[];
  /** rows per layout, e.g. {"gdelt1-daily": 509, "gdelt1-historical": 201} */
  layouts: Record<string, number>;
  /** GDELT 2.0 mentions rows: how many, and how many name an event now in the store */
  mentions: { rows: number; events: number; matched: number } | null;
  /** ICEWS country names with no ISO code, with counts */
  unmappedCountries: Record<string, number>;
  seconds: number;
}

export interface ImportOptions {
  batchSize?: number;
  maxMalformed?: number;
  /** called after each batch and at the end of each file */
  onProgress?: (progress: { file: string; bytesRead: number; bytesTotal: number; rows: number }) => void;
}

function gdeltIdsInStore(store: Store, wanted: Set<string>): number {
  let matched = 0;
  const page = 50_000;
  for (let offset = 0; ; offset += page) {
    const events = store.queryEvents({
      origin: 'gdelt',
      includeFlagged: true,
      includeRejected: true,
      limit: page,
      offset,
    });
    for (const e of events) if (e.externalId && wanted.has(e.externalId)) matched++;
    if (events.length < page) return matched;
  }
}

export async function importFile(
  store: Store,
  kind: ImportKind,
  path: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 5000;
  const maxMalformed = options.maxMalformed ?? 50;
  const bytesTotal = await inputSize(path);
  const report: ImportReport = {
    file: path,
    rows: 0,
    inserted: 0,
    duplicates: 0,
    malformedCount: 0,
    malformed: [],
    layouts: {},
    mentions: null,
    unmappedCountries: {},
    seconds: 0,
  };
  const mentionIds = new Set<string>();
  let mentionRows = 0;
  let batch: ExternalEvent[] = [];
  let header: string[] | null = null;
  let bytesRead = 0;

  const bad = (entry: string | null, line: number, reason: string) => {
    report.malformedCount++;
    if (report.malformed.length < maxMalformed)
      report.malformed.push({ file: entry ? `${path}:${entry}` : path, line, reason });
  };
  const flush = () => {
    if (batch.length === 0) return;
    const inserted = store.insertExternalEvents(batch);
    report.inserted += inserted;
    report.duplicates += batch.length - inserted;
    batch = [];
    options.onProgress?.({ file: path, bytesRead, bytesTotal, rows: report.rows });
  };

  let currentEntry: string | null | undefined;
  reading: for await (const lines of readLineBatches(path)) {
    for (const line of lines) {
      bytesRead = line.bytesRead;
      if (line.entry !== currentEntry) {
        // every file in a zip has its own header
        currentEntry = line.entry;
        header = null;
      }
      if (line.text.trim() === '') continue;
      if (kind === 'icews') {
        if (!header) {
          const parsed = parseIcewsHeader(line.text);
          if ('error' in parsed) {
            bad(line.entry, line.number, parsed.error);
            // without a header no row of this file can be read
            break reading;
          }
          header = parsed;
          continue;
        }
        report.rows++;
        const row = parseIcewsLine(header, line.text);
        if (row.kind === 'error') {
          bad(line.entry, line.number, row.reason);
          continue;
        }
        for (const c of row.unmappedCountries)
          report.unmappedCountries[c] = (report.unmappedCountries[c] ?? 0) + 1;
        report.layouts.icews = (report.layouts.icews ?? 0) + 1;
        batch.push(row.event);
      } else {
        const row = parseGdeltLine(line.text);
        if (row.kind === 'mention') {
          mentionRows++;
          mentionIds.add(row.eventId);
          continue;
        }
        report.rows++;
        if (row.kind === 'error') {
          bad(line.entry, line.number, row.reason);
          continue;
        }
        report.layouts[row.layout] = (report.layouts[row.layout] ?? 0) + 1;
        batch.push(row.event);
      }
      if (batch.length >= batchSize) flush();
    }
  }
  flush();
  if (mentionRows > 0) {
    report.mentions = {
      rows: mentionRows,
      events: mentionIds.size,
      matched: gdeltIdsInStore(store, mentionIds),
    };
  }
  options.onProgress?.({ file: path, bytesRead: bytesTotal, bytesTotal, rows: report.rows });
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

export async function importFiles(
  store: Store,
  kind: ImportKind,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport[]> {
  const reports: ImportReport[] = [];
  for (const path of paths) reports.push(await importFile(store, kind, path, options));
  return reports;
}
