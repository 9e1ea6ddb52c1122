import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { findPublishedOpportunity } from './portal.public';

describeEachDialect('portal (门户网站)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  it('finds a published opportunity only', async () => {
    const districtId = await t.orgId('420106');
    const now = '2026-12-01T00:00:00.000Z';
    const base = { kind: 'land' as const, district_id: districtId, project_id: null, summary: 's', contact_office: '区招商局', contact_phone: '027-12345678', created_by: null, created_at: now, updated_at: now, published_at: null, withdrawn_at: null, area_mu: '12', planned_use: '工业', location: 'x', conditions: null };
    const [draft, published] = await Promise.all([
      t.database.db.insertInto('portal_opportunities').values({ ...base, title: '草稿', status: 'draft' }).returning('id').executeTakeFirstOrThrow(),
      t.database.db.insertInto('portal_opportunities').values({ ...base, title: '地块', status: 'published', published_at: now }).returning('id').executeTakeFirstOrThrow(),
    ]);
    expect(await findPublishedOpportunity(t.database, draft.id)).toBeNull();
    expect(await findPublishedOpportunity(t.database, published.id)).toEqual({ id: published.id, title: '地块', districtId, projectId: null });
  });
});
