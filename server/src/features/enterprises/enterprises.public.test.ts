import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/app-error';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { assertEnterpriseVisible, enterpriseSummaries, findEnterpriseByCreditCode } from './enterprises.public';
import { contextOf, insertEnterprise, withCheckChar } from './enterprises.test-helpers';

describeEachDialect('enterprises.public (what other features use of 企业库)', (dialect) => {
  let t: TestApp;
  let wuchangId: number;
  let jianganId: number;
  const wuchangCode = withCheckChar('91420106MA4K00001');
  const jianganCode = withCheckChar('91420102MA4K00002');

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    wuchangId = await insertEnterprise(t.database.db, { organisationId: await t.orgId('420106'), name: '武昌示例科技有限公司', creditCode: wuchangCode });
    jianganId = await insertEnterprise(t.database.db, { organisationId: await t.orgId('420102'), name: '江岸示例物流有限公司', creditCode: jianganCode });
  });
  afterAll(() => t.close());

  it('summarises enterprises by id with the district that serves them, leaving out ids it does not have', async () => {
    const map = await enterpriseSummaries(t.database.db, [jianganId, wuchangId, jianganId, 999_999]);
    expect([...map.keys()].sort((a, b) => a - b)).toEqual([wuchangId, jianganId].sort((a, b) => a - b));
    expect(map.get(wuchangId)).toEqual({ id: wuchangId, creditCode: wuchangCode, name: '武昌示例科技有限公司', organisationId: await t.orgId('420106'), organisationName: '武昌区' });
    expect(map.get(jianganId)?.organisationName).toBe('江岸区');
    expect((await enterpriseSummaries(t.database.db, [])).size).toBe(0);
  });

  it('finds an enterprise by its code as users type it (spaces, lower case, full-width)', async () => {
    const typed = ` ${wuchangCode.slice(0, 6)} ${wuchangCode.slice(6).toLowerCase()}`.replace('4', '４');
    expect(await findEnterpriseByCreditCode(t.database.db, typed)).toEqual({ id: wuchangId, creditCode: wuchangCode, name: '武昌示例科技有限公司', organisationId: await t.orgId('420106') });
    expect(await findEnterpriseByCreditCode(t.database.db, withCheckChar('91420106MA4K00009'))).toBeUndefined();
  });

  it('lets a district see only the enterprises it serves (404 otherwise, as for a missing one), the city all', async () => {
    const wuchang = await contextOf(t.database.db, 'wuchang');
    expect((await assertEnterpriseVisible(wuchang, t.database.db, wuchangId)).name).toBe('武昌示例科技有限公司');
    for (const id of [jianganId, 999_999]) {
      const refused = await assertEnterpriseVisible(wuchang, t.database.db, id).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).status).toBe(404);
    }
    const reviewer = await contextOf(t.database.db, 'reviewer');
    expect((await assertEnterpriseVisible(reviewer, t.database.db, jianganId)).organisationName).toBe('江岸区');
  });
});
