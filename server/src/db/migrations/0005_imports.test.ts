import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { down, up } from './0005_imports';

describeEachDialect('Migration 0005: one imports table, the batches of 0002 and 0003 copied into it', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  it('copies figure batches with their ids and target batches after them, keeping their old id; new rows come after both', async () => {
    const db = t.database.db;
    await down(db);
    const user = await t.userId('wuchang');
    const org = await t.orgId('420106');
    const period = await db.insertInto('reporting_periods').values({ year: 2099, month: 3, deadline: 'x', status: 'open', created_at: 'x' })
      .returning('id').executeTakeFirstOrThrow();
    const figures = (blocking: boolean) => JSON.stringify({ submissionVersion: 0, blocking, problems: blocking ? 2 : 0, figures: [{ indicatorCode: 'gdp' }, { indicatorCode: 'fdi' }] });
    for (const [id, blocking, status] of [[7, true, 'checked'], [9, false, 'committed']] as const) {
      await db.insertInto('import_batches').values({
        id, organisation_id: org, period_id: period.id, file_sha256: `sha${id}`, file_name: `f${id}.xlsx`, status,
        rows_json: figures(blocking), created_by: user, created_at: 'c', committed_at: status === 'committed' ? 'd' : null,
      }).execute();
    }
    await db.insertInto('target_import_batches').values({
      id: 3, year: 2026, file_sha256: 'tsha', file_name: 't.xlsx', status: 'committed', blocking: 0, row_count: 5, problem_count: 0,
      rows_json: '[]', before_json: '[{"version":1}]', created_by: user, created_at: 'c', committed_by: user, committed_at: 'd',
    }).execute();

    await up(db);
    const rows = await db.selectFrom('imports').selectAll().orderBy('id').execute();
    expect(rows.map((r) => [r.id, r.kind, JSON.parse(r.subject), r.organisation_id, r.status, r.blocking, r.row_count, r.problem_count, r.legacy_id])).toEqual([
      [7, 'figures', { organisationId: org, periodId: period.id }, org, 'checked', 1, 2, 2, null],
      [9, 'figures', { organisationId: org, periodId: period.id }, org, 'committed', 0, 2, 0, null],
      [10, 'targets', { year: 2026 }, null, 'committed', 0, 5, 0, 3],
    ]);
    expect(rows[2]).toMatchObject({ file_sha256: 'tsha', before_json: '[{"version":1}]', committed_by: user, committed_at: 'd' });
    const next = await db.insertInto('imports').values({
      kind: 'targets', subject: '{"year":2027}', organisation_id: null, file_sha256: 'n', file_name: 'n.xlsx', status: 'checked', blocking: 0,
      row_count: 0, problem_count: 0, rows_json: '[]', before_json: null, created_by: user, created_at: 'c', committed_by: null, committed_at: null, legacy_id: null,
    }).returning('id').executeTakeFirstOrThrow();
    expect(next.id).toBe(11);
  });
});
