import type { Command } from 'commander';
import { UsageError } from '../errors.js';

// placeholder until its issue lands; replace the whole file
export function register(program: Command): void {
  program
    .command('episodes')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(() => {
      throw new UsageError('episodes: not yet available');
    });
}
