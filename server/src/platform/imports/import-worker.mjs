// Entry of the import worker (import-pool.ts): plain JavaScript, so that Node loads it whether the
// server runs through tsx or a test runner; it lets Node read the TypeScript sources, then starts
// the worker itself (import-worker.ts).
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');
