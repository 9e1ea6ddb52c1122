import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@hongtu/contracts';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { snapshotDatabase } from '../../test/db-snapshot';
import { loadRouteTable } from './permissions.spec-table';

const ROUTE_TABLE = await loadRouteTable();

const PASSWORD = 'Scope#Test2026';

/**
 * Everything a denied request must leave untouched: every table (see test/db-snapshot.ts), once
 * the jobs queued by earlier (allowed) cases have ended.
 */
const snapshot = async (t: TestApp): Promise<string> => {
  await t.app.jobs.runner.idle();
  return snapshotDatabase(t.database.db);
};

async function deniedCount(t: TestApp): Promise<number> {
  const row = await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).where('result', '=', 'denied').executeTakeFirstOrThrow();
  return Number(row.n);
}

describeEachDialect('permission table (role × action × own / other organisation)', (dialect) => {
  let t: TestApp;
  const cookies = new Map<Role, string>();

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    // One actor per role, all in 武昌区, so "own" and "other" mean the same for each.
    const admin = await t.login('admin');
    const wuchang = await t.orgId('420106');
    for (const role of ROLES) {
      const username = `scope_${role}`.replaceAll('_', '-');
      const created = await t.app.inject({
        method: 'POST', url: '/api/users', headers: { cookie: admin },
        payload: { username, displayName: role, role, organisationId: wuchang, password: PASSWORD },
      });
      expect(created.statusCode, created.body).toBe(201);
      cookies.set(role, await t.login(username, PASSWORD));
    }
  });
  afterAll(() => t.close());

  it('lists every API route the server registers, and only those', () => {
    const registered = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
    expect(registered).toEqual(Object.keys(ROUTE_TABLE).sort());
  });

  it('declares an access rule on every API route', () => {
    const undeclared = t.app.apiRoutes.filter((r) => r.access === undefined);
    expect(undeclared).toEqual([]);
  });

  for (const [key, spec] of Object.entries(ROUTE_TABLE)) {
    const [method, _url] = key.split(' ') as [string, string];
    describe(key, () => {
      if (spec.allowed !== 'public') {
        it('refuses a request without a session with 401 and changes nothing', async () => {
          const { url, payload } = await spec.request(t, 'own');
          const before = await snapshot(t);
          const response = await t.app.inject({ method: method as 'GET', url, ...(payload !== undefined ? { payload } : {}) });
          expect(response.statusCode, response.body).toBe(401);
          expect(await snapshot(t)).toBe(before);
        });
      }
      for (const role of ROLES) {
        const allowed = spec.allowed === 'public' || spec.allowed === 'signed-in' || spec.allowed.includes(role);
        const targets = spec.scoped ? (['own', 'other'] as const) : (['own'] as const);
        for (const target of targets) {
          const expected = !allowed ? 403 : target === 'other' ? 404 : spec.ok;
          it(`${role} on ${target} organisation → ${expected}`, async () => {
            const { url, payload } = await spec.request(t, target);
            const refused = expected === 403 || expected === 404;
            // Only a refusal is compared with the tables before it: skip the snapshot otherwise.
            const before = refused ? await snapshot(t) : '';
            const denialsBefore = await deniedCount(t);
            const response = await t.app.inject({
              method: method as 'GET',
              url,
              headers: { cookie: cookies.get(role)! },
              ...(payload !== undefined ? { payload } : {}),
            });
            expect(response.statusCode, response.body).toBe(expected);
            if (refused) {
              expect(await snapshot(t)).toBe(before);
              expect(await deniedCount(t)).toBe(denialsBefore + 1);
              expect(response.json().code).toBe(expected === 403 ? 'FORBIDDEN' : 'NOT_FOUND');
            }
            // Logging out ends the session: sign in again for the next case.
            if (key === 'POST /api/auth/logout' && response.statusCode === 204) {
              cookies.set(role, await t.login(`scope_${role}`.replaceAll('_', '-'), PASSWORD));
            }
          });
        }
      }
    });
  }

  it('answers another district\'s record exactly like a missing one', async () => {
    const operator = cookies.get('district_operator')!;
    const other = await t.app.inject({ method: 'GET', url: `/api/organisations/${await t.orgId('420102')}`, headers: { cookie: operator } });
    const missing = await t.app.inject({ method: 'GET', url: '/api/organisations/999999', headers: { cookie: operator } });
    expect(other.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    const strip = (b: { requestId?: string }) => ({ ...b, requestId: undefined });
    expect(strip(other.json())).toEqual(strip(missing.json()));
  });

  it('lists only organisations inside the actor\'s scope', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/organisations', headers: { cookie: cookies.get('district_operator')! } });
    const codes = (response.json().items as { code: string }[]).map((o) => o.code);
    expect(codes).toContain('420106');
    expect(codes).not.toContain('420102');
    expect(codes).not.toContain('420100');
  });
});
