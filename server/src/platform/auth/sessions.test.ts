import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { resolveSession } from './sessions';

const PASSWORD = 'Session#Test2026';
const NEW_PASSWORD = 'Changed#Pass2026';
const USERS = ['sess-idle', 'sess-active', 'sess-absolute', 'sess-logout', 'sess-change', 'sess-disable', 'sess-reset', 'sess-role'];

describeEachDialect('sessions', (dialect) => {
  let t: TestApp;
  let admin = '';
  const ids = new Map<string, number>();

  const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
  const codeOf = async (cookie: string) => {
    const response = await me(cookie);
    return response.statusCode === 200 ? 'OK' : `${response.statusCode} ${response.json().code}`;
  };
  const sessionCount = async (username: string) => {
    const row = await t.database.db.selectFrom('sessions').select((eb) => eb.fn.countAll().as('n'))
      .where('user_id', '=', ids.get(username)!).executeTakeFirstOrThrow();
    return Number(row.n);
  };
  /** The admin's cookie, signing in again when a clock jump ended the session. */
  async function asAdmin(): Promise<string> {
    if (!admin || (await me(admin)).statusCode !== 200) admin = await t.login('admin');
    return admin;
  }

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    const organisationId = await t.orgId('420102');
    for (const username of USERS) {
      const response = await t.app.inject({
        method: 'POST', url: '/api/users', headers: { cookie: await asAdmin() },
        payload: { username, displayName: username, role: 'district_operator', organisationId, password: PASSWORD },
      });
      expect(response.statusCode, response.body).toBe(201);
      ids.set(username, response.json().id);
    }
  });
  afterAll(() => t.close());

  it('expires after 30 idle minutes with 401 SESSION_EXPIRED, counted from the last request', async () => {
    const cookie = await t.login('sess-idle', PASSWORD);
    t.clock.advanceMinutes(29);
    expect(await codeOf(cookie)).toBe('OK');
    t.clock.advanceMinutes(29);
    expect(await codeOf(cookie)).toBe('OK');
    t.clock.advanceMinutes(31);
    const expired = await me(cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ code: 'SESSION_EXPIRED', message: '登录已过期，请重新登录' });
    expect(await sessionCount('sess-idle')).toBe(0);
    // Gone for good: the next request is simply not signed in.
    expect(await codeOf(cookie)).toBe('401 UNAUTHENTICATED');
  });

  it('stays alive for hours while the user keeps working', async () => {
    const cookie = await t.login('sess-active', PASSWORD);
    for (let minute = 20; minute <= 120; minute += 20) {
      t.clock.advanceMinutes(20);
      expect(await codeOf(cookie), `after ${minute} minutes`).toBe('OK');
    }
  });

  it('ends 12 hours after sign-in however active the user is', async () => {
    const cookie = await t.login('sess-absolute', PASSWORD);
    for (let minute = 20; minute <= 720; minute += 20) {
      t.clock.advanceMinutes(20);
      expect(await codeOf(cookie), `after ${minute} minutes`).toBe('OK');
    }
    t.clock.advanceMinutes(20);
    expect(await codeOf(cookie)).toBe('401 SESSION_EXPIRED');
    expect(await sessionCount('sess-absolute')).toBe(0);
    // Signing in again starts a fresh 12 hours.
    expect(await codeOf(await t.login('sess-absolute', PASSWORD))).toBe('OK');
  });

  it('logout ends this session only, clears the cookie and is audited', async () => {
    const cookie = await t.login('sess-logout', PASSWORD);
    const other = await t.login('sess-logout', PASSWORD);
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(response.statusCode).toBe(204);
    const cleared = String([response.headers['set-cookie']].flat()[0]);
    expect(cleared).toMatch(/^hongtu_session=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/i);
    expect(await codeOf(cookie)).toBe('401 UNAUTHENTICATED');
    expect(await codeOf(other)).toBe('OK');
    const audit = await t.database.db.selectFrom('audit_log').select(['actor_name', 'result'])
      .where('action', '=', 'auth.logout').where('entity_id', '=', String(ids.get('sess-logout'))).execute();
    expect(audit).toEqual([{ actor_name: 'sess-logout', result: 'success' }]);
  });

  it('a password change ends every session of the user', async () => {
    const first = await t.login('sess-change', PASSWORD);
    const second = await t.login('sess-change', PASSWORD);
    const change = (currentPassword: string) => t.app.inject({
      method: 'POST', url: '/api/auth/password', headers: { cookie: first }, payload: { currentPassword, newPassword: NEW_PASSWORD },
    });
    const wrong = await change('Not#ThePassword1');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('WRONG_PASSWORD');
    expect(await sessionCount('sess-change')).toBe(2);

    expect((await change(PASSWORD)).statusCode).toBe(204);
    expect(await sessionCount('sess-change')).toBe(0);
    expect(await codeOf(first)).toBe('401 UNAUTHENTICATED');
    expect(await codeOf(second)).toBe('401 UNAUTHENTICATED');
    await expect(t.login('sess-change', PASSWORD)).rejects.toThrow(/401/);
    expect(await codeOf(await t.login('sess-change', NEW_PASSWORD))).toBe('OK');
  });

  it('disabling a user ends their sessions at once', async () => {
    const cookie = await t.login('sess-disable', PASSWORD);
    const response = await t.app.inject({ method: 'POST', url: `/api/users/${ids.get('sess-disable')}/disable`, headers: { cookie: await asAdmin() } });
    expect(response.statusCode, response.body).toBe(200);
    // Deleted by the disable itself, not lazily by the next request.
    expect(await sessionCount('sess-disable')).toBe(0);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('an administrator resetting the password ends the user\'s sessions', async () => {
    const cookie = await t.login('sess-reset', PASSWORD);
    const response = await t.app.inject({
      method: 'POST', url: `/api/users/${ids.get('sess-reset')}/reset-password`, headers: { cookie: await asAdmin() },
      payload: { password: NEW_PASSWORD },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(await sessionCount('sess-reset')).toBe(0);
    expect(await codeOf(cookie)).toBe('401 UNAUTHENTICATED');
    await expect(t.login('sess-reset', PASSWORD)).rejects.toThrow(/401/);
    expect(await codeOf(await t.login('sess-reset', NEW_PASSWORD))).toBe('OK');
  });

  it('changing a user\'s role ends their sessions; renaming them does not', async () => {
    const cookie = await t.login('sess-role', PASSWORD);
    const patch = (payload: object) => t.app.inject({ method: 'PATCH', url: `/api/users/${ids.get('sess-role')}`, headers: { cookie: admin }, payload });
    await asAdmin();
    const renamed = await patch({ displayName: '改名', version: 1 });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(await codeOf(cookie)).toBe('OK');
    const promoted = await patch({ role: 'leader', version: renamed.json().version });
    expect(promoted.statusCode, promoted.body).toBe(200);
    expect(await codeOf(cookie)).toBe('401 UNAUTHENTICATED');
  });

  it('reads what a route asks for in the session lookup\'s own statement', async () => {
    const cookie = await t.login('sess-active', PASSWORD);
    const token = decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1).split(';')[0]!);
    let statements = 0;
    const counted = t.database.db.withPlugin({
      transformQuery: (args) => { statements += 1; return args.node; },
      transformResult: async (args) => args.result,
    });
    const lookup = await resolveSession(counted, t.clock, token, { answer: sql<number>`(select 41 + 1)`, label: sql<string>`(select 'ok')` });
    expect(lookup.kind).toBe('active');
    expect(lookup.kind === 'active' && { answer: Number(lookup.alongside.answer), label: lookup.alongside.label }).toEqual({ answer: 42, label: 'ok' });
    expect(statements).toBe(1);
    expect(await resolveSession(counted, t.clock, 'no-such-session', { answer: sql<number>`(select 1)` })).toEqual({ kind: 'none' });
  });
});
