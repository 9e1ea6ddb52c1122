import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { BODY_LIMIT } from '../../app';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';

const PASSWORD = 'BadInput#Test2026';
/** What an error body must never reveal: stacks, SQL, the database, file paths. */
const LEAKS = [/\n\s*at /, /at [\w.<>]+ \(/, /SELECT/, /sqlite/i, /postgres/i, /node_modules/, /(\/[\w.-]+)+\.(ts|js|mjs)\b/, /\/work\//, /[A-Z]:\\/];

/** Asserts the one error shape { code, message, details?, requestId } and returns the body. */
function errorBody(response: LightMyRequestResponse, status: number, code: string) {
  expect(response.statusCode, response.body).toBe(status);
  const body = response.json();
  expect(Object.keys(body).sort()).toEqual(body.details === undefined ? ['code', 'message', 'requestId'] : ['code', 'details', 'message', 'requestId']);
  expect(body.code).toBe(code);
  expect(body.message).toEqual(expect.any(String));
  expect(body.message.length).toBeGreaterThan(0);
  expect(body.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  for (const detail of body.details ?? []) expect(Object.keys(detail).sort()).toEqual(['message', 'path']);
  for (const leak of LEAKS) expect(response.body).not.toMatch(leak);
  return body as { code: string; message: string; details?: { path: string; message: string }[]; requestId: string };
}

describeEachDialect('bad input', (dialect) => {
  let t: TestApp;
  let admin: string;
  let street: Record<string, unknown>;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await t.login('admin');
    street = { code: 'BAD-ST', name: '测试街道', kind: 'street', parentId: await t.orgId('420106') };
  });
  afterAll(() => t.close());

  /** The tables a refused request must leave as they were. */
  const snapshot = async () => JSON.stringify(await Promise.all([
    t.database.db.selectFrom('organisations').selectAll().orderBy('id').execute(),
    t.database.db.selectFrom('users').selectAll().orderBy('id').execute(),
  ]));
  const post = (url: string, payload: unknown, headers: Record<string, string | undefined> = {}) =>
    t.app.inject({ method: 'POST', url, headers: { cookie: admin, ...headers }, payload: payload as string });

  it('answers malformed or empty JSON with 400 INVALID_JSON and writes nothing', async () => {
    const before = await snapshot();
    const json = { 'content-type': 'application/json' };
    errorBody(await post('/api/organisations', '{"code": "BAD-ST", "name":', json), 400, 'INVALID_JSON');
    errorBody(await post('/api/organisations', '', json), 400, 'INVALID_JSON');
    const en = errorBody(await post('/api/users', '{username:1}', { ...json, 'accept-language': 'en' }), 400, 'INVALID_JSON');
    expect(en.message).toBe('The request body is not valid JSON');
    errorBody(await post('/api/organisations', '<code>x</code>', { 'content-type': 'application/xml' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(await snapshot()).toBe(before);
  });

  it('refuses unknown fields with 400 VALIDATION_FAILED naming them, and writes nothing', async () => {
    const before = await snapshot();
    const created = errorBody(await post('/api/users', {
      username: 'sneaky', displayName: '越权', role: 'leader', organisationId: await t.orgId('420106'), password: PASSWORD, isAdmin: true,
    }), 400, 'VALIDATION_FAILED');
    expect(created.details).toEqual([{ path: 'body', message: '包含不允许的字段：isAdmin' }]);
    const patched = await t.app.inject({
      method: 'PATCH', url: `/api/users/${await t.userId('wuchang')}`, headers: { cookie: admin, 'accept-language': 'en' },
      payload: { displayName: '改', passwordHash: 'x', version: 1 },
    });
    expect(errorBody(patched, 400, 'VALIDATION_FAILED').details).toEqual([{ path: 'body', message: 'Fields not allowed: passwordHash' }]);
    expect(await snapshot()).toBe(before);
  });

  it('names the field of a wrong type by where it came from: body, query or path', async () => {
    const before = await snapshot();
    const en = { 'accept-language': 'en' };
    const body = errorBody(await post('/api/organisations', { ...street, parentId: '7' }, en), 400, 'VALIDATION_FAILED');
    expect(body.details).toEqual([{ path: 'body.parentId', message: 'Invalid input: expected number, received string' }]);
    const user = errorBody(await post('/api/users', { username: 'typed', displayName: 'x', role: 'leader', organisationId: 'abc', password: PASSWORD }), 400, 'VALIDATION_FAILED');
    expect(user.details!.map((d) => d.path)).toEqual(['body.organisationId']);
    const query = await t.app.inject({ method: 'GET', url: '/api/users?pageSize=lots', headers: { cookie: admin } });
    expect(errorBody(query, 400, 'VALIDATION_FAILED').details!.map((d) => d.path)).toEqual(['querystring.pageSize']);
    const params = await t.app.inject({ method: 'GET', url: '/api/users/abc', headers: { cookie: admin } });
    expect(errorBody(params, 400, 'VALIDATION_FAILED').details!.map((d) => d.path)).toEqual(['params.id']);
    expect(await snapshot()).toBe(before);
  });

  it('refuses a body over 1 MiB with 413 PAYLOAD_TOO_LARGE, and validates one just under it', async () => {
    const before = await snapshot();
    const big = errorBody(await post('/api/organisations', { ...street, name: 'x'.repeat(BODY_LIMIT) }), 413, 'PAYLOAD_TOO_LARGE');
    expect(big.message).toBe('请求内容超过大小上限（1024 KiB）');
    const under = await post('/api/organisations', { ...street, name: 'x'.repeat(BODY_LIMIT - 200) });
    expect(errorBody(under, 400, 'VALIDATION_FAILED').details![0]!.path).toBe('body.name');
    expect(await snapshot()).toBe(before);
  });

  it('speaks the caller\'s language: the same bad request in zh-CN, zh-TW and en', async () => {
    const request = (locale: string) => post('/api/users', {
      username: 'lang-user', displayName: 'x', role: 'leader', organisationId: 'abc', password: PASSWORD,
    }, { 'accept-language': locale });
    const cn = errorBody(await request('zh-CN,zh;q=0.9'), 400, 'VALIDATION_FAILED');
    const tw = errorBody(await request('zh-TW'), 400, 'VALIDATION_FAILED');
    const en = errorBody(await request('en-US,en;q=0.8'), 400, 'VALIDATION_FAILED');
    expect(cn.message).toBe('提交的数据不符合要求，请检查后重试');
    expect(tw.message).toBe('提交的資料不符合要求，請檢查後重試');
    expect(tw.message).toContain('資');
    expect(en.message).toMatch(/\bnot valid\b/);
    expect(tw.details![0]!.message).toBe('無效的輸入值：預期為 number，但收到 string');
    expect(en.details![0]!.message).toBe('Invalid input: expected number, received string');
    expect(new Set([cn.message, tw.message, en.message]).size).toBe(3);
  });

  it('treats input a database cannot store (NUL characters, ids beyond 32 bits) as bad input, never a 500', async () => {
    const before = await snapshot();
    const members = () => t.database.db.selectFrom('organisation_group_members').selectAll().orderBy('group_id').orderBy('organisation_id').execute();
    const membersBefore = await members();
    const responses = [
      await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'adm\u0000in', password: 'x' } }),
      await t.app.inject({ method: 'GET', url: '/api/users?q=%00', headers: { cookie: admin } }),
      await post('/api/organisations', { ...street, parentId: 3_000_000_000 }),
      await t.app.inject({ method: 'PUT', url: '/api/organisation-groups/1/members', headers: { cookie: admin }, payload: { organisationIds: [3_000_000_000] } }),
      await t.app.inject({ method: 'PATCH', url: `/api/users/${await t.userId('jiangan')}`, headers: { cookie: admin }, payload: { organisationId: 3_000_000_000, version: 1 } }),
    ];
    for (const response of responses) {
      expect(response.statusCode, response.body).toBeLessThan(500);
      if (response.statusCode >= 400) errorBody(response, response.statusCode, response.json().code);
    }
    expect(await snapshot()).toBe(before);
    expect(await members()).toEqual(membersBefore);
  });

  it('answers a real server failure with 500 INTERNAL and nothing internal', async () => {
    // A table gone from under the app: the driver's error names the table and the SQL.
    await sql`alter table organisation_groups rename to organisation_groups_gone`.execute(t.database.db);
    try {
      const response = await t.app.inject({ method: 'GET', url: '/api/organisation-groups', headers: { cookie: admin, 'accept-language': 'en' } });
      const body = errorBody(response, 500, 'INTERNAL');
      expect(body.message).toBe(`Internal server error; please try again later (request ${body.requestId})`);
      expect(response.body).not.toContain('organisation_groups');
    } finally {
      await sql`alter table organisation_groups_gone rename to organisation_groups`.execute(t.database.db);
    }
    const healed = await t.app.inject({ method: 'GET', url: '/api/organisation-groups', headers: { cookie: admin } });
    expect(healed.statusCode).toBe(200);
  });

  it('refuses cross-site writes with 403 CROSS_SITE, audited as denied, and accepts same-origin ones', async () => {
    const before = await snapshot();
    const evil = errorBody(await post('/api/organisations', street, { origin: 'http://evil.example' }), 403, 'CROSS_SITE');
    const row = await t.database.db.selectFrom('audit_log').selectAll().where('request_id', '=', evil.requestId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ result: 'denied', action: 'POST /api/organisations' });
    const crossSite: Record<string, string | undefined>[] = [
      { origin: 'null' },
      { origin: 'http://localhost:8080' },
      { origin: 'https://localhost' },
      { origin: 'http://hongtu.example.evil.example', host: 'hongtu.example' },
      { 'sec-fetch-site': 'cross-site' },
      // A signed-in write must prove its origin: none of these does.
      { origin: undefined },
      { origin: undefined, referer: 'http://localhost/reporting' },
      { origin: undefined, 'sec-fetch-site': 'same-site' },
      { origin: undefined, 'sec-fetch-site': 'none' },
      // The other scheme of the same host is another origin.
      { host: 'hongtu.example', origin: 'https://hongtu.example' },
    ];
    for (const headers of crossSite) {
      errorBody(await post('/api/organisations', street, headers), 403, 'CROSS_SITE');
    }
    expect(await snapshot()).toBe(before);

    for (const headers of [
      { host: 'hongtu.example:3000', origin: 'http://hongtu.example:3000' },
      { host: 'hongtu.example', origin: 'http://hongtu.example' },
      { origin: 'http://localhost' }, // light-my-request's Host is "localhost:80": the default port is the same origin
      { 'sec-fetch-site': 'same-origin' },
    ]) {
      const response = await t.app.inject({ method: 'PUT', url: '/api/auth/locale', headers: { cookie: admin, ...headers }, payload: { locale: 'zh-CN' } });
      expect(response.statusCode, `${JSON.stringify(headers)} ${response.body}`).toBe(204);
    }
    const created = await post('/api/organisations', street, { host: 'hongtu.example', origin: 'http://hongtu.example' });
    expect(created.statusCode, created.body).toBe(201);
    // Without a session cookie there is nothing to forge: a script may sign in without Origin.
    const scripted = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: undefined }, payload: { username: 'nobody', password: 'x' } });
    errorBody(scripted, 401, 'INVALID_CREDENTIALS');
  });

  it('answers every kind of failure in the one error shape', async () => {
    const auditor = await t.login('auditor');
    errorBody(await t.app.inject({ method: 'GET', url: '/api/users' }), 401, 'UNAUTHENTICATED');
    errorBody(await t.app.inject({ method: 'GET', url: '/api/users', headers: { cookie: auditor } }), 403, 'FORBIDDEN');
    errorBody(await t.app.inject({ method: 'GET', url: '/api/no-such-route' }), 404, 'NOT_FOUND');
    errorBody(await t.app.inject({ method: 'GET', url: '/api/organisations/999999', headers: { cookie: admin } }), 404, 'NOT_FOUND');
    errorBody(await post('/api/organisations', { ...street, code: '420106' }), 409, 'DUPLICATE_CODE');
    errorBody(await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'x' } }), 401, 'INVALID_CREDENTIALS');
  });

  it('rate-limits sign-in per account and address: user A gets 429, user B on the same address still signs in', async () => {
    for (const username of ['rl-a', 'rl-b']) {
      const response = await post('/api/users', { username, displayName: username, role: 'leader', organisationId: await t.orgId('420106'), password: PASSWORD });
      expect(response.statusCode, response.body).toBe(201);
    }
    const deniedBefore = await t.database.db.selectFrom('audit_log').select('id').where('action', '=', 'POST /api/auth/login').where('result', '=', 'denied').execute();
    const spellings = ['rl-a', 'RL-A', ' rl-a ', 'Rl-a'];
    const statuses: number[] = [];
    let last: LightMyRequestResponse | undefined;
    for (let i = 0; i < 25; i++) {
      last = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: spellings[i % 4], password: 'Wrong#Pass2026' } });
      statuses.push(last.statusCode);
    }
    expect(statuses.slice(0, 20)).not.toContain(429);
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429]);
    expect(errorBody(last!, 429, 'RATE_LIMITED').message).toBe('操作过于频繁，请稍后再试');
    const deniedAfter = await t.database.db.selectFrom('audit_log').select('id').where('action', '=', 'POST /api/auth/login').where('result', '=', 'denied').execute();
    expect(deniedAfter.length - deniedBefore.length).toBe(5);

    const b = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'rl-b', password: PASSWORD } });
    expect(b.statusCode, b.body).toBe(200);
    // Another address is neither rate-limited nor locked out for A (ADR 0008): the lock applies to the
    // address that failed, so the rightful user signs in from elsewhere.
    const elsewhere = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.1.2.3', payload: { username: 'rl-a', password: PASSWORD } });
    expect(elsewhere.statusCode, elsewhere.body).toBe(200);
  });
});
