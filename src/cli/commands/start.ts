import { join } from 'node:path';
import type { Command } from 'commander';
import { packageRoot } from '../../package-root.js';
import { ingestFiles } from '../../pipeline/ingest-files.js';
import { serve } from '../../server/index.js';
import { openStore } from '../../store/index.js';
import { resolveDbPath } from '../command.js';
import { parsePort } from '../options.js';
import { formatSummary } from '../summary.js';

export function register(program: Command): void {
  program
    .command('start')
    .description('code the bundled example corpus into the store, print a summary and serve the workbench')
    .option('--db <file>', 'store file (default: $ENTENTE_DB or ./entente.db)')
    .option('--port <n>', 'port for the workbench', '7300')
    .option('--host <addr>', 'address to bind', '127.0.0.1')
    .option('--no-serve', 'only code the corpus and print the summary')
    .action(async (opts: { db?: string; port: string; host: string; serve: boolean }) => {
      const port = parsePort('--port', opts.port);
      const dbPath = resolveDbPath(opts.db);
      const corpus = join(packageRoot(), 'examples', 'corpus');
      const store = openStore(dbPath);
      try {
        const started = Date.now();
        const outcomes = await ingestFiles(store, [corpus]);
        for (const o of outcomes) {
          if (o.error) process.stderr.write(`entente: ${o.error}\n`);
        }
        const secs = ((Date.now() - started) / 1000).toFixed(2);
        process.stdout.write(
          `coded the example corpus (${outcomes.length} documents) into ${dbPath} in ${secs}s\n`,
        );
        process.stdout.write(`${formatSummary(store)}\n`);
      } finally {
        store.close();
      }
      if (!opts.serve) return;
      await serve({ db: dbPath, port, host: opts.host });
    });
}
