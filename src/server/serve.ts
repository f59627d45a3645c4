/**
 * Runs the workbench on Node with @hono/node-server.
 * @module
 */
import type { AddressInfo } from 'node:net';
import { serve as nodeServe, type ServerType } from '@hono/node-server';
import { openStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import { isLoopbackHost } from './security.js';

export interface ServeOptions {
  /** path of the SQLite store, or an already open store */
  db: string | Store;
  /** default 7300; 0 picks a free port */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
  token?: string;
  uploadLimitBytes?: number;
  webRoot?: string;
  /** print nothing (default: one line with the URL on stdout) */
  quiet?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  host: string;
  store: Store;
  close(): Promise<void>;
}

/** thrown when the options would expose the store without a token */
export class ServeRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export async function serve(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 7300;
  const token = options.token || process.env.ENTENTE_TOKEN || undefined;
  if (!isLoopbackHost(host) && !token) {
    throw new ServeRefusedError(
      `--host ${host}: listening beyond loopback needs --token (or $ENTENTE_TOKEN)`,
    );
  }
  const ownsStore = typeof options.db === 'string';
  const store = typeof options.db === 'string' ? openStore(options.db) : options.db;
  const app = createApp({
    store,
    token,
    uploadLimitBytes: options.uploadLimitBytes,
    webRoot: options.webRoot,
  });

  const server: ServerType = await new Promise((resolvePromise, reject) => {
    const s = nodeServe({ fetch: app.fetch, port, hostname: host }, () => resolvePromise(s));
    s.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}/`;
  if (!options.quiet)
    process.stdout.write(
      `entente: workbench at ${url}${token ? ' (API calls need the bearer token)' : ''}\n`,
    );
  return {
    url,
    port: address.port,
    host: address.address,
    store,
    close: () =>
      new Promise<void>((resolveClose) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => {
          if (ownsStore) store.close();
          resolveClose();
        });
      }),
  };
}
