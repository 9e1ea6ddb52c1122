import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../app';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';

const PASSWORD = 'Edge#Test2026';
const WRONG = 'Wrong#Pass2026';
const ATTACKER = '203.0.113.66';
const USER_HOME = '198.51.100.7';

const outcome = (r: LightMyRequestResponse) => ({ status: r.statusCode, code: r.json().code, message: r.json().message });

describeEachDialect('sign-in limits an attacker cannot turn into a lockout', (dialect) => {
  let t: TestApp;
  let admin = '';

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const login = (username: string, password: string, remoteAddress = ATTACKER, app: FastifyInstance = t.app) =>
    app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { username, password } });
  async function createUser(username: string): Promise<number> {
    // The clock moves in these tests: sign in again when the session has ended.
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: admin } });
    if (me.statusCode !== 200) admin = await t.login('admin');
    const response = await t.app.inject({
      method: 'POST', url: '/api/users', headers: { cookie: admin },
      payload: { username, displayName: `测试 ${username}`, role: 'leader', organisationId: await t.orgId('420106'), password: PASSWORD },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id;
  }
  const lockedUntil = async (id: number) =>
    (await t.app.inject({ method: 'GET', url: `/api/users/${id}`, headers: { cookie: admin } })).json().lockedUntil;

  it('locks the account for the address that failed only: the rightful user signs in from another', async () => {
    const id = await createUser('edge-victim');
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await login('edge-victim', WRONG)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    expect(outcome(await login('edge-victim', PASSWORD))).toMatchObject({ status: 423, code: 'ACCOUNT_LOCKED' });
    // The administrator sees the lock.
    expect(await lockedUntil(id)).toBe(new Date(t.clock.now().getTime() + 30 * 60_000).toISOString());

    const home = await login('edge-victim', PASSWORD, USER_HOME);
    expect(home.statusCode, home.body).toBe(200);
    // Signing in elsewhere does not lift the attacker's lock, and the administrator still sees it.
    expect((await login('edge-victim', PASSWORD)).statusCode).toBe(423);
    expect(await lockedUntil(id)).not.toBeNull();

    // An administrator's unlock lifts it for every address.
    const unlocked = await t.app.inject({ method: 'POST', url: `/api/users/${id}/unlock`, headers: { cookie: admin } });
    expect(unlocked.statusCode, unlocked.body).toBe(200);
    expect((await login('edge-victim', WRONG)).statusCode).toBe(401);
    expect((await login('edge-victim', PASSWORD)).statusCode).toBe(200);
  });

  it('doubles the lock each time the same address locks the same account again', async () => {
    await createUser('edge-repeat');
    const lockOnce = async () => {
      let last: LightMyRequestResponse | undefined;
      for (let i = 0; i < 5; i++) last = await login('edge-repeat', WRONG, '203.0.113.70');
      return outcome(last!);
    };
    expect(await lockOnce()).toMatchObject({ status: 423, message: expect.stringContaining('请 30 分钟后再试') });
    t.clock.advanceMinutes(31);
    expect(await lockOnce()).toMatchObject({ status: 423, message: expect.stringContaining('请 60 分钟后再试') });
    t.clock.advanceMinutes(61);
    expect(await lockOnce()).toMatchObject({ status: 423, message: expect.stringContaining('请 120 分钟后再试') });
    t.clock.advanceMinutes(121);
  });

  it('throttles an address that sprays one password across accounts, and only that address', async () => {
    const app = await buildApp({ database: t.database, clock: t.clock, logger: false, limits: { failuresPerAddress: 6, addressWindowMinutes: 15, addressBlockMinutes: 10 } });
    try {
      const sprayer = '203.0.113.99';
      await createUser('edge-sprayed');
      const statuses = [];
      for (let i = 0; i < 8; i++) statuses.push((await login(`edge-spray-${i}`, WRONG, sprayer, app)).statusCode);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429]);
      // Even the right password is refused from that address, before it is checked …
      expect(outcome(await login('edge-sprayed', PASSWORD, sprayer, app))).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
      // … while every other address signs in.
      expect((await login('edge-sprayed', PASSWORD, '198.51.100.8', app)).statusCode).toBe(200);

      t.clock.advanceMinutes(11);
      expect((await login('edge-spray-again-0', WRONG, sprayer, app)).statusCode).toBe(401);
      for (let i = 1; i < 6; i++) await login(`edge-spray-again-${i}`, WRONG, sprayer, app);
      // The second throttle lasts twice as long.
      t.clock.advanceMinutes(11);
      expect((await login('edge-sprayed', PASSWORD, sprayer, app)).statusCode).toBe(429);
      t.clock.advanceMinutes(10);
      expect((await login('edge-sprayed', PASSWORD, sprayer, app)).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
