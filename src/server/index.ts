/**
 * The web workbench: a hono app over the store and a Node server for it.
 * @module
 */
export { createApp, defaultWebRoot, type AppOptions } from './app.js';
export { serve, ServeRefusedError, type RunningServer, type ServeOptions } from './serve.js';
export { buildOpenApi } from './openapi.js';
