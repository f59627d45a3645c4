import type { Command } from 'commander';
import { findEpisodes } from '../../analysis/index.js';
import { UsageError } from '../errors.js';
import { openExistingStore } from './export.js';

export function register(program: Command): void {
  program
    .command('episodes')
    .description(
      'promises later reversed (agreement, then ban, sanction or lawsuit) and turning points on a dyad',
    )
    .argument('<a>', 'actor code prefix, e.g. IRN')
    .argument('<b>', 'actor code prefix, e.g. RUS')
    .option('--within <years>', 'how long after a promise a reversal still counts', '3')
    .option('--by <period>', 'period for turning points: year, quarter or month', 'year')
    .option('--format <format>', 'text or json', 'text')
    .option('--db <file>', 'store file (default: $ENTENTE_DB or ./entente.db)')
    .action((a: string, b: string, opts: { within: string; by: string; format: string; db?: string }) => {
      const within = Number(opts.within);
      if (!Number.isFinite(within) || within <= 0)
        throw new UsageError(`--within: expected a positive number of years, got "${opts.within}"`);
      if (!['year', 'quarter', 'month'].includes(opts.by))
        throw new UsageError(`--by: expected year|quarter|month, got "${opts.by}"`);
      if (!['text', 'json'].includes(opts.format))
        throw new UsageError(`--format: expected text|json, got "${opts.format}"`);
      const store = openExistingStore(opts.db);
      try {
        const episodes = findEpisodes(store, a.toUpperCase(), b.toUpperCase(), {
          withinYears: within,
          by: opts.by as 'year' | 'quarter' | 'month',
        });
        if (opts.format === 'json') {
          process.stdout.write(`${JSON.stringify(episodes, null, 2)}\n`);
          return;
        }
        if (episodes.length === 0) {
          process.stdout.write(`no episodes found between ${a} and ${b}\n`);
          return;
        }
        const out: string[] = [];
        for (const ep of episodes) {
          if (ep.kind === 'promise-reversal') {
            out.push(`promise → reversal: ${ep.summary}`);
            for (const e of [ep.promise, ...ep.reversals]) {
              out.push(
                `  #${e.id} ${e.date ?? '?'} ${e.code} ${e.source}→${e.target ?? '?'}  ${(e.sentence ?? '').slice(0, 110)}`,
              );
            }
          } else {
            out.push(`turning point: ${ep.summary}; events ${ep.eventIds.join(', ')}`);
          }
        }
        process.stdout.write(`${out.join('\n')}\n`);
      } finally {
        store.close();
      }
    });
}
