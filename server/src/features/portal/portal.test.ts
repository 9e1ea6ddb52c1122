import { afterAll, beforeAll, expect, it } from 'vitest';
import { portalOpportunitySchema, type PortalOpportunity } from '@hongtu/contracts/portal';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { seedProjectsDemo } from '../../db/seed/projects-demo/load';
import { findPublishedOpportunity } from './portal.public';

describeEachDialect('portal opportunities (投资机会)', (dialect) => {
  let t: TestApp;
  let reviewer: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    await seedProjectsDemo(t.database, t.clock);
    reviewer = await t.login('reviewer');
  });
  afterAll(() => t.close());

  const call = (url: string, payload?: Record<string, unknown>, cookie = reviewer) =>
    t.app.inject({ method: payload ? 'POST' : 'GET', url, payload, headers: { cookie } });
  const land = async () => ({ kind: 'land', districtId: await t.orgId('420106'), title: '武昌滨江商务区地块', summary: '临江商务用地', areaMu: '35.5', plannedUse: '商务金融用地', location: '武昌区滨江大道', contactOffice: '武昌区招商局', contactPhone: '027-88886666' });

  it('writes a draft, publishes and withdraws it, each audited; the public sees it only while published', async () => {
    const created = await call('/api/portal/opportunities', await land());
    expect(created.statusCode, created.body).toBe(201);
    const draft: PortalOpportunity = portalOpportunitySchema.parse(created.json());
    expect(draft.status).toBe('draft');
    expect(await findPublishedOpportunity(t.database, draft.id)).toBeNull();
    expect((await t.app.inject({ method: 'GET', url: `/portal/opportunities/${draft.id}` })).statusCode).toBe(404);

    const published = await call(`/api/portal/opportunities/${draft.id}/publish`, { version: draft.version });
    expect(published.statusCode, published.body).toBe(200);
    expect(await findPublishedOpportunity(t.database, draft.id)).toEqual({ id: draft.id, title: '武昌滨江商务区地块', districtId: await t.orgId('420106'), projectId: null });
    const page = await t.app.inject({ method: 'GET', url: `/portal/en/opportunities/${draft.id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('35.5 mu');

    // An older version is refused and changes nothing.
    expect((await call(`/api/portal/opportunities/${draft.id}/withdraw`, { version: draft.version })).statusCode).toBe(409);
    const withdrawn = await call(`/api/portal/opportunities/${draft.id}/withdraw`, { version: draft.version + 1 });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/portal/opportunities/${draft.id}` })).statusCode).toBe(404);

    const actions = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'portal_opportunity').where('entity_id', '=', String(draft.id)).orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['portal_opportunity.create', 'portal_opportunity.publish', 'portal_opportunity.withdraw']);
  });

  it('links a project and shows only its public facts', async () => {
    const project = await t.database.db.selectFrom('projects').select(['id', 'name', 'organisation_id', 'owner_name', 'contact_leader']).orderBy('id').executeTakeFirstOrThrow();
    const created = await call('/api/portal/opportunities', { kind: 'project', projectId: project.id, title: '招商合作项目', summary: '寻求合作方', contactOffice: '区发改局', contactPhone: '027-66668888' });
    expect(created.statusCode, created.body).toBe(201);
    const o = portalOpportunitySchema.parse(created.json());
    expect(o.districtId).toBe(project.organisation_id);
    await call(`/api/portal/opportunities/${o.id}/publish`, { version: o.version });
    const page = await t.app.inject({ method: 'GET', url: `/portal/opportunities/${o.id}` });
    expect(page.body).toContain(project.name.replace(/&/g, '&amp;'));
    if (project.contact_leader) expect(page.body).not.toContain(project.contact_leader);
  });

  it('refuses bad input with a clear message and writes nothing', async () => {
    const before = await t.database.db.selectFrom('portal_opportunities').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    const badPhone = await call('/api/portal/opportunities', { ...(await land()), contactPhone: 'call Mr Li' });
    expect(badPhone.statusCode).toBe(400);
    const badProject = await call('/api/portal/opportunities', { kind: 'project', projectId: 99999999, title: 't', summary: 's', contactOffice: 'o', contactPhone: '027-12345678' });
    expect(badProject.statusCode).toBe(422);
    expect(badProject.json().message).toBe('没有找到所选的重大项目');
    const cityId = (await t.database.db.selectFrom('organisations').select('id').where('kind', '=', 'city').executeTakeFirstOrThrow()).id;
    expect((await call('/api/portal/opportunities', { ...(await land()), districtId: cityId })).statusCode).toBe(422);
    const after = await t.database.db.selectFrom('portal_opportunities').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('keeps district operators out of the staff routes', async () => {
    const operator = await t.login('wuchang');
    expect((await call('/api/portal/opportunities', undefined, operator)).statusCode).toBe(403);
    expect((await call('/api/portal/opportunities', await land(), operator)).statusCode).toBe(403);
  });
});
