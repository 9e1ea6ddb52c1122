import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '@hongtu/contracts';
import { DEMO_PASSWORD } from '../../db/seed/demo';
import { snapshotDatabase } from '../../test/db-snapshot';
import { describeEachDialect } from '../../test/dialects';
import { nextCode } from '../../test/second-step';
import { buildTestApp, cookieOf, type TestApp } from '../../test/test-app';
import { loadRouteTable } from '../permissions/permissions.spec-table';

const ROUTE_TABLE = await loadRouteTable();
const INITIAL = 'Initial#Pass2026';
const CHOSEN = 'Chosen#Pass2026';
/** The routes a session waiting for its new password may call. */
const DURING_PASSWORD_STEP = ['GET /api/auth/me', 'POST /api/auth/logout', 'POST /api/auth/sign-in/password'];

const outcome = (r: LightMyRequestResponse) => ({ status: r.statusCode, code: r.json<{ code?: string }>().code });

describeEachDialect('the password step: a password the administrator set is replaced at the next sign-in', (dialect) => {
  let t: TestApp;
  let admin = '';
  let address = 0;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  const inject = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object, remoteAddress = '127.0.0.1') =>
    t.app.inject({ method, url, remoteAddress, headers: { cookie }, ...(payload ? { payload } : {}) });
  const password = (username: string, pass: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: `192.0.2.${++address}`, payload: { username, password: pass } });
  const choose = (cookie: string, newPassword: string, locale = 'zh-CN') =>
    t.app.inject({ method: 'POST', url: '/api/auth/sign-in/password', headers: { cookie, 'accept-language': locale }, payload: { newPassword } });

  async function asAdmin(): Promise<string> {
    if (!admin || (await inject('GET', '/api/auth/me', admin)).statusCode !== 200) admin = await t.login('admin');
    return admin;
  }
  async function createUser(username: string, role: Role = 'district_operator', org = '420106'): Promise<number> {
    const response = await inject('POST', '/api/users', await asAdmin(), {
      username, displayName: `测试 ${username}`, role, organisationId: await t.orgId(org), password: INITIAL,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ mustChangePassword: true });
    return response.json<{ id: number }>().id;
  }
  const flag = async (id: number) =>
    (await t.database.db.selectFrom('users').select('must_change_password').where('id', '=', id).executeTakeFirstOrThrow()).must_change_password;

  it('asks a user the admin created for a new password after the right one, and signs in with a new session once chosen', async () => {
    const id = await createUser('step-new');
    const first = await password('step-new', INITIAL);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ username: 'step-new', pendingStep: 'change-password' });
    const waiting = cookieOf(first);
    expect((await inject('GET', '/api/auth/me', waiting)).json()).toMatchObject({ pendingStep: 'change-password' });

    // The administrator's password again, or one with the user name in it, is refused with its own code.
    expect(outcome(await choose(waiting, INITIAL))).toEqual({ status: 400, code: 'PASSWORD_UNCHANGED' });
    expect((await choose(waiting, INITIAL, 'en')).json().message).toBe('The new password must differ from the one the administrator set');
    const containing = await choose(waiting, 'Step-New#2026');
    expect(outcome(containing)).toEqual({ status: 400, code: 'PASSWORD_CONTAINS_USERNAME' });
    expect(containing.json()).toMatchObject({ message: '密码不能包含用户名', details: [{ path: 'body.newPassword', message: '密码不能包含用户名' }] });
    expect(outcome(await choose(waiting, 'short'))).toMatchObject({ status: 400 });
    expect(await flag(id)).toBe(1);

    const chosen = await choose(waiting, CHOSEN);
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json()).toMatchObject({ username: 'step-new', role: 'district_operator', pendingStep: null });
    const signedIn = cookieOf(chosen);
    expect(signedIn).not.toBe(waiting);
    expect((await inject('GET', '/api/indicators', signedIn)).statusCode).toBe(200);
    // The waiting session was replaced, not promoted.
    expect(outcome(await inject('GET', '/api/auth/me', waiting))).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await flag(id)).toBe(0);
    const audit = await t.database.db.selectFrom('audit_log').select(['actor_name', 'result', 'entity_id'])
      .where('action', '=', 'auth.password_change_required').execute();
    expect(audit).toEqual([{ actor_name: 'step-new', result: 'success', entity_id: String(id) }]);

    // The next sign-in asks nothing more; the administrator's password no longer works.
    expect((await password('step-new', CHOSEN)).json()).toMatchObject({ pendingStep: null });
    expect(outcome(await password('step-new', INITIAL))).toEqual({ status: 401, code: 'INVALID_CREDENTIALS' });
  });

  it('answers a session waiting for its new password 401 PASSWORD_CHANGE_REQUIRED on every other route, changing nothing', async () => {
    await createUser('step-walk');
    const waiting = cookieOf(await password('step-walk', INITIAL));
    const refused: string[] = [];
    for (const [key, spec] of Object.entries(ROUTE_TABLE)) {
      if (spec.allowed === 'public' || DURING_PASSWORD_STEP.includes(key)) continue;
      const [method] = key.split(' ') as ['GET'];
      const { url, payload } = await spec.request(t, 'own');
      const before = await snapshotDatabase(t.database.db);
      const response = await t.app.inject({ method, url, headers: { cookie: waiting }, ...(payload !== undefined ? { payload } : {}) });
      expect(outcome(response), key).toEqual({ status: 401, code: 'PASSWORD_CHANGE_REQUIRED' });
      expect(await snapshotDatabase(t.database.db), key).toBe(before);
      refused.push(key);
    }
    expect(refused).toEqual(expect.arrayContaining([
      'GET /api/dashboard/overview', 'POST /api/auth/password', 'POST /api/auth/second-factor/verify', 'POST /api/auth/second-factor/enrolment',
    ]));
    const zhTw = await t.app.inject({ method: 'GET', url: '/api/indicators', headers: { cookie: waiting, 'accept-language': 'zh-TW' } });
    expect(zhTw.json().message).toBe('請先修改管理員設定的初始密碼');
    // Signing out ends the waiting session.
    expect((await inject('POST', '/api/auth/logout', waiting)).statusCode).toBe(204);
    expect((await inject('GET', '/api/auth/me', waiting)).statusCode).toBe(401);
  });

  it('asks again after the administrator resets the password, and not the demo accounts, which chose theirs', async () => {
    const id = await createUser('step-reset');
    expect((await choose(cookieOf(await password('step-reset', INITIAL)), CHOSEN)).statusCode).toBe(200);
    const reset = await inject('POST', `/api/users/${id}/reset-password`, await asAdmin(), { password: 'Reset#Pass2026' });
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json()).toMatchObject({ mustChangePassword: true });
    expect((await password('step-reset', 'Reset#Pass2026')).json()).toMatchObject({ pendingStep: 'change-password' });
    for (const demo of ['wuchang', 'leader', 'fgw']) expect((await password(demo, DEMO_PASSWORD)).json(), demo).toMatchObject({ pendingStep: null });
  });

  it('comes after the second factor: a new reviewer enrols first, then chooses a password', async () => {
    const id = await createUser('step-reviewer', 'city_reviewer', '420100');
    const first = await password('step-reviewer', INITIAL);
    expect(first.json()).toMatchObject({ pendingStep: 'enrol-second-factor' });
    const waiting = cookieOf(first);
    // The password step is not the one this session waits for.
    expect(outcome(await choose(waiting, CHOSEN))).toEqual({ status: 401, code: 'SECOND_FACTOR_REQUIRED' });
    const started = await inject('POST', '/api/auth/second-factor/enrolment', waiting, {});
    const code = await nextCode(t.database.db, t.clock, id, started.json<{ secret: string }>().secret);
    const confirmed = await inject('POST', '/api/auth/second-factor/enrolment/confirm', waiting, { code });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().me).toMatchObject({ pendingStep: 'change-password' });
    const next = cookieOf(confirmed);
    expect(outcome(await inject('GET', '/api/targets?year=2026', next))).toEqual({ status: 401, code: 'PASSWORD_CHANGE_REQUIRED' });
    const chosen = await choose(next, CHOSEN);
    expect(chosen.json()).toMatchObject({ pendingStep: null, role: 'city_reviewer' });

    // Reset by the admin: the code first, then the password again.
    await inject('POST', `/api/users/${id}/reset-password`, await asAdmin(), { password: 'Reset#Pass2026' });
    const again = await password('step-reviewer', 'Reset#Pass2026');
    expect(again.json()).toMatchObject({ pendingStep: 'second-factor' });
    const secret = (await t.database.db.selectFrom('second_factors').select('secret').where('user_id', '=', id).executeTakeFirstOrThrow()).secret;
    const verified = await inject('POST', '/api/auth/second-factor/verify', cookieOf(again), { code: await nextCode(t.database.db, t.clock, id, secret) });
    expect(verified.json()).toMatchObject({ pendingStep: 'change-password' });
  });

  it('ends a session still waiting for its new password after 10 minutes', async () => {
    await createUser('step-late');
    const waiting = cookieOf(await password('step-late', INITIAL));
    t.clock.advanceMinutes(11);
    expect(outcome(await choose(waiting, CHOSEN))).toEqual({ status: 401, code: 'SESSION_EXPIRED' });
    expect((await password('step-late', INITIAL)).json()).toMatchObject({ pendingStep: 'change-password' });
  });
});
