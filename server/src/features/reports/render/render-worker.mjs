// Entry of the report render worker (render-pool.ts) when the server runs from its sources (tsx,
// tests): plain JavaScript, so that Node loads it in a fresh thread; it lets Node read the
// TypeScript sources, then starts the worker itself (render-worker.ts). The built server starts
// the built render-worker.ts in its place (server/build.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');
