import { afterAll, beforeAll, expect, it } from 'vitest';
import { enterprisesListSchema } from '@hongtu/contracts/enterprises';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';

describeEachDialect('enterprises (企业库)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    for (const [code, name, creditCode] of [['420106', '武昌区的企业', '91420106MA4KXXXX0A'], ['420102', '江岸区的企业', '91420102MA4KXXXX0B']] as const) {
      await t.database.db.insertInto('enterprises').values({ organisation_id: await t.orgId(code), name, credit_code: creditCode, name_pinyin: '', name_initials: '', created_at: '2026-12-01T00:00:00.000Z', updated_at: '2026-12-01T00:00:00.000Z' }).execute();
    }
  });
  afterAll(() => t.close());

  it('shows a district only its own records, and the city all of them', async () => {
    const list = async (user: string) => {
      const response = await t.app.inject({ method: 'GET', url: '/api/enterprises', headers: { cookie: await t.login(user) } });
      expect(response.statusCode, response.body).toBe(200);
      return enterprisesListSchema.parse(response.json()).items.map((i) => i.name);
    };
    expect(await list('wuchang')).toEqual(['武昌区的企业']);
    expect(await list('reviewer')).toEqual(['武昌区的企业', '江岸区的企业']);
  });
});
