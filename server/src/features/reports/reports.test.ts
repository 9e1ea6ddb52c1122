import { afterAll, beforeAll, expect, it } from 'vitest';
import { reportListSchema } from '@hongtu/contracts/reports';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';

describeEachDialect('reports (报告)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    for (const [code, title] of [['420106', '武昌区的记录'], ['420102', '江岸区的记录']] as const) {
      const user = await t.database.db.selectFrom('users').select('id').orderBy('id').executeTakeFirstOrThrow();
      await t.database.db.insertInto('reports').values({
        kind: 'monthly-bulletin', period_key: '2022-09', organisation_id: await t.orgId(code), revision: 1, provisional: 0, title,
        snapshot_hash: 'h', snapshot_published_at: '2026-12-01T00:00:00.000Z', document_json: '{}', docx_key: 'k', docx_sha256: 's',
        xlsx_key: 'k', xlsx_sha256: 's', template_id: null, job_id: null, generated_by: user.id, generated_at: '2026-12-01T00:00:00.000Z',
      }).execute();
    }
  });
  afterAll(() => t.close());

  it('shows a district only its own records, and the city all of them', async () => {
    const list = async (user: string) => {
      const response = await t.app.inject({ method: 'GET', url: '/api/reports', headers: { cookie: await t.login(user) } });
      expect(response.statusCode, response.body).toBe(200);
      return reportListSchema.parse(response.json()).items.map((i) => i.title);
    };
    expect(await list('wuchang')).toEqual(['武昌区的记录']);
    expect(await list('reviewer')).toEqual(['武昌区的记录', '江岸区的记录']);
  });
});
