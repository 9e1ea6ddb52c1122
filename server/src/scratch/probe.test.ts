import { afterAll, beforeAll, it } from 'vitest';
import { describeEachDialect } from '../test/dialects';
import { buildTestApp, type TestApp } from '../test/test-app';

describeEachDialect('probe', (dialect) => {
  let t: TestApp;
  beforeAll(async () => { t = await buildTestApp(dialect); });
  afterAll(() => t.close());
  it('probe', async () => {
    const admin = await t.login('admin');
    const show = (label: string, r: { statusCode: number; body: string; headers: Record<string, unknown> }) => console.log(dialect, label, r.statusCode, r.body.slice(0, 400));
    show('nul login', await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'adm\u0000in', password: 'x' } }));
    show('big parent', await t.app.inject({ method: 'POST', url: '/api/organisations', headers: { cookie: admin }, payload: { code: 'x1', name: 'x', kind: 'street', parentId: 3000000000 } }));
    show('big member', await t.app.inject({ method: 'PUT', url: '/api/organisation-groups/1/members', headers: { cookie: admin }, payload: { organisationIds: [3000000000] } }));
    show('big user org', await t.app.inject({ method: 'PATCH', url: `/api/users/${await t.userId('wuchang')}`, headers: { cookie: admin }, payload: { organisationId: 3000000000, version: 1 } }));
    show('nul q', await t.app.inject({ method: 'GET', url: '/api/users?q=%00', headers: { cookie: admin } }));
    show('upper q', await t.app.inject({ method: 'GET', url: '/api/users?q=WUCHANG', headers: { cookie: admin } }));
    show('unknown', await t.app.inject({ method: 'POST', url: '/api/organisations', headers: { cookie: admin, 'accept-language': 'en' }, payload: { code: 'x1', name: 'x', kind: 'street', parentId: 3, extra: 1 } }));
    show('wrongtype', await t.app.inject({ method: 'POST', url: '/api/users', headers: { cookie: admin, 'accept-language': 'zh-TW' }, payload: { username: 'abc', displayName: 'x', role: 'leader', organisationId: 'abc', password: 'short' } }));
    show('badjson', await t.app.inject({ method: 'POST', url: '/api/organisations', headers: { cookie: admin, 'content-type': 'application/json' }, payload: '{"code":' }));
    show('same origin default', await t.app.inject({ method: 'PUT', url: '/api/auth/locale', headers: { cookie: admin, origin: 'http://localhost' }, payload: { locale: 'en' } }));
    show('same origin 80', await t.app.inject({ method: 'PUT', url: '/api/auth/locale', headers: { cookie: admin, origin: 'http://localhost:80' }, payload: { locale: 'en' } }));
    show('big', await t.app.inject({ method: 'POST', url: '/api/organisations', headers: { cookie: admin }, payload: { code: 'x'.repeat(1024 * 1024 + 10) } }));
    show('street member', await t.app.inject({ method: 'PUT', url: '/api/organisation-groups/1/members', headers: { cookie: admin }, payload: { organisationIds: [(await t.orgId('420106-ZNL'))] } }));
  });
});
