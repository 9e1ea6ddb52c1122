import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { freshPeriod } from '../../test/permission-fixtures';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { insertProject } from '../projects/projects.test-helpers';

const PASSWORD = 'Grants#Test2026';

describeEachDialect('read grants of a department (docs/DOMAIN.md "Read grants")', (dialect) => {
  let t: TestApp;
  let admin: string;
  let reviewer: string;
  let tjj: number;
  let swj: number;
  let wuhan: number;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await t.login('admin');
    reviewer = await t.login('reviewer');
    [tjj, swj, wuhan] = [await t.orgId('WH-TJJ'), await t.orgId('WH-SWJ'), await t.orgId('420100')];
    // 统计局 has the demo's grant over Wuhan: take it away, the tests give it back.
    await t.database.db.deleteFrom('organisation_read_grants').where('department_id', '=', tjj).execute();
    for (const [username, organisationId] of [['tjj-staff', tjj], ['swj-staff', swj]] as const) {
      const created = await call('POST', '/api/users', admin, { username, displayName: username, role: 'department_staff', organisationId, password: PASSWORD });
      expect(created.statusCode, created.body).toBe(201);
    }
  });
  afterAll(() => t.close());

  function call(method: 'GET' | 'POST' | 'DELETE', url: string, cookie: string, payload?: object, locale = 'zh-CN') {
    return t.app.inject({ method, url, headers: { cookie, 'accept-language': locale }, ...(payload ? { payload } : {}) });
  }
  const overviewNames = async (cookie: string) => {
    const response = await call('GET', '/api/dashboard/overview?period=2026-03', cookie);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().rows as { organisationName: string }[]).map((r) => r.organisationName);
  };
  const audited = async (action: string) =>
    (await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute())
      .map((r) => ({ entityId: r.entity_id, actor: r.actor_name, before: JSON.parse(r.before_json ?? 'null'), after: JSON.parse(r.after_json ?? 'null') }));

  it('lets the city reviewer grant 统计局 reading the city: its staff then read every district, and no more once it is withdrawn', async () => {
    const staff = await t.login('tjj-staff', PASSWORD);
    expect(await overviewNames(staff)).toEqual([]);
    expect((await call('GET', `/api/dashboard/district/${await t.orgId('420106')}?year=2026`, staff)).statusCode).toBe(404);

    const granted = await call('POST', `/api/organisations/${tjj}/read-grants`, reviewer, { organisationId: wuhan });
    expect(granted.statusCode, granted.body).toBe(201);
    expect(granted.json()).toEqual({ departmentId: tjj, organisationId: wuhan, organisationName: '武汉市', organisationKind: 'city', createdAt: expect.any(String), createdBy: 'reviewer' });
    expect((await call('GET', `/api/organisations/${tjj}/read-grants`, admin)).json().items).toEqual([granted.json()]);
    expect((await audited('organisation.read_grant_add')).at(-1)).toEqual({
      entityId: String(tjj), actor: 'reviewer', before: null, after: { department: '武汉市统计局', organisationId: wuhan, organisation: '武汉市' },
    });

    // From the next request on: the 17 units of Wuhan, not 黄石's district; the organisation tree too.
    const names = await overviewNames(staff);
    expect(names).toHaveLength(17);
    expect(names).toEqual(expect.arrayContaining(['武昌区', '江岸区', '东湖高新区']));
    expect(names).not.toContain('西塞山区');
    expect((await call('GET', `/api/dashboard/district/${await t.orgId('420106')}?year=2026`, staff)).statusCode).toBe(200);
    expect((await call('GET', `/api/dashboard/district/${await t.orgId('420203')}?year=2026`, staff)).statusCode).toBe(404);
    const tree = (await call('GET', '/api/organisations', staff)).json().items as { code: string }[];
    expect(tree.map((o) => o.code)).toEqual(expect.arrayContaining(['420100', '420106', 'WH-TJJ']));
    expect(tree.map((o) => o.code)).not.toContain('420203');

    // Another department's staff still read nothing.
    expect(await overviewNames(await t.login('swj-staff', PASSWORD))).toEqual([]);

    const removed = await call('DELETE', `/api/organisations/${tjj}/read-grants/${wuhan}`, admin);
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await audited('organisation.read_grant_remove')).at(-1)).toEqual({
      entityId: String(tjj), actor: 'admin', before: { department: '武汉市统计局', organisationId: wuhan, organisation: '武汉市' }, after: null,
    });
    expect(await overviewNames(staff)).toEqual([]);
    expect((await call('DELETE', `/api/organisations/${tjj}/read-grants/${wuhan}`, admin)).statusCode).toBe(404);
  });

  it('refuses what a grant cannot be, in words, and writes nothing', async () => {
    const grants = async () => t.database.db.selectFrom('organisation_read_grants').selectAll().orderBy('department_id').orderBy('organisation_id').execute();
    const before = await grants();
    const refusal = async (departmentId: number, organisationId: number, cookie = admin, locale = 'zh-CN') => {
      const response = await call('POST', `/api/organisations/${departmentId}/read-grants`, cookie, { organisationId }, locale);
      return { status: response.statusCode, code: response.json().code, message: response.json().message };
    };
    expect(await refusal(await t.orgId('420106'), wuhan)).toEqual({ status: 400, code: 'READ_GRANT_NOT_DEPARTMENT', message: '只有部门可以被授予查看其他组织的权限' });
    expect(await refusal(swj, swj)).toMatchObject({ status: 400, code: 'READ_GRANT_OWN_SCOPE' });
    // 黄石市 lies outside the level of a Wuhan department; the province above it too.
    expect(await refusal(swj, await t.orgId('420200'))).toMatchObject({ status: 400, code: 'READ_GRANT_OUTSIDE_LEVEL' });
    expect(await refusal(swj, await t.orgId('420000'), admin, 'en')).toMatchObject({
      status: 400, code: 'READ_GRANT_OUTSIDE_LEVEL', message: "A department can only be granted organisations within its parent's subtree (a city department its city and districts)",
    });
    // The city reviewer cannot give what lies outside Wuhan, and nobody else may grant at all.
    expect(await refusal(swj, await t.orgId('420200'), reviewer)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(await refusal(swj, wuhan, await t.login('leader'))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(await refusal(swj, wuhan, await t.login('fgw'))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(await grants()).toEqual(before);
    // The demo's 发改委 already reads Wuhan.
    expect(await refusal(await t.orgId('WH-FGW'), wuhan)).toEqual({ status: 409, code: 'READ_GRANT_EXISTS', message: '该部门已有查看“武汉市”的权限' });
  });

  it("gives the demo's 发改委 staff the city's dashboards", async () => {
    expect(await overviewNames(await t.login('fgw'))).toHaveLength(17);
  });

  it("gives the grant to every list that reads by scope: the month's board, projects, responsibilities, period targets", async () => {
    const fgw = await t.login('fgw');
    const period = await freshPeriod(t);
    const project = await insertProject(t, '420106');
    const board = await call('GET', `/api/periods/${period.key}/board`, fgw);
    expect(board.statusCode, board.body).toBe(200);
    expect(JSON.stringify(board.json())).toContain('武昌区');
    const projects = await call('GET', '/api/projects', fgw);
    expect(projects.statusCode, projects.body).toBe(200);
    expect(projects.json().items.map((p: { id: number }) => p.id)).toContain(project);
    for (const url of ['/api/responsibilities?year=2026', '/api/period-targets?year=2026']) {
      expect((await call('GET', url, fgw)).statusCode, url).toBe(200);
    }
    // Without the grant, 统计局's staff read none of it.
    const tjjStaff = await t.login('tjj-staff', PASSWORD);
    const none = await call('GET', '/api/projects', tjjStaff);
    expect(none.statusCode === 403 || !none.json().items.some((p: { id: number }) => p.id === project), none.body).toBe(true);
  });

  it('ends with the organisation it names', async () => {
    const created = await call('POST', '/api/organisations', admin, { code: 'WH-TMP', name: '临时部门', kind: 'department', parentId: wuhan });
    const id = created.json<{ id: number }>().id;
    expect((await call('POST', `/api/organisations/${id}/read-grants`, admin, { organisationId: await t.orgId('420106') })).statusCode).toBe(201);
    expect((await call('DELETE', `/api/organisations/${id}`, admin)).statusCode).toBe(204);
    expect(await t.database.db.selectFrom('organisation_read_grants').selectAll().where('department_id', '=', id).execute()).toEqual([]);
  });
});
