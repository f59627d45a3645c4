import { existsSync } from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { type ImportKind, type ImportReport, importFile } from '../../io/index.js';
import { openStore } from '../../store/index.js';
import { resolveDbPath } from '../command.js';
import { InputError, UsageError } from '../errors.js';

function describe(r: ImportReport): string {
  const lines = [
    `${r.file}: ${r.rows} rows, ${r.inserted} inserted, ${r.duplicates} already stored, ${r.malformedCount} malformed (${r.seconds.toFixed(1)} s)`,
  ];
  const layouts = Object.entries(r.layouts);
  if (layouts.length > 1 || (layouts.length === 1 && layouts[0][0] !== 'icews')) {
    lines.push(`  layouts: ${layouts.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  if (r.mentions) {
    lines.push(
      `  mentions: ${r.mentions.rows} rows naming ${r.mentions.events} events, ${r.mentions.matched} of them in the store (mentions are counted, not stored)`,
    );
  }
  for (const m of r.malformed) lines.push(`  ${m.file}:${m.line}: ${m.reason}`);
  if (r.malformedCount > r.malformed.length)
    lines.push(`  … and ${r.malformedCount - r.malformed.length} more malformed rows`);
  const unmapped = Object.entries(r.unmappedCountries);
  if (unmapped.length)
    lines.push(
      `  countries with no ISO code (kept as sector only): ${unmapped.map(([k, v]) => `${k} (${v})`).join(', ')}`,
    );
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('import')
    .description('import GDELT (1.0, 2.0 export, mentions) or ICEWS event files, plain or zipped')
    .argument('<kind>', 'gdelt or icews')
    .argument('<files...>', 'files (.CSV, .tab, .txt or .zip)')
    .option('--db <file>', 'store file (default: $ENTENTE_DB or ./entente.db)')
    .option('--batch <n>', 'rows per transaction', '5000')
    .option('-q, --quiet', 'no progress output')
    .addHelpText(
      'after',
      '\nMalformed rows are counted and listed with their line numbers; they never stop the import.\nRe-importing a file skips events already stored (same GLOBALEVENTID or ICEWS Event ID).',
    )
    .action(async (kind: string, files: string[], opts: { db?: string; batch: string; quiet?: boolean }) => {
      if (kind !== 'gdelt' && kind !== 'icews')
        throw new UsageError(`import: kind must be gdelt or icews, got "${kind}"`);
      const batchSize = Number(opts.batch);
      if (!Number.isInteger(batchSize) || batchSize < 1)
        throw new UsageError(`--batch: expected a positive integer, got "${opts.batch}"`);
      const missing = files.filter((f) => !existsSync(f));
      if (missing.length) throw new InputError(`${missing[0]}: no such file`);
      const store = openStore(resolveDbPath(opts.db));
      const tty = process.stderr.isTTY && !opts.quiet;
      try {
        for (const file of files) {
          const bar = tty
            ? new cliProgress.SingleBar(
                {
                  stream: process.stderr,
                  format: `{bar} {percentage}% | {rows} rows | ${file}`,
                  hideCursor: true,
                },
                cliProgress.Presets.shades_classic,
              )
            : null;
          bar?.start(100, 0, { rows: 0 });
          const report = await importFile(store, kind as ImportKind, file, {
            batchSize,
            onProgress: (p) =>
              bar?.update(p.bytesTotal ? Math.min(100, Math.round((p.bytesRead / p.bytesTotal) * 100)) : 0, {
                rows: p.rows,
              }),
          });
          bar?.stop();
          process.stdout.write(`${describe(report)}\n`);
        }
      } catch (err) {
        const e = err as Error;
        // a broken zip or unreadable file is the input's fault, not ours
        if ((e as NodeJS.ErrnoException).code || /zip/i.test(e.message)) throw new InputError(e.message);
        throw err;
      } finally {
        store.close();
      }
    });
}
