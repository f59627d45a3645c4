import type { Command } from 'commander';
import { ingestFiles } from '../../pipeline/ingest-files.js';
import { openStore } from '../../store/index.js';
import { resolveDbPath } from '../command.js';
import { UsageError } from '../errors.js';
import { parseIsoDateOption, parseMegabytes } from '../options.js';
import { createProgress } from '../progress.js';
import { formatSummary } from '../summary.js';

export function register(program: Command): void {
  program
    .command('ingest')
    .description(
      'read documents (md, txt, html, pdf, docx; files, directories or globs), code their events and store them',
    )
    .argument('<paths...>', 'files, directories or glob patterns')
    .option('--db <file>', 'store file (default: $ENTENTE_DB or ./entente.db)')
    .option(
      '--date <YYYY-MM-DD>',
      'publication date of the documents (reference for "last year", "currently")',
    )
    .option('--max-size <MB>', 'skip files larger than this', '50')
    .option('-q, --quiet', 'no progress output')
    .addHelpText(
      'after',
      '\nEach document is stored atomically; a bad file is reported and skipped, the batch goes on.\nExit status: 0 if every file was stored or unchanged, 1 if any failed, 2 on usage errors.',
    )
    .action(
      async (paths: string[], opts: { db?: string; date?: string; maxSize: string; quiet?: boolean }) => {
        if (paths.length === 0) throw new UsageError('ingest: no paths given');
        const date = opts.date ? parseIsoDateOption('--date', opts.date) : undefined;
        const maxBytes = parseMegabytes('--max-size', opts.maxSize);
        const store = openStore(resolveDbPath(opts.db));
        let progress: ReturnType<typeof createProgress> | null = null;
        try {
          const outcomes = await ingestFiles(store, paths, {
            date,
            maxBytes,
            onFile(outcome, _done, total) {
              progress ??= createProgress(total, 'docs', opts.quiet);
              if (outcome.error) progress.log(`entente: ${outcome.error}`);
              progress.tick(`${outcome.status} ${outcome.file}`, { sentences: outcome.sentences });
            },
          });
          (progress as ReturnType<typeof createProgress> | null)?.stop();
          const count = (s: string) => outcomes.filter((o) => o.status === s).length;
          const failed = count('failed');
          process.stdout.write(
            `ingested ${count('inserted')} new, ${count('replaced')} replaced, ${count('unchanged')} unchanged, ${failed} failed\n`,
          );
          process.stdout.write(`${formatSummary(store)}\n`);
          if (failed > 0) process.exitCode = 1;
        } finally {
          store.close();
        }
      },
    );
}
