import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../app';
import { DEMO_PASSWORD } from '../../db/seed/demo';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, cookieOf, type TestApp } from '../../test/test-app';

const PASSWORD = 'Login#Test2026';
const WRONG = 'Wrong#Pass2026';

function setCookie(response: LightMyRequestResponse): string | undefined {
  return [response.headers['set-cookie']].flat().find((c): c is string => typeof c === 'string');
}
function attributes(header: string): string[] {
  return header.split(';').slice(1).map((a) => a.trim().toLowerCase());
}
const outcome = (r: LightMyRequestResponse) => ({ status: r.statusCode, code: r.json().code, message: r.json().message });

describeEachDialect('sign-in', (dialect) => {
  let t: TestApp;
  let admin = '';

  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  const login = (username: string, password: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', headers, payload: { username, password } });
  const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

  /** The admin's cookie, signing in again when a clock jump ended the session. */
  async function asAdmin(): Promise<string> {
    if (!admin || (await me(admin)).statusCode !== 200) admin = await t.login('admin');
    return admin;
  }
  async function createUser(username: string, password = PASSWORD): Promise<number> {
    const response = await t.app.inject({
      method: 'POST', url: '/api/users', headers: { cookie: await asAdmin() },
      payload: { username, displayName: `测试 ${username}`, role: 'leader', organisationId: await t.orgId('420106'), password },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id;
  }
  async function loginAudit(entityId: string) {
    const rows = await t.database.db.selectFrom('audit_log').selectAll()
      .where('action', '=', 'auth.login').where('entity_id', '=', entityId).orderBy('id').execute();
    return rows.map((r) => ({ result: r.result, ip: r.ip, after: JSON.parse(r.after_json ?? 'null') }));
  }

  it('sets an HttpOnly, SameSite=Strict session cookie, without Secure over plain HTTP', async () => {
    const response = await login('wuchang', DEMO_PASSWORD);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ username: 'wuchang', role: 'district_operator', organisationName: '武昌区' });
    const header = setCookie(response)!;
    expect(header).toMatch(/^hongtu_session=[A-Za-z0-9_-]{43};/);
    const attrs = attributes(header);
    expect(attrs).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/', 'max-age=43200']));
    expect(attrs).not.toContain('secure');
    expect(attrs.some((a) => a.startsWith('domain='))).toBe(false);
    // Only a hash of the token is stored.
    const token = header.split(';')[0]!.split('=')[1]!;
    const stored = await t.database.db.selectFrom('sessions').select('id').where('id', '=', token).executeTakeFirst();
    expect(stored).toBeUndefined();
  });

  it('uses the __Host- prefixed, Secure cookie when configured for HTTPS', async () => {
    const secureApp = await buildApp({ database: t.database, clock: t.clock, config: { secureCookies: true }, logger: false });
    try {
      const response = await secureApp.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'leader', password: DEMO_PASSWORD } });
      expect(response.statusCode, response.body).toBe(200);
      const header = setCookie(response)!;
      expect(header.startsWith('__Host-hongtu_session=')).toBe(true);
      expect(attributes(header)).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=strict', 'path=/']));
      expect(attributes(header).some((a) => a.startsWith('domain='))).toBe(false);
      const pair = header.split(';')[0]!;
      const meSecure = (cookie: string) => secureApp.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
      expect((await meSecure(pair)).statusCode).toBe(200);
      // The same token under the plain name is not a session on the secure app.
      expect((await meSecure(pair.replace('__Host-', ''))).statusCode).toBe(401);
    } finally {
      await secureApp.close();
    }
  });

  it('issues a new session at every sign-in and never adopts a cookie sent before it', async () => {
    const planted = 'hongtu_session=attacker-chosen-token-0123456789';
    const first = cookieOf(await login('jiangan', DEMO_PASSWORD, { cookie: planted }));
    expect(first).not.toBe(planted);
    const second = cookieOf(await login('jiangan', DEMO_PASSWORD, { cookie: first }));
    expect(second).not.toBe(first);
    expect((await me(planted)).statusCode).toBe(401);
    expect((await me(second)).json().username).toBe('jiangan');
    const sessions = await t.database.db.selectFrom('sessions').select('id').where('user_id', '=', await t.userId('jiangan')).execute();
    expect(new Set(sessions.map((s) => s.id)).size).toBe(sessions.length);
    expect(sessions.length).toBeGreaterThanOrEqual(2);
  });

  it('answers a wrong password with 401 INVALID_CREDENTIALS and an unknown user identically', async () => {
    const wrong = await login('reviewer', WRONG);
    const unknown = await login('no-such-user', WRONG);
    expect(outcome(wrong)).toEqual({ status: 401, code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' });
    expect(outcome(unknown)).toEqual(outcome(wrong));
    expect(setCookie(wrong)).toBeUndefined();
    expect(setCookie(unknown)).toBeUndefined();
    const en = await login('no-such-user', WRONG, { 'accept-language': 'en' });
    expect(en.json().message).toBe('Wrong user name or password');
  });

  it('locks an account for 30 minutes after 5 failures, exactly as it would a name that does not exist', async () => {
    await createUser('lock-known');
    const fiveFailures = async (username: string) => {
      const seen = [];
      for (let i = 0; i < 5; i++) seen.push(outcome(await login(username, WRONG)));
      return seen;
    };
    const known = await fiveFailures('lock-known');
    const ghost = await fiveFailures('lock-ghost');
    expect(known.map((o) => o.status)).toEqual([401, 401, 401, 401, 423]);
    expect(known[4]).toEqual({ status: 423, code: 'ACCOUNT_LOCKED', message: expect.stringContaining('请 30 分钟后再试') });
    expect(ghost).toEqual(known);

    const right = await login('lock-known', PASSWORD);
    expect(outcome(right)).toMatchObject({ status: 423, code: 'ACCOUNT_LOCKED' });
    expect(setCookie(right)).toBeUndefined();
    expect(outcome(await login('lock-ghost', PASSWORD))).toEqual(outcome(right));
    expect(outcome(await login('  LOCK-KNOWN ', PASSWORD)).status).toBe(423);

    t.clock.advanceMinutes(29);
    const almost = await login('lock-known', PASSWORD);
    expect(outcome(almost)).toMatchObject({ status: 423, message: expect.stringContaining('请 1 分钟后再试') });
    t.clock.advanceMinutes(2);
    const after = await login('lock-known', PASSWORD);
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json().username).toBe('lock-known');
  });

  it('records failed sign-ins and the lock in the audit trail as denied', async () => {
    await createUser('audit-lock');
    for (let i = 0; i < 5; i++) await login('audit-lock', WRONG);
    await login('audit-lock', PASSWORD);
    const rows = await loginAudit('audit-lock');
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.result === 'denied' && r.ip === '127.0.0.1')).toBe(true);
    expect(rows.slice(0, 5).map((r) => r.after)).toEqual([1, 2, 3, 4, 5].map((failures) => ({ reason: 'bad_credentials', failures, locked: failures === 5 })));
    expect(rows[5]!.after).toEqual({ reason: 'locked' });
  });

  it('lets an administrator lift a lock, and audits it', async () => {
    const id = await createUser('unlock-me');
    for (let i = 0; i < 5; i++) await login('unlock-me', WRONG);
    const cookie = await asAdmin();
    const before = await t.app.inject({ method: 'GET', url: `/api/users/${id}`, headers: { cookie } });
    expect(before.json().lockedUntil).toBe(new Date(t.clock.now().getTime() + 30 * 60_000).toISOString());
    expect((await login('unlock-me', PASSWORD)).statusCode).toBe(423);

    const unlocked = await t.app.inject({ method: 'POST', url: `/api/users/${id}/unlock`, headers: { cookie } });
    expect(unlocked.statusCode, unlocked.body).toBe(200);
    expect(unlocked.json().lockedUntil).toBeNull();
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.unlock').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity_id: String(id), actor_name: 'admin', result: 'success' });
    expect(JSON.parse(audit[0]!.before_json!).lockedUntil).not.toBeNull();
    expect(JSON.parse(audit[0]!.after_json!).lockedUntil).toBeNull();
    expect((await login('unlock-me', PASSWORD)).statusCode).toBe(200);
  });

  it('refuses weak passwords with a localized message', async () => {
    const cookie = await asAdmin();
    const organisationId = await t.orgId('420100');
    const usersBefore = await t.database.db.selectFrom('users').select('id').execute();
    const create = (username: string, password: string, locale = 'zh-CN') => t.app.inject({
      method: 'POST', url: '/api/users', headers: { cookie, 'accept-language': locale },
      payload: { username, displayName: '策略', role: 'leader', organisationId, password },
    });
    const short = await create('policy-a', 'Ab1#xyz');
    expect(short.statusCode).toBe(400);
    expect(short.json().details).toEqual([{ path: 'body.password', message: expect.stringContaining('8') }]);
    const classes = await create('policy-b', 'abcdefgh12');
    expect(classes.json().details).toEqual([{ path: 'body.password', message: '密码须包含大写字母、小写字母、数字、符号中的至少三类' }]);
    const classesEn = await create('policy-b', 'abcdefgh12', 'en');
    expect(classesEn.json().details[0].message).toBe('The password needs three of: upper-case, lower-case, digits, symbols');

    const equal = await create('Tom.Lee1', 'Tom.Lee1');
    expect(outcome(equal)).toEqual({ status: 400, code: 'PASSWORD_IS_USERNAME', message: '密码不能与用户名相同' });
    const containing = await create('zhangwei', 'Zhangwei#2026', 'zh-TW');
    expect(outcome(containing)).toEqual({ status: 400, code: 'PASSWORD_CONTAINS_USERNAME', message: '密碼不能包含使用者名稱' });
    const containingEn = await create('zhangwei', 'xZHANGWEIx#26', 'en');
    expect(outcome(containingEn)).toEqual({ status: 400, code: 'PASSWORD_CONTAINS_USERNAME', message: 'The password must not contain the user name' });
    for (const common of ['Password1!', 'P@ssw0rd']) {
      expect(outcome(await create('policy-c', common))).toEqual({ status: 400, code: 'PASSWORD_COMMON', message: '该密码过于常见，请换一个' });
    }
    expect((await create('policy-c', 'P@ssw0rd', 'en')).json().message).toBe('This password is too common; choose another');
    expect(await t.database.db.selectFrom('users').select('id').execute()).toEqual(usersBefore);
    // Short user names (under four characters) are not looked for inside a password.
    expect((await create('wei', 'Wei#2026Hubei')).statusCode).toBe(201);

    // The same rule when a user changes their own password.
    const own = await t.login('xisaishan');
    const change = await t.app.inject({
      method: 'POST', url: '/api/auth/password', headers: { cookie: own },
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'Xisaishan#99' },
    });
    expect(outcome(change)).toMatchObject({ status: 400, code: 'PASSWORD_CONTAINS_USERNAME' });
    expect((await me(own)).statusCode).toBe(200);
  });

  it('accepts long passwords and uses every character of them', async () => {
    const long64 = `Aa1#${'x'.repeat(30)}${'Y9'.repeat(14)}!Z`;
    expect(long64).toHaveLength(64);
    await createUser('long-pass', long64);
    expect((await login('long-pass', long64)).statusCode).toBe(200);
    expect(outcome(await login('long-pass', long64.slice(0, 63))).code).toBe('INVALID_CREDENTIALS');
    // No silent cut at 72 bytes either (bcrypt's limit).
    const long100 = `${'Bb2$'.repeat(20)}${'q'.repeat(19)}!`;
    await createUser('longer-pass', long100);
    expect((await login('longer-pass', long100)).statusCode).toBe(200);
    expect((await login('longer-pass', long100.slice(0, 72))).statusCode).toBe(401);
  });

  it('refuses a disabled user even with the right password, without revealing it to a wrong one', async () => {
    const id = await createUser('gone-user');
    const disabled = await t.app.inject({ method: 'POST', url: `/api/users/${id}/disable`, headers: { cookie: await asAdmin() } });
    expect(disabled.json().status).toBe('disabled');
    const right = await login('gone-user', PASSWORD);
    expect(outcome(right)).toEqual({ status: 403, code: 'ACCOUNT_DISABLED', message: '账户已停用，请联系管理员' });
    expect(setCookie(right)).toBeUndefined();
    expect(outcome(await login('gone-user', WRONG)).code).toBe('INVALID_CREDENTIALS');
    expect(await loginAudit(String(id))).toEqual([{ result: 'denied', ip: '127.0.0.1', after: { reason: 'disabled' } }]);
  });
});
