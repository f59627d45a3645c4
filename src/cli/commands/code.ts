import type { Command } from 'commander';
import { UsageError } from '../errors.js';

// placeholder until its issue lands; replace the whole file
export function register(program: Command): void {
  program
    .command('code')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(() => {
      throw new UsageError('code: not yet available');
    });
}
