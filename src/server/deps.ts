/**
 * What the route modules share: the store and the server's limits.
 * @module
 */
import type { Store } from '../store/store.js';

export interface AppDeps {
  store: Store;
  uploadLimitBytes: number;
}

export const DEFAULT_UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;
