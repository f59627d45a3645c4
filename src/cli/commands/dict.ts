/**
 * `entente dict check` validates the actor dictionaries and the place gazetteer; `entente dict import-petrarch` converts
 * PETRARCH / Phoenix dictionaries into ours.
 * @module
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { checkDictionaryFiles } from '../../actors/check.js';
import { defaultActorFiles } from '../../actors/index.js';
import { importPetrarch } from '../../actors/petrarch-import.js';
import { defaultPlaces } from '../../coder/places.js';
import { InputError } from '../errors.js';

export function register(program: Command): void {
  const dict = program.command('dict').description('check and convert actor dictionaries');
  dict
    .command('check')
    .description('validate dictionaries: codes, dates, overlapping roles, duplicate ids (exit 1 on problems)')
    .argument('[files...]', 'files to check (default: every file in data/actors)')
    .action((files: string[]) => {
      const list = files.length ? files : defaultActorFiles();
      for (const f of list) if (!existsSync(f)) throw new InputError(`${f}: file not found`);
      const report = checkDictionaryFiles(list);
      for (const p of report.problems)
        process.stdout.write(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}\n`);
      process.stdout.write(
        `${report.files} files, ${report.entries} entries, ${report.agents} agents, ${report.phrases} phrases: ${report.problems.length ? `${report.problems.length} problem(s)` : 'ok'}\n`,
      );
      if (report.problems.length) process.exitCode = 1;
      // the gazetteer is data the coder reads beside the dictionaries: checked with them by default
      if (!files.length) {
        try {
          const places = [...defaultPlaces().values()].reduce((n, list) => n + list.length, 0);
          process.stdout.write(`data/places (places.tsv, cities.tsv): ${places} places: ok\n`);
        } catch (err) {
          process.stdout.write(`${(err as Error).message}\n`);
          process.exitCode = 1;
        }
      }
    });
  dict
    .command('import-petrarch')
    .description('convert PETRARCH actor, agent and discard files into our JSON Lines format')
    .argument('<files...>', 'Phoenix.*.actors.txt, Phoenix.agents.txt, Phoenix.discards.txt')
    .requiredOption('--out <DIR>', 'folder to write the converted files to')
    .action((files: string[], options: { out: string }) => {
      for (const f of files) if (!existsSync(f)) throw new InputError(`${f}: file not found`);
      for (const r of importPetrarch(files, options.out)) {
        process.stdout.write(
          `${r.from} → ${r.to}: ${r.records} records${r.problems ? `, ${r.problems} unreadable line(s) skipped` : ''}\n`,
        );
      }
    });
}
