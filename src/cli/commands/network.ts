import type { Command } from 'commander';
import { buildNetwork } from '../../analysis/index.js';
import { UsageError } from '../errors.js';
import { parseIsoDateOption } from '../options.js';
import { openExistingStore } from './export.js';

export function register(program: Command): void {
  program
    .command('network')
    .description(
      'the actor network: edges with counts per quad and mean Goldstein; degree and betweenness per actor',
    )
    .option('--level <level>', 'country, sector or person', 'country')
    .option('--from <date>', 'events overlapping from this ISO date')
    .option('--to <date>', 'events overlapping up to this ISO date')
    .option('--format <format>', 'table or json', 'table')
    .option('--top <n>', 'rows per table', '20')
    .option('--db <file>', 'store file (default: $ENTENTE_DB or ./entente.db)')
    .action(
      (opts: { level: string; from?: string; to?: string; format: string; top: string; db?: string }) => {
        if (!['country', 'sector', 'person'].includes(opts.level))
          throw new UsageError(`--level: expected country|sector|person, got "${opts.level}"`);
        if (!['table', 'json'].includes(opts.format))
          throw new UsageError(`--format: expected table|json, got "${opts.format}"`);
        const top = Number(opts.top);
        if (!Number.isInteger(top) || top < 1)
          throw new UsageError(`--top: expected a positive integer, got "${opts.top}"`);
        const from = opts.from ? parseIsoDateOption('--from', opts.from) : undefined;
        const to = opts.to ? parseIsoDateOption('--to', opts.to) : undefined;
        const store = openExistingStore(opts.db);
        try {
          const net = buildNetwork(store, { level: opts.level as 'country' | 'sector' | 'person', from, to });
          if (opts.format === 'json') {
            process.stdout.write(`${JSON.stringify(net, null, 2)}\n`);
            return;
          }
          const out: string[] = [
            `${net.nodes.length} actors, ${net.edges.length} directed relations (${opts.level} level)`,
            '',
          ];
          out.push(
            `${'actor'.padEnd(24)} ${'events'.padStart(7)} ${'degree'.padStart(6)} ${'betweenness'.padStart(11)}`,
          );
          for (const n of net.nodes.slice(0, top)) {
            out.push(
              `${n.label.slice(0, 24).padEnd(24)} ${String(n.weightedDegree).padStart(7)} ${String(n.degree).padStart(6)} ${n.betweenness.toFixed(3).padStart(11)}`,
            );
          }
          out.push(
            '',
            `${'source → target'.padEnd(34)} ${'events'.padStart(6)}  Q1/Q2/Q3/Q4     ${'gold'.padStart(5)} ${'net'.padStart(5)}`,
          );
          for (const e of net.edges.slice(0, top)) {
            const q = `${e.byQuad[1]}/${e.byQuad[2]}/${e.byQuad[3]}/${e.byQuad[4]}`;
            out.push(
              `${`${e.source} → ${e.target}`.slice(0, 34).padEnd(34)} ${String(e.count).padStart(6)}  ${q.padEnd(15)} ${e.meanGoldstein.toFixed(1).padStart(5)} ${String(e.netCooperation).padStart(5)}`,
            );
          }
          process.stdout.write(`${out.join('\n')}\n`);
        } finally {
          store.close();
        }
      },
    );
}
