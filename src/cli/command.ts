/**
 * Every CLI command is one file in ./commands exporting `register(program)`.
 * @module
 */
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

/** the store path: --db, else $ENTENTE_DB, else ./entente.db */
export function resolveDbPath(option: string | undefined): string {
  return option ?? process.env.ENTENTE_DB ?? 'entente.db';
}
