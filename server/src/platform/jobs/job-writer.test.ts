import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CHECK = fileURLToPath(new URL('./job-writer.close-check.ts', import.meta.url));
const SERVER_DIR = fileURLToPath(new URL('../../..', import.meta.url));

describe('the job writer thread', () => {
  // In a test runner something else always keeps the process alive, so the close is checked in a
  // process of its own where nothing does: an unreferenced writer let such a process end inside
  // close(), and the rest of a server's shutdown never ran.
  it('closes in a process with nothing else alive, and the caller goes on after it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hongtu-job-writer-'));
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', CHECK, path.join(dir, 'jobs.db')], { cwd: SERVER_DIR, encoding: 'utf8', timeout: 60_000 });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout.trim()).toBe('closed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
