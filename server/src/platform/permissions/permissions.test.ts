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
  // The runner woken here: a job an allowed case queued (a confirmation's message) is claimed and
  // ended now, not between the two snapshots of the next case.
  t.app.jobs.runner.wake();
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

/**
 * Read grants (docs/DOMAIN.md "Read grants") in the same table: a department granted reading
 * 武昌区 reads every scoped record of 武昌区 as 武昌区's own readers do — and still not 江岸区's —
 * while every write, even by a role that may write, stays within the department and answers 404;
 * a department without a grant reads nothing of either district.
 */
describeEachDialect('permission table with read grants (department × read / write × granted / other district)', (dialect) => {
  let t: TestApp;
  const cookies = new Map<'granted' | 'granted-reviewer' | 'plain', string>();

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    const admin = await t.login('admin');
    const post = async (url: string, payload: object) => {
      const response = await t.app.inject({ method: 'POST', url, headers: { cookie: admin }, payload });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<{ id: number }>().id;
    };
    const wuhan = await t.orgId('420100');
    const granted = await post('/api/organisations', { code: 'GRANT-DEP', name: '授权部门', kind: 'department', parentId: wuhan });
    const plain = await post('/api/organisations', { code: 'PLAIN-DEP', name: '未授权部门', kind: 'department', parentId: wuhan });
    await post(`/api/organisations/${granted}/read-grants`, { organisationId: await t.orgId('420106') });
    const users = [['granted', 'department_staff', granted], ['granted-reviewer', 'city_reviewer', granted], ['plain', 'department_staff', plain]] as const;
    for (const [name, role, organisationId] of users) {
      await post('/api/users', { username: `rg-${name}`, displayName: name, role, organisationId, password: PASSWORD });
      cookies.set(name, await t.login(`rg-${name}`, PASSWORD));
    }
  });
  afterAll(() => t.close());

  const send = (key: string, cookie: string, request: { url: string; payload?: Record<string, unknown> }) => {
    const [method] = key.split(' ') as ['GET'];
    return t.app.inject({ method, url: request.url, headers: { cookie }, ...(request.payload !== undefined ? { payload: request.payload } : {}) });
  };
  const mayCall = (spec: { allowed: unknown }, role: Role) =>
    spec.allowed === 'signed-in' || (Array.isArray(spec.allowed) && (spec.allowed as Role[]).includes(role));

  const reads = Object.entries(ROUTE_TABLE).filter(([key, spec]) => key.startsWith('GET ') && spec.scoped && mayCall(spec, 'department_staff'));
  const writes = Object.entries(ROUTE_TABLE).filter(([key, spec]) => !key.startsWith('GET ') && spec.scoped && mayCall(spec, 'city_reviewer'));

  it('has reads and writes to try', () => {
    expect(reads.map(([key]) => key)).toEqual(expect.arrayContaining(['GET /api/dashboard/district/:organisationId', 'GET /api/submissions/:periodKey/:organisationId']));
    expect(writes.map(([key]) => key)).toEqual(expect.arrayContaining(['POST /api/submissions/:periodKey/:organisationId/approve', 'PUT /api/targets']));
  });

  for (const [key, spec] of reads) {
    const grantedOwn = spec.grantClosed ? 404 : spec.ok;
    it(`${key}: the granted department reads 武昌区 (${grantedOwn}), not 江岸区 (404); without a grant neither`, async () => {
      expect((await send(key, cookies.get('granted')!, await spec.request(t, 'own'))).statusCode, key).toBe(grantedOwn);
      expect((await send(key, cookies.get('granted')!, await spec.request(t, 'other'))).statusCode, key).toBe(404);
      expect((await send(key, cookies.get('plain')!, await spec.request(t, 'own'))).statusCode, key).toBe(404);
    });
  }

  for (const [key, spec] of writes) {
    it(`${key}: a reviewer of the granted department still cannot write to 武昌区 (404), and nothing changes`, async () => {
      const request = await spec.request(t, 'own');
      const before = await snapshot(t);
      const denialsBefore = await deniedCount(t);
      const response = await send(key, cookies.get('granted-reviewer')!, request);
      expect(response.statusCode, `${key} ${response.body}`).toBe(404);
      expect(response.json().code).toBe('NOT_FOUND');
      expect(await snapshot(t)).toBe(before);
      expect(await deniedCount(t)).toBe(denialsBefore + 1);
    });
  }

  it('shows the granted department 武昌区 alone on the overview, and the other department no district', async () => {
    const names = async (cookie: string) =>
      ((await t.app.inject({ method: 'GET', url: '/api/dashboard/overview?period=2026-03', headers: { cookie } })).json().rows as { organisationName: string }[])
        .map((r) => r.organisationName);
    expect(await names(cookies.get('granted')!)).toEqual(['武昌区']);
    expect(await names(cookies.get('plain')!)).toEqual([]);
  });
});
