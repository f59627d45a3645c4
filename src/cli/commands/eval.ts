/**
 * `entente eval GOLD.jsonl [--db FILE] [--events FILE.jsonl] [--all] [--json]`: scores the stored
 * (or exported) events against a gold file, at the core, strict and dated levels of score.py.
 * Negated and hypothetical events are left out, as in exports, unless --all.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { formatScores, type GoldItem, type SystemEvent, scoreEvents } from '../../coder/index.js';
import { openStore } from '../../store/index.js';
import { resolveDbPath } from '../command.js';
import { InputError } from '../errors.js';

function readJsonl<T>(file: string): T[] {
  if (!existsSync(file)) throw new InputError(`${file}: no such file`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l, i) => ({ l: l.trim(), i }))
    .filter((x) => x.l)
    .map(({ l, i }) => {
      try {
        return JSON.parse(l) as T;
      } catch {
        throw new InputError(`${file}:${i + 1}: not a JSON object`);
      }
    });
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('score coded events against a gold file (same rules as score.py)')
    .argument('<gold>', 'gold JSON Lines file')
    .option('--db <file>', 'store to read events from')
    .option('--events <file>', 'score an exported JSON Lines file instead of the store')
    .option('--all', 'include negated and hypothetical events')
    .option('--json', 'print the scores as JSON')
    .action((goldFile: string, opts: { db?: string; events?: string; all?: boolean; json?: boolean }) => {
      const gold = readJsonl<GoldItem>(goldFile);
      let system: SystemEvent[];
      if (opts.events) system = readJsonl<SystemEvent>(opts.events);
      else {
        const dbPath = resolveDbPath(opts.db);
        if (!existsSync(dbPath)) throw new InputError(`${dbPath}: no such store`);
        const store = openStore(dbPath);
        try {
          system = store
            .queryEvents({ includeFlagged: !!opts.all, limit: 10_000_000 })
            .filter((e) => opts.all || (!e.negated && !e.hypothetical))
            .map((e) => ({
              sentence: e.sentenceText ?? '',
              source: e.source,
              target: e.target,
              code: e.code,
              date: e.date,
            }));
        } finally {
          store.close();
        }
      }
      const scores = scoreEvents(gold, system);
      process.stdout.write(opts.json ? `${JSON.stringify(scores)}\n` : `${formatScores(scores)}\n`);
    });
}
