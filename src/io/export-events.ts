/**
 * One entry point for every export format. Line formats (jsonl, csv, gdelt, plover) are written
 * event by event and respect backpressure; graph and timeline formats are whole documents.
 * @module
 */
import type { Writable } from 'node:stream';
import type { ActorLevel } from '../analysis/actor-level.js';
import type { StoredEvent } from '../store/store.js';
import { exclusionFlags, toCanonical } from './canonical-record.js';
import { csvHeader, csvLine } from './csv-export.js';
import { gdeltLine } from './gdelt-export.js';
import { toGexf } from './gexf-export.js';
import { toKumu } from './kumu-export.js';
import { toPlover } from './plover-export.js';
import { toTimeline } from './timeline-export.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'gdelt', 'plover', 'gexf', 'timeline', 'kumu'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** include rejected, negated and hypothetical events (flagged); default false */
  all?: boolean;
  /** actor grouping for gexf and kumu; default "country" */
  level?: ActorLevel;
}

export interface ExportResult {
  format: ExportFormat;
  written: number;
  /** left out by default because rejected, negated or hypothetical */
  excluded: number;
  /** events the format cannot express (no PLOVER type, no date for a timeline) */
  skipped: number;
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) {
    await new Promise<void>((resolve, reject) => {
      const onDrain = () => {
        out.off('error', onError);
        resolve();
      };
      const onError = (err: Error) => {
        out.off('drain', onDrain);
        reject(err);
      };
      out.once('drain', onDrain);
      out.once('error', onError);
    });
  }
}

export async function exportEvents(
  events: readonly StoredEvent[],
  format: ExportFormat,
  out: Writable,
  options: ExportOptions = {},
): Promise<ExportResult> {
  const kept = options.all ? events : events.filter((e) => exclusionFlags(e).length === 0);
  const result: ExportResult = { format, written: 0, excluded: events.length - kept.length, skipped: 0 };
  const level = options.level ?? 'country';
  switch (format) {
    case 'jsonl':
      for (const e of kept) {
        await write(out, `${JSON.stringify(toCanonical(e))}\n`);
        result.written++;
      }
      break;
    case 'csv':
      await write(out, csvHeader());
      for (const e of kept) {
        await write(out, csvLine(e));
        result.written++;
      }
      break;
    case 'gdelt':
      for (const e of kept) {
        await write(out, gdeltLine(e));
        result.written++;
      }
      break;
    case 'plover':
      for (const e of kept) {
        const record = toPlover(e);
        if (!record) {
          result.skipped++;
          continue;
        }
        await write(out, `${JSON.stringify(record)}\n`);
        result.written++;
      }
      break;
    case 'gexf': {
      const withTarget = kept.filter((e) => e.target);
      await write(out, toGexf(withTarget, level));
      result.written = withTarget.length;
      result.skipped = kept.length - withTarget.length;
      break;
    }
    case 'timeline': {
      const doc = toTimeline(kept);
      await write(out, `${JSON.stringify(doc, null, 2)}\n`);
      result.written = doc.events.length;
      result.skipped = kept.length - doc.events.length;
      break;
    }
    case 'kumu': {
      const withTarget = kept.filter((e) => e.target);
      await write(out, `${JSON.stringify(toKumu(withTarget, level), null, 2)}\n`);
      result.written = withTarget.length;
      result.skipped = kept.length - withTarget.length;
      break;
    }
  }
  return result;
}
