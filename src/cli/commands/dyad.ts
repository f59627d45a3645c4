import type { Command } from 'commander';
import { dyadSeries, renderDyadTable } from '../../analysis/index.js';
import { csvRow } from '../../io/csv-field.js';
import { UsageError } from '../errors.js';
import { parseIsoDateOption } from '../options.js';
import { openExistingStore } from './export.js';

interface DyadOptions {
  by: string;
  directed?: boolean;
  level: string;
  coarse: string;
  format: string;
  from?: string;
  to?: string;
  db?: string;
}

function choice<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${flag}: expected ${allowed.join('|')}, got "${value}"`);
  return value as T;
}

export function register(program: Command): void {
  program
    .command('dyad')
    .description(
      'cooperation and conflict between two actors per period: quad counts, Goldstein, net cooperation',
    )
    .argument('<a>', 'actor code prefix, e.g. IRN')
    .argument('<b>', 'actor code prefix, e.g. RUS')
    .option('--by <period>', 'year, quarter or month', 'year')
    .option('--directed', 'only events from A to B')
    .option('--level <level>', 'country, or sector to compare sub-state actors (IRNMIL vs IRNGOV)', 'country')
    .option(
      '--coarse <mode>',
      'events dated more coarsely than the period: bucket (own row) or spread (fractional)',
      'bucket',
    )
    .option('--format <format>', 'table, json or csv', 'table')
    .option('--from <date>', 'first ISO date of the series')
    .option('--to <date>', 'last ISO date of the series')
    .option('--db <file>', 'store file (default: $ENTENTE_DB or ./entente.db)')
    .action((a: string, b: string, opts: DyadOptions) => {
      const by = choice('--by', opts.by, ['year', 'quarter', 'month'] as const);
      const level = choice('--level', opts.level, ['country', 'sector'] as const);
      const coarse = choice('--coarse', opts.coarse, ['bucket', 'spread'] as const);
      const format = choice('--format', opts.format, ['table', 'json', 'csv'] as const);
      const from = opts.from ? parseIsoDateOption('--from', opts.from) : undefined;
      const to = opts.to ? parseIsoDateOption('--to', opts.to) : undefined;
      const store = openExistingStore(opts.db);
      try {
        const series = dyadSeries(store, a.toUpperCase(), b.toUpperCase(), {
          by,
          directed: opts.directed,
          level,
          coarse,
          from,
          to,
        });
        if (format === 'json') {
          process.stdout.write(`${JSON.stringify(series, null, 2)}\n`);
        } else if (format === 'csv') {
          process.stdout.write(
            csvRow([
              'line',
              'period',
              'start',
              'end',
              'coarse',
              'q1',
              'q2',
              'q3',
              'q4',
              'total',
              'goldstein_sum',
              'goldstein_mean',
              'net_cooperation',
              'event_ids',
            ]),
          );
          const lines =
            level === 'country'
              ? [{ key: `${series.a}${series.directed ? '→' : '–'}${series.b}`, rows: series.rows }]
              : series.lines;
          for (const line of lines) {
            for (const r of line.rows) {
              process.stdout.write(
                csvRow([
                  line.key,
                  r.period,
                  r.start,
                  r.end,
                  r.coarse,
                  r.quads[1].count,
                  r.quads[2].count,
                  r.quads[3].count,
                  r.quads[4].count,
                  r.total,
                  r.goldsteinSum,
                  r.goldsteinMean,
                  r.netCooperation,
                  r.eventIds.join(' '),
                ]),
              );
            }
          }
        } else {
          process.stdout.write(renderDyadTable(series));
        }
      } finally {
        store.close();
      }
    });
}
