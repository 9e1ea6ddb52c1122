import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_URL, describeEachDialect } from '../test/dialects';
import { buildTestApp, type TestApp } from '../test/test-app';
import { sql } from 'kysely';
import { openPostgres, openSqlite } from '../db/connection';
import { auditHead } from '../platform/audit/audit-verify';
import { backupDatabase, headFileOf, restoreDatabase } from './backup';
import { holdServerLock } from './server-lock';

describeEachDialect('backup → restore → verify', (dialect) => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongtu-backup-'));
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const names = async () =>
    (await t.database.db.selectFrom('organisations').select('name').orderBy('id').execute()).map((r) => r.name);

  it('restores exactly the state at backup time, with the audit chain intact', async () => {
    const admin = await t.login('admin');
    const parentId = await t.orgId('420106');
    const created = await t.app.inject({
      method: 'POST', url: '/api/organisations', headers: { cookie: admin },
      payload: { code: 'BK-ST1', name: '备份前街道', kind: 'street', parentId },
    });
    expect(created.statusCode).toBe(201);
    const expectedNames = await names();
    const file = path.join(dir, dialect === 'sqlite' ? 'hongtu.sqlite' : 'hongtu.dump');
    const pg = { url: PG_URL, schema: t.database.location };

    const backup = await backupDatabase(t.database, file, pg);
    expect(backup.ok).toBe(true);
    expect(backup.rowCounts.organisations).toBe(expectedNames.length);

    // Work goes on after the backup and is then lost by the restore.
    const after = await t.app.inject({
      method: 'POST', url: '/api/organisations', headers: { cookie: admin },
      payload: { code: 'BK-ST2', name: '备份后街道', kind: 'street', parentId },
    });
    expect(after.statusCode).toBe(201);
    expect(await names()).toContain('备份后街道');

    await t.app.close();
    const location = t.database.location;
    await t.database.close();
    const restored = dialect === 'sqlite'
      ? await restoreDatabase({ dialect: 'sqlite', file: location }, file)
      : await restoreDatabase({ dialect: 'postgres', pg }, file);
    expect(restored.ok).toBe(true);
    expect(restored.audit.intact).toBe(true);
    expect(restored.rowCounts).toEqual(backup.rowCounts);

    // Reopen through the harness's own location to read the restored rows.
    const { openSqlite, openPostgres } = await import('../db/connection');
    const reopened = dialect === 'sqlite' ? openSqlite(location) : openPostgres(PG_URL, { schema: location });
    const restoredNames = (await reopened.db.selectFrom('organisations').select('name').orderBy('id').execute()).map((r) => r.name);
    await reopened.close();
    expect(restoredNames).toEqual(expectedNames);
    expect(restoredNames).not.toContain('备份后街道');
    // Both were closed above for the restore; afterAll only has the files and schema left to remove.
    t.database.close = async () => undefined;
    t.app.close = (async () => undefined) as unknown as typeof t.app.close;
  });
});

describeEachDialect('restore of a backup whose audit rows were edited', (dialect) => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongtu-backup-'));
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Edits an audit row behind the application's back (triggers off), as an intruder would. */
  async function tamper(statement: ReturnType<typeof sql>) {
    const db = t.database.db;
    if (dialect === 'sqlite') {
      await sql`drop trigger audit_log_no_update`.execute(db);
      await statement.execute(db);
      await sql`create trigger audit_log_no_update before update on audit_log begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
    } else {
      await sql`alter table audit_log disable trigger audit_log_no_change`.execute(db);
      await statement.execute(db);
      await sql`alter table audit_log enable trigger audit_log_no_change`.execute(db);
    }
  }

  it('is refused before anything live is replaced', async () => {
    const admin = await t.login('admin');
    const parentId = await t.orgId('420106');
    const created = await t.app.inject({ method: 'POST', url: '/api/organisations', headers: { cookie: admin }, payload: { code: 'TMP-1', name: '篡改前街道', kind: 'street', parentId } });
    expect(created.statusCode).toBe(201);
    // A dump of a database whose audit trail was edited: well-formed, but not sound.
    await tamper(sql`update audit_log set after_json = '{"name":"forged"}' where action = 'organisation.create'`);
    const file = path.join(dir, dialect === 'sqlite' ? 'tampered.sqlite' : 'tampered.dump');
    const pg = { url: PG_URL, schema: t.database.location };
    const tampered = await backupDatabase(t.database, file, pg);
    expect(tampered.ok).toBe(false);
    // Repair the live trail (the intruder's edit undone) so that the live database is sound again.
    await tamper(sql`update audit_log set after_json = ${JSON.stringify(created.json())} where action = 'organisation.create'`);
    const liveBefore = (await t.database.db.selectFrom('organisations').select('code').orderBy('id').execute()).map((r) => r.code);

    const location = t.database.location;
    if (dialect === 'sqlite') {
      await t.app.close();
      await t.database.close();
      await expect(restoreDatabase({ dialect: 'sqlite', file: location }, file)).rejects.toThrow(/integrity check/);
      const { openSqlite } = await import('../db/connection');
      const reopened = openSqlite(location);
      const codes = (await reopened.db.selectFrom('organisations').select('code').orderBy('id').execute()).map((r) => r.code);
      await reopened.close();
      expect(codes).toEqual(liveBefore);
      t.database.close = async () => undefined;
      t.app.close = (async () => undefined) as unknown as typeof t.app.close;
    } else {
      await expect(restoreDatabase({ dialect: 'postgres', pg }, file)).rejects.toThrow(/integrity check/);
      const codes = (await t.database.db.selectFrom('organisations').select('code').orderBy('id').execute()).map((r) => r.code);
      expect(codes).toEqual(liveBefore);
      const verified = await t.app.inject({ method: 'GET', url: '/api/audit/verify', headers: { cookie: await t.login('auditor') } });
      expect(verified.json()).toMatchObject({ intact: true });
    }
  });
});

describe('restore into a SQLite file a running server holds', () => {
  it('is refused, and the file is left as it is', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongtu-backup-'));
    const target = path.join(dir, 'live.sqlite');
    const backup = path.join(dir, 'backup.sqlite');
    fs.writeFileSync(target, 'live data');
    fs.writeFileSync(backup, 'irrelevant');
    const release = holdServerLock(target);
    try {
      await expect(restoreDatabase({ dialect: 'sqlite', file: target }, backup)).rejects.toThrow(/running/);
      expect(fs.readFileSync(target, 'utf8')).toBe('live data');
    } finally {
      release();
    }
    expect(fs.existsSync(`${target}.server.pid`)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('restore of a SQLite file', () => {
  it('refuses a file that is not a sound backup and leaves the database untouched', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongtu-backup-'));
    const bogus = path.join(dir, 'bogus.sqlite');
    fs.writeFileSync(bogus, 'not a database');
    const target = path.join(dir, 'target.sqlite');
    fs.writeFileSync(target, 'keep me');
    await expect(restoreDatabase({ dialect: 'sqlite', file: target }, bogus)).rejects.toThrow();
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describeEachDialect('the head of the audit trail kept with a backup', (dialect) => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongtu-backup-'));
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is written beside the backup (and inside a SQLite one), and a restore must reach it and every head given', async () => {
    const admin = await t.login('admin');
    const parentId = await t.orgId('420106');
    const create = async (code: string) => {
      const response = await t.app.inject({ method: 'POST', url: '/api/organisations', headers: { cookie: admin }, payload: { code, name: `街道${code}`, kind: 'street', parentId } });
      expect(response.statusCode).toBe(201);
    };
    await create('HD-1');
    const file = path.join(dir, dialect === 'sqlite' ? 'head.sqlite' : 'head.dump');
    const pg = { url: PG_URL, schema: t.database.location };
    const atBackup = await auditHead(t.database.db);
    const backup = await backupDatabase(t.database, file, pg, t.clock);
    expect(backup.ok).toBe(true);
    expect(backup.head).toEqual({ ...atBackup, at: t.clock.now().toISOString() });
    expect(JSON.parse(fs.readFileSync(headFileOf(file), 'utf8'))).toEqual(backup.head);
    if (dialect === 'sqlite') {
      const copy = openSqlite(file);
      const inside = await sql<{ id: number; hash: string }>`select id, hash from hongtu_backup_head`.execute(copy.db);
      await copy.close();
      expect(inside.rows).toEqual([{ id: atBackup!.id, hash: atBackup!.hash }]);
    }

    // Work goes on; a head kept after the backup is beyond what the backup holds.
    await create('HD-2');
    const later = (await auditHead(t.database.db))!;
    const location = t.database.location;
    const spec = dialect === 'sqlite' ? { dialect: 'sqlite' as const, file: location } : { dialect: 'postgres' as const, pg };
    const liveCodes = async () => {
      const handle = dialect === 'sqlite' ? openSqlite(location) : openPostgres(PG_URL, { schema: location });
      try {
        return (await handle.db.selectFrom('organisations').select('code').orderBy('id').execute()).map((r) => r.code);
      } finally {
        await handle.close();
      }
    };
    await t.app.close();
    await t.database.close();
    t.database.close = async () => undefined;
    t.app.close = (async () => undefined) as unknown as typeof t.app.close;

    await expect(restoreDatabase(spec, file, [later])).rejects.toThrow(/truncated.*nothing was replaced/);
    expect(await liveCodes()).toContain('HD-2');

    // A head file that names another row at the backup's head: the backup is not the one recorded.
    const kept = fs.readFileSync(headFileOf(file), 'utf8');
    fs.writeFileSync(headFileOf(file), JSON.stringify({ ...backup.head, hash: 'f'.repeat(64) }));
    await expect(restoreDatabase(spec, file)).rejects.toThrow(/anchor_mismatch.*nothing was replaced/);
    expect(await liveCodes()).toContain('HD-2');
    fs.writeFileSync(headFileOf(file), kept);

    if (dialect === 'sqlite') {
      // The backup file itself shortened after it was written (its newest audit row deleted).
      const shortened = path.join(dir, 'shortened.sqlite');
      fs.copyFileSync(file, shortened);
      const copy = openSqlite(shortened);
      await sql`drop trigger audit_log_no_delete`.execute(copy.db);
      await sql`delete from audit_log where id = ${atBackup!.id}`.execute(copy.db);
      await copy.close();
      await expect(restoreDatabase(spec, shortened)).rejects.toThrow(/truncated.*nothing was replaced/);
      expect(await liveCodes()).toContain('HD-2');
    }

    const restored = await restoreDatabase(spec, file, [{ id: atBackup!.id, hash: atBackup!.hash }]);
    expect(restored.ok).toBe(true);
    expect(restored.anchors).toBe(2);
    expect(await liveCodes()).not.toContain('HD-2');
    if (dialect === 'sqlite') {
      const live = openSqlite(location);
      const tables = await sql<{ name: string }>`select name from sqlite_master where name = 'hongtu_backup_head'`.execute(live.db);
      await live.close();
      expect(tables.rows).toEqual([]);
    }
  });
});
