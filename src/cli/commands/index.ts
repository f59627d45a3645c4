/** Every command, in the order `entente --help` lists them. */
import type { RegisterCommand } from '../command.js';
import { register as actors } from './actors.js';
import { register as citations } from './citations.js';
import { register as code } from './code.js';
import { register as dates } from './dates.js';
import { register as dict } from './dict.js';
import { register as dyad } from './dyad.js';
import { register as episodes } from './episodes.js';
import { register as evalCmd } from './eval.js';
import { register as events } from './events.js';
import { register as exportCmd } from './export.js';
import { register as importCmd } from './import.js';
import { register as ingest } from './ingest.js';
import { register as network } from './network.js';
import { register as sentences } from './sentences.js';
import { register as serve } from './serve.js';
import { register as start } from './start.js';
import { register as stats } from './stats.js';

export const commands: RegisterCommand[] = [
  ingest,
  start,
  events,
  stats,
  exportCmd,
  code,
  evalCmd,
  sentences,
  citations,
  actors,
  dict,
  dates,
  dyad,
  network,
  episodes,
  importCmd,
  serve,
];
