import { type Command, Option } from 'commander';
import type { ReviewStatus } from '../../coder/event.js';
import { getOntology } from '../../ontology/index.js';
import { openStore, StoreOpenError } from '../../store/index.js';
import type { EventFilter, Store, StoredEvent } from '../../store/store.js';
import { resolveDbPath } from '../command.js';
import { InputError, UsageError } from '../errors.js';
import { parseIsoDateOption } from '../options.js';

export interface EventFilterOptions {
  actor?: string;
  dyad?: string;
  directed?: boolean;
  from?: string;
  to?: string;
  code?: string;
  quad?: string;
  status?: string;
  all?: boolean;
}

/** opens a store that must already exist; a missing or foreign file is bad input naming the file */
export function openExistingStore(option: string | undefined): Store {
  const path = resolveDbPath(option);
  try {
    return openStore(path, { create: false });
  } catch (err) {
    if (err instanceof StoreOpenError) throw new InputError(err.message);
    throw err;
  }
}

/** the filter options shared by commands that select events (events, export…) */
export function addEventFilterOptions(command: Command): Command {
  return command
    .option('--actor <code>', 'events with this actor on either side; a code prefix (IRN matches IRNGOV)')
    .option('--dyad <a,b>', 'events between two actors (code prefixes), either direction')
    .option('--directed', 'with --dyad: only events from the first actor to the second')
    .option('--from <date>', 'events overlapping this date or later (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'events overlapping this date or earlier')
    .option('--code <cameo>', 'CAMEO code prefix: 19 matches 190, 193, 1931…')
    .option(
      '--quad <n>',
      'quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict',
    )
    .option('--status <list>', 'review statuses, comma-separated: proposed,accepted,edited,rejected')
    .option('--all', 'include negated, hypothetical and rejected events (flagged)');
}

function actorPrefix(flag: string, value: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}[A-Z0-9]*$/.test(code)) {
    throw new UsageError(
      `${flag}: expected an actor code of three letters or more (e.g. IRN, RUSGOV), got "${value}"`,
    );
  }
  return code;
}

const statuses: readonly ReviewStatus[] = ['proposed', 'accepted', 'rejected', 'edited'];

/** turns command-line options into an EventFilter; any bad value is a UsageError naming the flag */
export function parseEventFilterOptions(opts: EventFilterOptions): EventFilter {
  const filter: EventFilter = {};
  if (opts.actor !== undefined) filter.actor = actorPrefix('--actor', opts.actor);
  if (opts.dyad !== undefined) {
    const parts = opts.dyad.split(',').map((p) => p.trim());
    if (parts.length !== 2 || parts.some((p) => p === '')) {
      throw new UsageError(
        `--dyad: expected two actor codes separated by a comma (e.g. IRN,RUS), got "${opts.dyad}"`,
      );
    }
    filter.dyad = [actorPrefix('--dyad', parts[0]), actorPrefix('--dyad', parts[1])];
  }
  if (opts.directed) {
    if (!filter.dyad) throw new UsageError('--directed needs --dyad');
    filter.directed = true;
  }
  if (opts.from !== undefined) filter.from = parseIsoDateOption('--from', opts.from);
  if (opts.to !== undefined) filter.to = parseIsoDateOption('--to', opts.to);
  if (filter.from && filter.to && filter.from.slice(0, filter.to.length) > filter.to) {
    throw new UsageError(`--from ${filter.from} is after --to ${filter.to}`);
  }
  if (opts.code !== undefined) {
    const code = opts.code.trim();
    if (
      !/^\d{2,4}$/.test(code) ||
      !getOntology()
        .all()
        .some((c) => c.code.startsWith(code))
    ) {
      throw new UsageError(`--code: "${opts.code}" is not a CAMEO code or code prefix (e.g. 19, 057, 1712)`);
    }
    filter.code = code;
  }
  if (opts.quad !== undefined) {
    const quad = Number(opts.quad);
    if (quad !== 1 && quad !== 2 && quad !== 3 && quad !== 4) {
      throw new UsageError(`--quad: expected 1, 2, 3 or 4, got "${opts.quad}"`);
    }
    filter.quad = quad;
  }
  if (opts.status !== undefined) {
    const list = opts.status.split(',').map((s) => s.trim());
    for (const s of list) {
      if (!statuses.includes(s as ReviewStatus)) {
        throw new UsageError(`--status: "${s}" is not one of ${statuses.join(', ')}`);
      }
    }
    filter.status = list as ReviewStatus[];
  }
  if (opts.all) {
    filter.includeFlagged = true;
    filter.includeRejected = true;
  }
  return filter;
}

/** document text is untrusted: control characters (terminal escapes among them) become spaces */
function printable(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ');
}

function clip(text: string, width: number): string {
  const clean = printable(text);
  if (width <= 0) return '';
  return clean.length <= width ? clean : `${clean.slice(0, Math.max(0, width - 1))}…`;
}

function formatDate(event: StoredEvent): string {
  const d = event.date;
  if (!d) return '—';
  const span = d.start === d.end ? d.start : `${d.start || '…'}..${d.end || '…'}`;
  return d.inferred ? `~${span}` : span;
}

function flags(event: StoredEvent): string {
  const marks = [
    event.negated ? 'negated' : null,
    event.hypothetical ? 'hypothetical' : null,
    event.status === 'rejected' ? 'rejected' : null,
  ].filter((m) => m !== null);
  return marks.length ? ` [${marks.join(', ')}]` : '';
}

function codeWithLabel(event: StoredEvent): string {
  const ontology = getOntology();
  const label = ontology.has(event.code) ? ontology.label(event.code) : '';
  return `${event.code} ${clip(label, 28)}${flags(event)}`.trim();
}

/**
 * An aligned plain-text table; the last column (the sentence) takes what width is left.
 * Without a terminal (piped output) sentences are printed whole, for grep and friends.
 */
export function formatEventTable(
  events: StoredEvent[],
  width = process.stdout.isTTY ? process.stdout.columns : Number.POSITIVE_INFINITY,
): string {
  const header = ['id', 'date', 'source', 'code', 'target', 'doc', 'sentence'];
  const rows = events.map((e) => [
    String(e.id),
    formatDate(e),
    e.source.code,
    codeWithLabel(e),
    e.target?.code ?? '—',
    clip(e.documentName ?? e.origin, 24),
    printable(e.sentenceText ?? e.sourceUrl ?? ''),
  ]);
  const widths = header.slice(0, -1).map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const used = widths.reduce((sum, w) => sum + w + 2, 0);
  const last = Math.max(30, width - used);
  const line = (cells: string[]) =>
    [...cells.slice(0, -1).map((c, i) => c.padEnd(widths[i])), clip(cells.at(-1) ?? '', last)]
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`--limit: expected a whole number ≥ 0, got "${value}"`);
  return n;
}

export function register(program: Command): void {
  const command = program
    .command('events')
    .description('list stored events, filtered; dates marked ~ were inferred rather than stated')
    .option('--db <file>', 'store file (default: $ENTENTE_DB or ./entente.db)');
  addEventFilterOptions(command)
    .option('--limit <n>', 'at most this many events; 0 for all', '100')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action((opts: EventFilterOptions & { db?: string; limit: string; format: 'table' | 'json' }) => {
      const filter = parseEventFilterOptions(opts);
      const limit = parseLimit(opts.limit);
      const store = openExistingStore(opts.db);
      try {
        const events = store.queryEvents(limit > 0 ? { ...filter, limit } : filter);
        if (opts.format === 'json') {
          process.stdout.write(`${JSON.stringify(events, null, 2)}\n`);
          return;
        }
        if (events.length === 0) {
          process.stdout.write('no events match\n');
          return;
        }
        process.stdout.write(`${formatEventTable(events)}\n`);
        const total = limit > 0 && events.length === limit ? store.countEvents(filter) : events.length;
        if (total > events.length) {
          process.stdout.write(`showing ${events.length} of ${total} events (--limit 0 shows all)\n`);
        }
      } finally {
        store.close();
      }
    });
}
