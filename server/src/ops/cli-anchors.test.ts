import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditCheckpoint } from '@hongtu/contracts';
import { openSqlite } from '../db/connection';
import { prepareDatabase } from '../db/prepare';
import { seedDemo } from '../db/seed/demo';
import { AuditTrail } from '../platform/audit/audit-trail';
import { auditHead } from '../platform/audit/audit-verify';
import { TestClock } from '../test/test-clock';

const SERVER_DIR = path.resolve(import.meta.dirname, '../..');

// The command line as an operator runs it (each run starts Node and prepares the database: a few
// seconds, so the case has a long timeout — a safety net, not a speed check), on a SQLite file: backup keeps the head, verify takes
// --anchor (id:hash or a file) and the checkpoint log, restore starts a new history in the log.
describe('hongtu backup / verify --anchor / restore on the command line', () => {
  let dir: string;
  let file: string;
  let env: Record<string, string>;
  const clock = new TestClock();
  const hongtu = (...args: string[]) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: SERVER_DIR, env: { ...process.env, ...env, DATABASE_URL: '', LOG_LEVEL: 'error' }, encoding: 'utf8',
    });
    return { status: result.status, out: `${result.stdout}${result.stderr}` };
  };
  const withDatabase = async <T>(work: (db: ReturnType<typeof openSqlite>) => Promise<T>): Promise<T> => {
    const handle = openSqlite(file);
    try {
      return await work(handle);
    } finally {
      await handle.close();
    }
  };
  const checkpoints = () => fs.readFileSync(path.join(dir, 'audit-checkpoints.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as AuditCheckpoint);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongtu-cli-'));
    file = path.join(dir, 'hongtu.sqlite');
    env = { HONGTU_DATA_DIR: dir, HONGTU_SQLITE_FILE: file };
    await withDatabase(async (handle) => {
      await prepareDatabase(handle, clock);
      await seedDemo(handle, clock);
    });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps the head with the backup, reports a trail shortened since a kept head, and restores into a new history', async () => {
    const backupFile = path.join(dir, 'backups', 'b.sqlite');
    const backup = hongtu('backup', backupFile);
    expect(backup.out).toMatch(/audit head: row \d+/);
    expect(backup.status, backup.out).toBe(0);
    const atBackup = JSON.parse(fs.readFileSync(`${backupFile}.head.json`, 'utf8')) as AuditCheckpoint;
    expect(checkpoints().map((c) => [c.reason, c.id, c.hash])).toEqual([['backup', atBackup.id, atBackup.hash]]);

    // Work after the backup; the auditor keeps the newer head.
    const kept = await withDatabase(async (handle) => {
      const trail = new AuditTrail(handle.db, 'sqlite', clock);
      for (let i = 0; i < 3; i += 1) await trail.appendAlone(null, { action: 'system.seed_demo', entityType: 'system', after: { i } });
      return (await auditHead(handle.db))!;
    });
    const keptFile = path.join(dir, 'kept.json');
    fs.writeFileSync(keptFile, JSON.stringify({ ...kept, at: clock.now().toISOString() }));
    const reached = hongtu('verify', '--anchor', `${kept.id}:${kept.hash}`, '--anchor', keptFile);
    expect(reached.out).toMatch(/audit chain intact \(\d+ rows, reaches all 3 kept heads\)/);
    expect(reached.out).toMatch(/checkpoints: 1 head/);
    expect(reached.status, reached.out).toBe(0);

    // The newest row deleted behind the application's back: the chain still links, the kept head is not reached.
    await withDatabase(async (handle) => {
      await sql`drop trigger audit_log_no_delete`.execute(handle.db);
      await sql`delete from audit_log where id = ${kept.id}`.execute(handle.db);
    });
    const shortened = hongtu('verify', '--anchor', keptFile);
    expect(shortened.out).toMatch(new RegExp(`audit chain BROKEN at row ${kept.id} \\(truncated\\)`));
    expect(shortened.status).toBe(1);
    expect(hongtu('verify', '--anchor', 'nonsense.json').out).toMatch(/--anchor nonsense\.json/);

    // A restore is checked against the backup's head and any given, and starts a new history in the log.
    const refused = hongtu('restore', backupFile, '--anchor', keptFile);
    expect(refused.out).toMatch(/truncated.*nothing was replaced/);
    expect(refused.status).toBe(1);
    const restored = hongtu('restore', backupFile);
    expect(restored.status, restored.out).toBe(0);
    expect(checkpoints().at(-1)).toMatchObject({ reason: 'restore', id: atBackup.id, hash: atBackup.hash });
    const after = hongtu('verify');
    expect(after.out).toMatch(/checkpoints: 1 head/);
    expect(after.status, after.out).toBe(0);
  }, 180_000);
});
