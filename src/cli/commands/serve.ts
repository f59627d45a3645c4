import type { Command } from 'commander';
import { UsageError } from '../errors.js';

// placeholder until its issue lands; replace the whole file
export function register(program: Command): void {
  program
    .command('serve')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(() => {
      throw new UsageError('serve: not yet available');
    });
}
