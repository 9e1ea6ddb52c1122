// Entry of the import worker (import-pool.ts) when the server runs from its sources (tsx, tests):
// plain JavaScript, so that Node loads it in a fresh thread; it lets Node read the TypeScript
// sources, then starts the worker itself (import-worker.ts). The built server starts the built
// import-worker.ts in its place (server/build.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');
