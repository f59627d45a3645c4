#!/usr/bin/env node
/**
 * The `entente` command line.
 * @module
 */
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';
import { InputError, UsageError } from './errors.js';

const program = new Command();
program
  .name('entente')
  .description('Code dated, sourced events between states from the texts analysts read.')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

for (const register of commands) register(program);

async function main(argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv);
    // a command that finished but had bad input (e.g. one failed file in a batch) sets exitCode
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit through here with code 0
      if (err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version')
        return 0;
      return 2;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`entente: ${err.message}\n`);
      return 2;
    }
    if (err instanceof InputError) {
      process.stderr.write(`entente: ${err.message}\n`);
      return 1;
    }
    const e = err as Error;
    if (
      e?.name === 'IngestError' ||
      e?.name === 'UnknownCodeError' ||
      e?.name === 'StoreOpenError' ||
      e?.name === 'StoreInputError'
    ) {
      process.stderr.write(`entente: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(`entente: internal error: ${e?.stack ?? String(err)}\n`);
    return 70;
  }
}

main(process.argv).then((code) => {
  process.exitCode = code;
});
