import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import type { ActorLevel } from '../../analysis/actor-level.js';
import { EXPORT_FORMATS, exportEvents, isExportFormat } from '../../io/index.js';
import { openStore } from '../../store/index.js';
import type { EventFilter, Store } from '../../store/store.js';
import { resolveDbPath } from '../command.js';
import { InputError, UsageError } from '../errors.js';
import { parseIsoDateOption } from '../options.js';

interface ExportOptions {
  format: string;
  out?: string;
  db?: string;
  all?: boolean;
  actor?: string;
  dyad?: string;
  directed?: boolean;
  code?: string;
  quad?: string;
  from?: string;
  to?: string;
  origin?: string;
  level?: string;
}

/** the event filter options `events` also takes */
function eventFilter(opts: ExportOptions): EventFilter {
  const filter: EventFilter = {};
  if (opts.actor) filter.actor = opts.actor.toUpperCase();
  if (opts.dyad) {
    const parts = opts.dyad.split(',').map((s) => s.trim().toUpperCase());
    if (parts.length !== 2 || !parts[0] || !parts[1])
      throw new UsageError(`--dyad: expected A,B, got "${opts.dyad}"`);
    filter.dyad = [parts[0], parts[1]];
    filter.directed = opts.directed ?? false;
  }
  if (opts.code) {
    if (!/^\d{2,4}$/.test(opts.code))
      throw new UsageError(`--code: expected a CAMEO code prefix like 19 or 057, got "${opts.code}"`);
    filter.code = opts.code;
  }
  if (opts.quad) {
    const q = Number(opts.quad);
    if (q !== 1 && q !== 2 && q !== 3 && q !== 4)
      throw new UsageError(`--quad: expected 1-4, got "${opts.quad}"`);
    filter.quad = q;
  }
  if (opts.from) filter.from = parseIsoDateOption('--from', opts.from);
  if (opts.to) filter.to = parseIsoDateOption('--to', opts.to);
  if (opts.origin) filter.origin = opts.origin;
  if (opts.all) {
    filter.includeFlagged = true;
    filter.includeRejected = true;
  }
  return filter;
}

export function openExistingStore(db: string | undefined): Store {
  const path = resolveDbPath(db);
  try {
    return openStore(path, { create: false });
  } catch (err) {
    if ((err as Error).name === 'StoreOpenError') throw new InputError((err as Error).message);
    throw err;
  }
}

export function register(program: Command): void {
  program
    .command('export')
    .description('write stored events as jsonl (canonical), csv, gdelt, plover, gexf, timeline or kumu')
    .requiredOption('-f, --format <format>', EXPORT_FORMATS.join('|'))
    .option('-o, --out <file>', 'output file (default: standard output)')
    .option('--db <file>', 'store file (default: $ENTENTE_DB or ./entente.db)')
    .option('--all', 'include rejected, negated and hypothetical events, flagged')
    .option('--actor <code>', 'events whose source or target code starts with this')
    .option('--dyad <A,B>', 'events between two actor code prefixes')
    .option('--directed', 'with --dyad: only from A to B')
    .option('--code <cameo>', 'CAMEO code prefix, e.g. 19 or 057')
    .option('--quad <n>', 'quad class 1-4 (standard mapping)')
    .option('--from <date>', 'events overlapping from this ISO date')
    .option('--to <date>', 'events overlapping up to this ISO date')
    .option('--origin <name>', 'entente, gdelt or icews')
    .option('--level <level>', 'actor grouping for gexf and kumu: country, sector or person', 'country')
    .addHelpText(
      'after',
      '\nThe jsonl format is the canonical record the evaluation reads (../shared/eval/score.py).\nRejected, negated and hypothetical events are left out unless --all.',
    )
    .action(async (opts: ExportOptions) => {
      if (!isExportFormat(opts.format))
        throw new UsageError(`--format: expected ${EXPORT_FORMATS.join('|')}, got "${opts.format}"`);
      const level = opts.level as ActorLevel;
      if (!['country', 'sector', 'person'].includes(level))
        throw new UsageError(`--level: expected country, sector or person, got "${opts.level}"`);
      const filter = eventFilter(opts);
      const store = openExistingStore(opts.db);
      try {
        const events = store.queryEvents(filter);
        const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
        // a closed pipe (`| head`) means the reader has seen enough, not that the export failed
        if (!opts.out)
          process.stdout.on('error', (err: NodeJS.ErrnoException) => {
            if (err.code === 'EPIPE') process.exit(0);
          });
        const result = await exportEvents(events, opts.format, out, { all: opts.all, level });
        if (opts.out) {
          await new Promise<void>((resolve, reject) => {
            out.once('error', reject);
            out.end(resolve);
          });
        }
        const extra = [
          result.excluded
            ? `${result.excluded} left out (rejected/negated/hypothetical; --all includes them)`
            : '',
          result.skipped ? `${result.skipped} not expressible in ${result.format}` : '',
        ]
          .filter(Boolean)
          .join(', ');
        process.stderr.write(
          `exported ${result.written} events as ${result.format}${opts.out ? ` to ${opts.out}` : ''}${extra ? `; ${extra}` : ''}\n`,
        );
      } finally {
        store.close();
      }
    });
}
