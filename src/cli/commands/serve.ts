import type { Command } from 'commander';
import { serve } from '../../server/index.js';
import { resolveDbPath } from '../command.js';
import { UsageError } from '../errors.js';
import { parseMegabytes, parsePort } from '../options.js';

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the web workbench over the store (loopback only unless --token is given)')
    .option('--db <file>', 'store file (default: $ENTENTE_DB or ./entente.db)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '7300')
    .option('--host <addr>', 'address to bind; anything but loopback needs --token', '127.0.0.1')
    .option(
      '--token <secret>',
      'require "Authorization: Bearer <secret>" on every API call (default: $ENTENTE_TOKEN)',
    )
    .option('--upload-limit <mb>', 'largest upload in megabytes', '50')
    .action(
      async (opts: { db?: string; port: string; host: string; token?: string; uploadLimit: string }) => {
        const port = parsePort('--port', opts.port);
        const uploadLimitBytes = parseMegabytes('--upload-limit', opts.uploadLimit);
        try {
          await serve({
            db: resolveDbPath(opts.db),
            port,
            host: opts.host,
            token: opts.token,
            uploadLimitBytes,
          });
        } catch (err) {
          const e = err as NodeJS.ErrnoException;
          if (e.code === 'EADDRINUSE') throw new UsageError(`--port ${port}: already in use on ${opts.host}`);
          if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND')
            throw new UsageError(`--host ${opts.host}: cannot bind to this address`);
          if (e.name === 'InputError') throw new UsageError(e.message);
          throw err;
        }
      },
    );
}
