import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_URL, describeEachDialect } from '../test/dialects';
import { buildTestApp, type TestApp } from '../test/test-app';
import { backupDatabase, restoreDatabase } from './backup';

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
