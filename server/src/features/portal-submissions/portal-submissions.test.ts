import { afterAll, beforeAll, expect, it } from 'vitest';
import { portalSubmissionsListSchema } from '@hongtu/contracts/portal-submissions';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';

describeEachDialect('portal-submissions (门户来信)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    for (const [code, title] of [['420106', '武昌区的记录'], ['420102', '江岸区的记录']] as const) {
      await t.database.db.insertInto('portal_submissions').values({ organisation_id: await t.orgId(code), title, created_at: '2026-12-01T00:00:00.000Z' }).execute();
    }
  });
  afterAll(() => t.close());

  it('shows a district only its own records, and the city all of them', async () => {
    const list = async (user: string) => {
      const response = await t.app.inject({ method: 'GET', url: '/api/portal-submissions', headers: { cookie: await t.login(user) } });
      expect(response.statusCode, response.body).toBe(200);
      return portalSubmissionsListSchema.parse(response.json()).items.map((i) => i.title);
    };
    expect(await list('wuchang')).toEqual(['武昌区的记录']);
    expect(await list('reviewer')).toEqual(['武昌区的记录', '江岸区的记录']);
  });
});
