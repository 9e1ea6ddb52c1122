#!/usr/bin/env node
// `hongtu create-admin|backup|restore|verify|migrate|seed-demo`: the built CLI (dist/cli.mjs,
// written by `npm run build -w server` and by `npm run serve`) when there is one and no source
// is newer than it, else the TypeScript sources through tsx (development).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist', 'cli.mjs');
const sources = [path.join(root, 'src'), path.join(root, '..', 'packages', 'domain', 'src'), path.join(root, '..', 'packages', 'contracts', 'src')];

/** Whether a file under dir changed after time (a deployment without the sources has none). */
function changedSince(dir, time) {
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { withFileTypes: true }).some((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? changedSince(full, time) : statSync(full).mtimeMs > time;
  });
}

const useBuilt = existsSync(built) && !sources.some((dir) => changedSince(dir, statSync(built).mtimeMs));
const args = useBuilt ? [built] : ['--import', 'tsx', path.join(root, 'src', 'cli.ts')];
const result = spawnSync(process.execPath, [...args, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
