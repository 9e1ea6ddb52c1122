import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/dialects';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { seedProjectsDemo } from '../projects-demo/load';
import { seedPortalOpportunitiesDemo } from './load';

describeEachDialect('portal demo opportunities', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    await seedProjectsDemo(t.database, t.clock);
  });
  afterAll(() => t.close());

  it('publishes a few demo projects and land parcels marked illustrative, once', async () => {
    expect(await seedPortalOpportunitiesDemo(t.database, t.clock)).toBe(true);
    expect(await seedPortalOpportunitiesDemo(t.database, t.clock)).toBe(false);
    const rows = await t.database.db.selectFrom('portal_opportunities').select(['id', 'kind', 'status', 'illustrative', 'project_id']).orderBy('id').execute();
    expect(rows.filter((r) => r.kind === 'project' && r.project_id !== null && r.illustrative === 0)).toHaveLength(3);
    const lands = rows.filter((r) => r.kind === 'land');
    expect(lands.length).toBe(3);
    expect(lands.every((r) => r.illustrative === 1 && r.status === 'published')).toBe(true);
    const page = await t.app.inject({ method: 'GET', url: `/portal/opportunities/${lands[0]!.id}` });
    expect(page.body).toContain('示例数据');
    const home = await t.app.inject({ method: 'GET', url: '/portal' });
    expect(home.body).toContain(`/portal/opportunities/${rows[rows.length - 1]!.id}`);
  });
});
