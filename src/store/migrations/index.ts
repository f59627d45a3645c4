/**
 * Every schema migration, in order. Add a file NNN-name.ts exporting `sql` and list it here;
 * never edit one that has shipped.
 * @module
 */
import { sql as initial } from './001-initial.js';
import { sql as queryIndexes } from './002-query-indexes.js';
import { sql as eventTally } from './003-event-tally.js';
import { sql as bulkFts } from './004-bulk-fts.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  { version: 1, name: '001-initial', sql: initial },
  { version: 2, name: '002-query-indexes', sql: queryIndexes },
  { version: 3, name: '003-event-tally', sql: eventTally },
  { version: 4, name: '004-bulk-fts', sql: bulkFts },
];
