import type { Command } from 'commander';
import { UsageError } from '../errors.js';

// placeholder until its issue lands; replace the whole file
export function register(program: Command): void {
  program
    .command('actors')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(() => {
      throw new UsageError('actors: not yet available');
    });
}
