import type { Command } from 'commander';
import { UsageError } from '../errors.js';

// placeholder until its issue lands; replace the whole file
export function register(program: Command): void {
  program
    .command('eval')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(() => {
      throw new UsageError('eval: not yet available');
    });
}
