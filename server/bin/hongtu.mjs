#!/usr/bin/env node
// `hongtu create-admin|backup|restore|verify|migrate|seed-demo`: the built CLI (dist/cli.mjs,
// written by `npm run build -w server` and by `npm run serve`) when there is one, else the
// TypeScript sources through tsx (development).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist', 'cli.mjs');
const args = existsSync(built) ? [built] : ['--import', 'tsx', path.join(root, 'src', 'cli.ts')];
const result = spawnSync(process.execPath, [...args, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
