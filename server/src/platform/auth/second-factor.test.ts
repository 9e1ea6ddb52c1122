import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { ROLES, type Role } from '@hongtu/contracts';
import { requiresSecondFactor, SECOND_FACTOR_ROLES } from '@hongtu/domain';
import { DEMO_PASSWORD } from '../../db/seed/demo';
import { DEMO_TOTP_SECRET } from '../../db/seed/demo-second-factor';
import { snapshotDatabase } from '../../test/db-snapshot';
import { describeEachDialect } from '../../test/dialects';
import { nextCode } from '../../test/second-step';
import { buildTestApp, cookieOf, type TestApp } from '../../test/test-app';
import { loadRouteTable } from '../permissions/permissions.spec-table';
import { totpCode, totpStepAt } from './totp';

const ROUTE_TABLE = await loadRouteTable();
const PASSWORD = 'Second#Factor2026';
/** The routes a session waiting for its second factor may call. */
const DURING_SIGN_IN = [
  'GET /api/auth/me', 'POST /api/auth/logout', 'POST /api/auth/second-factor/verify',
  'POST /api/auth/second-factor/enrolment', 'POST /api/auth/second-factor/enrolment/confirm',
];

const outcome = (r: LightMyRequestResponse) => ({ status: r.statusCode, code: r.json<{ code?: string }>().code });

describeEachDialect('second factor', (dialect) => {
  let t: TestApp;
  let admin = '';
  let addressCounter = 0;
  /** Each scenario signs in from its own address, so locks and throttles of one leave the others alone. */
  const newAddress = () => `198.51.100.${++addressCounter}`;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  const inject = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object, remoteAddress = '127.0.0.1') =>
    t.app.inject({ method, url, remoteAddress, headers: { cookie }, ...(payload ? { payload } : {}) });
  const password = (username: string, remoteAddress: string, pass = PASSWORD) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { username, password: pass } });

  async function asAdmin(): Promise<string> {
    if (!admin || (await inject('GET', '/api/auth/me', admin)).statusCode !== 200) admin = await t.login('admin');
    return admin;
  }
  async function createUser(username: string, role: Role): Promise<number> {
    const response = await inject('POST', '/api/users', await asAdmin(), {
      username, displayName: `测试 ${username}`, role, organisationId: await t.orgId('420106'), password: PASSWORD,
    });
    expect(response.statusCode, response.body).toBe(201);
    const { id } = response.json<{ id: number }>();
    // As if the user had chosen their own password already: password-step.test.ts walks that step after the second factor.
    await t.database.db.updateTable('users').set({ must_change_password: 0 }).where('id', '=', id).execute();
    return id;
  }
  const secretOf = async (userId: number) =>
    (await t.database.db.selectFrom('second_factors').select('secret').where('user_id', '=', userId).executeTakeFirstOrThrow()).secret;
  async function auditRows(action: string, entityId: number | string) {
    const rows = await t.database.db.selectFrom('audit_log').selectAll()
      .where('action', '=', action).where('entity_id', '=', String(entityId)).orderBy('id').execute();
    return rows.map((r) => ({ result: r.result, actor: r.actor_name, after: JSON.parse(r.after_json ?? 'null') as unknown }));
  }
  /** Signs a user in whose role needs no second factor yet, and enrols one through the account page's routes. */
  async function enrolFromAccount(username: string, remoteAddress: string): Promise<{ cookie: string; secret: string; recoveryCodes: string[] }> {
    const signedIn = await password(username, remoteAddress);
    expect(signedIn.json().pendingStep).toBeNull();
    const cookie = cookieOf(signedIn);
    const started = await inject('POST', '/api/auth/second-factor/enrolment', cookie, { password: PASSWORD }, remoteAddress);
    expect(started.statusCode, started.body).toBe(200);
    const { secret } = started.json<{ secret: string }>();
    const code = await nextCode(t.database.db, t.clock, signedIn.json<{ id: number }>().id, secret);
    const confirmed = await inject('POST', '/api/auth/second-factor/enrolment/confirm', cookie, { code }, remoteAddress);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    return { cookie, secret, recoveryCodes: confirmed.json<{ recoveryCodes: string[] }>().recoveryCodes };
  }

  it('asks the demo reviewer for the code after the password, and signs in with a new session once it is right', async () => {
    const address = newAddress();
    const first = await password('reviewer', address, DEMO_PASSWORD);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ username: 'reviewer', pendingStep: 'second-factor' });
    const waiting = cookieOf(first);
    expect((await inject('GET', '/api/auth/me', waiting)).json()).toMatchObject({ username: 'reviewer', pendingStep: 'second-factor' });
    // Not signed in yet: no sign-in time is recorded.
    const user = await t.database.db.selectFrom('users').select('last_login_at').where('username', '=', 'reviewer').executeTakeFirstOrThrow();
    expect(user.last_login_at).toBeNull();

    const code = totpCode(DEMO_TOTP_SECRET, totpStepAt(t.clock.now()));
    const verified = await inject('POST', '/api/auth/second-factor/verify', waiting, { code }, address);
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({ username: 'reviewer', role: 'city_reviewer', pendingStep: null });
    const signedIn = cookieOf(verified);
    expect(signedIn).not.toBe(waiting);
    expect((await inject('GET', '/api/indicators', signedIn)).statusCode).toBe(200);
    // The waiting session was replaced, not promoted.
    expect(outcome(await inject('GET', '/api/auth/me', waiting))).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    const rows = await auditRows('auth.second_factor_verify', await t.userId('reviewer'));
    expect(rows.at(-1)).toEqual({ result: 'success', actor: 'reviewer', after: { method: 'totp' } });
  });

  it('answers a session waiting for its code 401 SECOND_FACTOR_REQUIRED on every other route, changing nothing', async () => {
    const waiting = cookieOf(await password('auditor', newAddress(), DEMO_PASSWORD));
    const refused: string[] = [];
    for (const [key, spec] of Object.entries(ROUTE_TABLE)) {
      if (spec.allowed === 'public' || DURING_SIGN_IN.includes(key)) continue;
      const [method] = key.split(' ') as ['GET'];
      const { url, payload } = await spec.request(t, 'own');
      const before = await snapshotDatabase(t.database.db);
      const response = await t.app.inject({ method, url, headers: { cookie: waiting }, ...(payload !== undefined ? { payload } : {}) });
      expect(outcome(response), key).toEqual({ status: 401, code: 'SECOND_FACTOR_REQUIRED' });
      expect(await snapshotDatabase(t.database.db), key).toBe(before);
      refused.push(key);
    }
    expect(refused).toEqual(expect.arrayContaining(['GET /api/audit', 'POST /api/auth/password', 'GET /api/auth/second-factor', 'POST /api/users/:id/second-factor/reset']));
    const zhTw = await t.app.inject({ method: 'GET', url: '/api/audit', headers: { cookie: waiting, 'accept-language': 'zh-TW' } });
    expect(zhTw.json().message).toBe('請先完成兩步驟驗證');
  });

  it('ends a session still waiting for its code after 10 minutes', async () => {
    const waiting = cookieOf(await password('admin', newAddress(), DEMO_PASSWORD));
    t.clock.advanceMinutes(9);
    expect((await inject('GET', '/api/auth/me', waiting)).statusCode).toBe(200);
    t.clock.advanceMinutes(2);
    expect(outcome(await inject('GET', '/api/auth/me', waiting))).toEqual({ status: 401, code: 'SESSION_EXPIRED' });
  });

  it('makes the system admin, the auditor and the city reviewer enrol at their first sign-in, and leaves it optional for the others', async () => {
    for (const role of ROLES) {
      const username = `sf-first-${role}`.replaceAll('_', '-');
      await createUser(username, role);
      const response = await password(username, newAddress());
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().pendingStep, role).toBe(requiresSecondFactor(role) ? 'enrol-second-factor' : null);
    }
    expect([...SECOND_FACTOR_ROLES].sort()).toEqual(['auditor', 'city_reviewer', 'system_admin']);
  });

  it('enrols a required role through the QR code\'s URI and a first code, then shows ten recovery codes once', async () => {
    const address = newAddress();
    const id = await createUser('sf-enrol', 'city_reviewer');
    const waiting = cookieOf(await password('sf-enrol', address));
    expect(outcome(await inject('POST', '/api/auth/second-factor/verify', waiting, { code: '123456' }, address))).toEqual({ status: 409, code: 'SECOND_FACTOR_NOT_PENDING' });
    expect(outcome(await inject('GET', '/api/targets?year=2026', waiting))).toEqual({ status: 401, code: 'SECOND_FACTOR_REQUIRED' });

    const started = await inject('POST', '/api/auth/second-factor/enrolment', waiting, {}, address);
    expect(started.statusCode, started.body).toBe(200);
    const { secret, uri } = started.json<{ secret: string; uri: string }>();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const parsed = new URL(uri);
    expect(parsed.protocol).toBe('otpauth:');
    expect(parsed.host).toBe('totp');
    expect(decodeURIComponent(parsed.pathname)).toBe('/Hongtu:sf-enrol');
    expect(Object.fromEntries(parsed.searchParams)).toEqual({ issuer: 'Hongtu', secret, algorithm: 'SHA1', digits: '6', period: '30' });

    const wrong = totpCode(secret, totpStepAt(t.clock.now()) + 5);
    expect(outcome(await inject('POST', '/api/auth/second-factor/enrolment/confirm', waiting, { code: wrong }, address))).toEqual({ status: 400, code: 'SECOND_FACTOR_WRONG_CODE' });
    const code = totpCode(secret, totpStepAt(t.clock.now()));
    const confirmed = await inject('POST', '/api/auth/second-factor/enrolment/confirm', waiting, { code: `${code.slice(0, 3)} ${code.slice(3)}` }, address);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const { recoveryCodes, me } = confirmed.json<{ recoveryCodes: string[]; me: { pendingStep: unknown } }>();
    expect(me.pendingStep).toBeNull();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const recovery of recoveryCodes) expect(recovery).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const signedIn = cookieOf(confirmed);
    expect((await inject('GET', '/api/targets?year=2026', signedIn)).statusCode).toBe(200);

    // Only hashes are kept; the secret is never answered again.
    const stored = await t.database.db.selectFrom('second_factor_recovery_codes').select('code_hash').where('user_id', '=', id).execute();
    expect(stored).toHaveLength(10);
    for (const { code_hash } of stored) expect(recoveryCodes.some((c) => code_hash.includes(c.replace('-', '')))).toBe(false);
    const status = await inject('GET', '/api/auth/second-factor', signedIn);
    expect(status.json()).toEqual({ enrolled: true, required: true, enrolledAt: t.clock.now().toISOString(), recoveryCodesLeft: 10 });
    expect(status.body).not.toContain(secret);
    expect(outcome(await inject('POST', '/api/auth/second-factor/enrolment', signedIn, { password: PASSWORD }))).toEqual({ status: 409, code: 'SECOND_FACTOR_ENROLLED' });

    expect((await auditRows('auth.second_factor_enrol_start', id)).map((r) => r.result)).toEqual(['success']);
    expect(await auditRows('auth.second_factor_enrol', id)).toEqual([{ result: 'success', actor: 'sf-enrol', after: { recoveryCodes: 10, signIn: true } }]);
    // The next sign-in asks for the code.
    expect((await password('sf-enrol', address)).json().pendingStep).toBe('second-factor');
  });

  it('refuses a wrong code and counts it toward the lock, which typing the password again does not clear', async () => {
    const address = newAddress();
    const id = await createUser('sf-guess', 'auditor');
    const first = await t.login('sf-guess', PASSWORD);
    expect(first).toBeTruthy();
    const secret = await secretOf(id);
    const wrong = totpCode(secret, totpStepAt(t.clock.now()) + 10);
    let waiting = cookieOf(await password('sf-guess', address));
    const seen = [];
    for (let i = 0; i < 3; i++) seen.push(outcome(await inject('POST', '/api/auth/second-factor/verify', waiting, { code: wrong }, address)));
    // Typing the password again does not start the count afresh.
    waiting = cookieOf(await password('sf-guess', address));
    seen.push(outcome(await inject('POST', '/api/auth/second-factor/verify', waiting, { code: 'abc' }, address)));
    seen.push(outcome(await inject('POST', '/api/auth/second-factor/verify', waiting, { code: wrong }, address)));
    expect(seen).toEqual([
      ...Array(4).fill({ status: 400, code: 'SECOND_FACTOR_WRONG_CODE' }),
      { status: 423, code: 'ACCOUNT_LOCKED' },
    ]);
    // The lock ended the waiting session and refuses the password from this address; another address signs in.
    expect(outcome(await inject('GET', '/api/auth/me', waiting))).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect(outcome(await password('sf-guess', address))).toEqual({ status: 423, code: 'ACCOUNT_LOCKED' });
    const failures = await t.database.db.selectFrom('login_failures').selectAll().where('username', '=', 'sf-guess').where('ip', '=', address).executeTakeFirstOrThrow();
    expect(failures.failures).toBe(5);
    const refused = (await auditRows('auth.second_factor_verify', id)).filter((r) => r.result === 'denied');
    expect(refused.map((r) => r.after)).toEqual([
      { reason: 'wrong_code', failures: 1, locked: false },
      { reason: 'wrong_code', failures: 2, locked: false },
      { reason: 'wrong_code', failures: 3, locked: false },
      { reason: 'wrong_code', failures: 4, locked: false },
      { reason: 'wrong_code', failures: 5, locked: true },
    ]);
    const elsewhere = await password('sf-guess', newAddress());
    expect(elsewhere.json().pendingStep).toBe('second-factor');
  });

  it('accepts a code once: the same code is refused for the next sign-in, the next step\'s code is not', async () => {
    const address = newAddress();
    const id = await createUser('sf-replay', 'system_admin');
    await t.login('sf-replay', PASSWORD);
    const secret = await secretOf(id);
    const code = await nextCode(t.database.db, t.clock, id, secret);
    const firstSession = cookieOf(await password('sf-replay', address));
    expect((await inject('POST', '/api/auth/second-factor/verify', firstSession, { code }, address)).statusCode).toBe(200);
    const again = cookieOf(await password('sf-replay', address));
    expect(outcome(await inject('POST', '/api/auth/second-factor/verify', again, { code }, address))).toEqual({ status: 400, code: 'SECOND_FACTOR_CODE_USED' });
    expect((await auditRows('auth.second_factor_verify', id)).at(-1)).toMatchObject({ result: 'denied', after: { reason: 'code_used' } });
    const next = await nextCode(t.database.db, t.clock, id, secret);
    expect(next).not.toBe(code);
    expect((await inject('POST', '/api/auth/second-factor/verify', again, { code: next }, address)).statusCode).toBe(200);
  });

  it('accepts a recovery code once, in any case and with or without its dash', async () => {
    const address = newAddress();
    await createUser('sf-recover', 'leader');
    const id = await t.userId('sf-recover');
    const { recoveryCodes } = await enrolFromAccount('sf-recover', address);
    const waiting = cookieOf(await password('sf-recover', address));
    const typed = recoveryCodes[3]!.toUpperCase().replace('-', ' ');
    const used = await inject('POST', '/api/auth/second-factor/verify', waiting, { code: typed }, address);
    expect(used.statusCode, used.body).toBe(200);
    const signedIn = cookieOf(used);
    expect((await auditRows('auth.second_factor_recovery_use', id)).map((r) => r.after)).toEqual([{ remaining: 9 }]);
    expect((await auditRows('auth.second_factor_verify', id)).at(-1)?.after).toEqual({ method: 'recovery_code' });
    expect((await inject('GET', '/api/auth/second-factor', signedIn)).json().recoveryCodesLeft).toBe(9);

    const again = cookieOf(await password('sf-recover', address));
    expect(outcome(await inject('POST', '/api/auth/second-factor/verify', again, { code: recoveryCodes[3]! }, address))).toEqual({ status: 400, code: 'SECOND_FACTOR_WRONG_CODE' });
    expect((await auditRows('auth.second_factor_verify', id)).at(-1)).toMatchObject({ result: 'denied', after: { reason: 'wrong_recovery_code' } });
    expect((await inject('POST', '/api/auth/second-factor/verify', again, { code: recoveryCodes[4]! }, address)).statusCode).toBe(200);
  });

  it('replaces the recovery codes on proof of presence: the old ones stop working', async () => {
    const address = newAddress();
    await createUser('sf-regen', 'department_staff');
    const { cookie, recoveryCodes, secret } = await enrolFromAccount('sf-regen', address);
    const id = await t.userId('sf-regen');
    expect(outcome(await inject('POST', '/api/auth/second-factor/recovery-codes', cookie, {}, address))).toEqual({ status: 400, code: 'SECOND_FACTOR_PROOF_REQUIRED' });
    expect(outcome(await inject('POST', '/api/auth/second-factor/recovery-codes', cookie, { password: 'Wrong#Pass2026' }, address))).toEqual({ status: 400, code: 'WRONG_PASSWORD' });
    const replaced = await inject('POST', '/api/auth/second-factor/recovery-codes', cookie, { code: await nextCode(t.database.db, t.clock, id, secret) }, address);
    expect(replaced.statusCode, replaced.body).toBe(200);
    const fresh = replaced.json<{ recoveryCodes: string[] }>().recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect(fresh.some((c) => recoveryCodes.includes(c))).toBe(false);
    expect(await auditRows('auth.second_factor_recovery_codes', id)).toEqual([{ result: 'success', actor: 'sf-regen', after: { recoveryCodes: 10 } }]);

    const waiting = cookieOf(await password('sf-regen', address));
    expect(outcome(await inject('POST', '/api/auth/second-factor/verify', waiting, { code: recoveryCodes[0]! }, address))).toEqual({ status: 400, code: 'SECOND_FACTOR_WRONG_CODE' });
    expect((await inject('POST', '/api/auth/second-factor/verify', waiting, { code: fresh[0]! }, address)).statusCode).toBe(200);
  });

  it('lets an operator turn two-step verification on and off with a current code, and not a required role', async () => {
    const address = newAddress();
    const operator = await password('wuchang', address, DEMO_PASSWORD);
    expect(operator.json().pendingStep).toBeNull();
    const operatorCookie = cookieOf(operator);
    expect((await inject('GET', '/api/auth/second-factor', operatorCookie)).json()).toEqual({ enrolled: false, required: false, enrolledAt: null, recoveryCodesLeft: 0 });
    expect(outcome(await inject('POST', '/api/auth/second-factor/enrolment', operatorCookie, {}, address))).toEqual({ status: 400, code: 'WRONG_PASSWORD' });

    await createUser('sf-optional', 'district_operator');
    const id = await t.userId('sf-optional');
    const { cookie, secret } = await enrolFromAccount('sf-optional', address);
    expect((await password('sf-optional', address)).json().pendingStep).toBe('second-factor');
    const wrong = totpCode(secret, totpStepAt(t.clock.now()) - 7);
    expect(outcome(await inject('POST', '/api/auth/second-factor/disable', cookie, { code: wrong }, address))).toEqual({ status: 400, code: 'SECOND_FACTOR_WRONG_CODE' });
    expect(outcome(await inject('POST', '/api/auth/second-factor/disable', cookie, { code: wrong, password: PASSWORD }, address))).toEqual({ status: 400, code: 'SECOND_FACTOR_PROOF_REQUIRED' });
    const off = await inject('POST', '/api/auth/second-factor/disable', cookie, { code: await nextCode(t.database.db, t.clock, id, secret) }, address);
    expect(off.statusCode, off.body).toBe(204);
    expect(await auditRows('auth.second_factor_disable', id)).toEqual([{ result: 'success', actor: 'sf-optional', after: { proof: 'code' } }]);
    expect(await t.database.db.selectFrom('second_factor_recovery_codes').select('user_id').where('user_id', '=', id).execute()).toEqual([]);
    expect((await password('sf-optional', address)).json().pendingStep).toBeNull();

    // The demo reviewer's role requires it.
    const reviewer = await t.login('reviewer');
    expect(outcome(await inject('POST', '/api/auth/second-factor/disable', reviewer, { password: DEMO_PASSWORD }))).toEqual({ status: 409, code: 'SECOND_FACTOR_MANDATORY' });
    expect((await inject('GET', '/api/auth/second-factor', reviewer)).json()).toMatchObject({ enrolled: true, required: true });
  });

  describe('reset by an administrator', () => {
    it('removes another user\'s second factor, ends the user\'s sessions, is audited, and the role enrols again', async () => {
      const id = await createUser('sf-lost-phone', 'city_reviewer');
      const session = await t.login('sf-lost-phone', PASSWORD);
      const reset = await inject('POST', `/api/users/${id}/second-factor/reset`, await asAdmin());
      expect(reset.statusCode, reset.body).toBe(204);
      expect(await auditRows('auth.second_factor_reset', id)).toEqual([{ result: 'success', actor: 'admin', after: null }]);
      expect((await inject('GET', '/api/auth/me', session)).statusCode).toBe(401);
      expect(await t.database.db.selectFrom('second_factors').select('user_id').where('user_id', '=', id).execute()).toEqual([]);
      expect((await password('sf-lost-phone', newAddress())).json().pendingStep).toBe('enrol-second-factor');
      expect(outcome(await inject('POST', `/api/users/${id}/second-factor/reset`, await asAdmin()))).toEqual({ status: 409, code: 'SECOND_FACTOR_NOT_ENROLLED' });
    });

    it('is not for the administrator\'s own factor, nor for anyone without user management', async () => {
      const adminId = await t.userId('admin');
      expect(outcome(await inject('POST', `/api/users/${adminId}/second-factor/reset`, await asAdmin()))).toEqual({ status: 409, code: 'SECOND_FACTOR_RESET_SELF' });
      const auditor = await t.login('auditor');
      expect(outcome(await inject('POST', `/api/users/${await t.userId('reviewer')}/second-factor/reset`, auditor))).toEqual({ status: 403, code: 'FORBIDDEN' });
    });
  });
});
