import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from './dialects';
import { buildTestApp, type TestApp } from './test-app';
import { SNAPSHOT_TABLES, SNAPSHOT_TABLE_NAMES, listColumns, listDatabaseTables, snapshotDatabase } from './db-snapshot';

describeEachDialect('the "refused request changes nothing" snapshot', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  it('covers exactly the tables the migrated database has', async () => {
    expect(SNAPSHOT_TABLE_NAMES).toEqual(await listDatabaseTables(t.database.db, dialect));
  });

  it('names only real columns as keys and exceptions', async () => {
    for (const [table, rule] of Object.entries(SNAPSHOT_TABLES)) {
      const columns = await listColumns(t.database.db, dialect, table);
      const loose = rule as { key: readonly string[]; mayChange?: object; refusalRows?: { column: string } };
      const named = [...loose.key, ...Object.keys(loose.mayChange ?? {}), ...(loose.refusalRows ? [loose.refusalRows.column] : [])];
      for (const column of named) expect(columns, `${table}.${column}`).toContain(column);
    }
  });

  it('is stable when nothing changes', async () => {
    expect(await snapshotDatabase(t.database.db)).toBe(await snapshotDatabase(t.database.db));
  });

  it('sees a change in a table beyond users and organisations', async () => {
    const before = await snapshotDatabase(t.database.db);
    const rule = await t.database.db.selectFrom('warning_rules').select(['id', 'enabled']).orderBy('id').executeTakeFirstOrThrow();
    await t.database.db.updateTable('warning_rules').set({ enabled: rule.enabled === 1 ? 0 : 1 }).where('id', '=', rule.id).execute();
    expect(await snapshotDatabase(t.database.db)).not.toBe(before);
    await t.database.db.updateTable('warning_rules').set({ enabled: rule.enabled }).where('id', '=', rule.id).execute();
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });

  it('sees a new session and a new audit row that is not a denial, but not a refreshed session or a denial', async () => {
    const before = await snapshotDatabase(t.database.db);
    await t.login('admin');
    const afterLogin = await snapshotDatabase(t.database.db);
    expect(afterLogin).not.toBe(before);

    const session = await t.database.db.selectFrom('sessions').select('id').executeTakeFirstOrThrow();
    await t.database.db.updateTable('sessions').set({ last_seen_at: new Date(Date.UTC(2030, 0, 1)).toISOString() }).where('id', '=', session.id).execute();
    expect(await snapshotDatabase(t.database.db)).toBe(afterLogin);

    const refused = await t.app.inject({ method: 'GET', url: '/api/users' });
    expect(refused.statusCode).toBe(401);
    expect(await snapshotDatabase(t.database.db)).toBe(afterLogin);
  });

  it('leaves out the audit row of the refusal under test, and only that kind', async () => {
    const admin = await t.login('admin');
    const [denied, failed] = [await snapshotDatabase(t.database.db, 'denied'), await snapshotDatabase(t.database.db, 'failed')];
    const refused = await t.app.inject({ method: 'POST', url: '/api/organisations', headers: { cookie: admin }, payload: { code: '' } });
    expect(refused.statusCode).toBe(400);
    expect(await snapshotDatabase(t.database.db, 'failed')).toBe(failed);
    expect(await snapshotDatabase(t.database.db, 'denied')).not.toBe(denied);
  });
});
