/**
 * `entente actors "<text>"`: the actor mentions found in a text and how each resolved.
 * @module
 */
import type { Command } from 'commander';
import { createResolver, type DictionaryProblem, loadDefaultResolver } from '../../actors/index.js';
import { InputError, UsageError } from '../errors.js';

interface ActorsOptions {
  date?: string;
  actors?: string[];
  merge?: boolean;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('actors')
    .description('show the actors named in a text and the codes they resolve to at a date')
    .argument('<text...>', 'the text (quote it)')
    .option('--date <YYYY-MM-DD>', 'date the roles must hold at (default: today)')
    .option(
      '--actors <FILE...>',
      'dictionary files to use instead of the default: ours (.jsonl/.tsv) or PETRARCH (.txt)',
    )
    .option('--merge', 'add the --actors files to the default dictionary instead of replacing it')
    .option('--json', 'print mentions as JSON lines')
    .action((words: string[], options: ActorsOptions) => {
      const text = words.join(' ');
      if (options.date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(options.date))
        throw new UsageError(`--date "${options.date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
      let resolver: ReturnType<typeof loadDefaultResolver>;
      if (options.actors?.length) {
        const problems: DictionaryProblem[] = [];
        resolver = createResolver({ actorFiles: options.actors, merge: options.merge, problems });
        const missing = problems.find((p) => p.message === 'file not found');
        if (missing) throw new InputError(`${missing.file}: file not found`);
        for (const p of problems.slice(0, 5))
          process.stderr.write(`warning: ${p.file}:${p.line}: ${p.message}\n`);
      } else resolver = loadDefaultResolver();
      const mentions = resolver.findMentions(text, { date: options.date });
      if (options.json) {
        for (const m of mentions) process.stdout.write(`${JSON.stringify(m)}\n`);
        return;
      }
      if (mentions.length === 0) {
        process.stdout.write('no actors found\n');
        return;
      }
      for (const m of mentions) {
        const hints = [
          m.role ? `as ${m.role}` : '',
          m.fallback ? 'no role at this date: country' : '',
          m.plural ? 'plural' : '',
          m.generic ? 'generic' : '',
          m.possessive ? "possessive 's" : '',
          m.compound ? `-${m.compound}` : '',
          m.prefix ? `${m.prefix}-` : '',
          m.alternatives?.length ? `or ${m.alternatives.join(', ')}` : '',
        ].filter(Boolean);
        process.stdout.write(
          `${String(m.start).padStart(4)}-${String(m.end).padEnd(4)} ${JSON.stringify(m.text).padEnd(30)} ${m.code.padEnd(10)} ${m.how.padEnd(8)} ${m.entryIds.join('+')}${hints.length ? `  (${hints.join('; ')})` : ''}\n`,
        );
      }
    });
}
