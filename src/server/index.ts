/**
 * The web workbench: a hono app over the store and a Node server for it.
 * @module
 */
export { type AppOptions, createApp, defaultWebRoot } from './app.js';
export { buildOpenApi } from './openapi.js';
export { type RunningServer, type ServeOptions, ServeRefusedError, serve } from './serve.js';
