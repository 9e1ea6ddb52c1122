import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';

const PASSWORD = 'Users#Test2026';
/** Nothing in a response may carry the stored hash, under any spelling. */
const SECRETS = [/password_?hash/i, /\$argon2/];

describeEachDialect('users', (dialect) => {
  let t: TestApp;
  let admin: string;
  let auditor: string;
  let jianghan: number;
  const responses: LightMyRequestResponse[] = [];

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await t.login('admin');
    auditor = await t.login('auditor');
    jianghan = await t.orgId('420103');
    // Five leaders of 江汉区 for the paging checks.
    for (let i = 1; i <= 5; i++) {
      const response = await create({ username: `page-${i}`, displayName: `江汉区领导${i}`, role: 'leader', organisationId: jianghan, password: PASSWORD });
      expect(response.statusCode, response.body).toBe(201);
    }
  });
  afterAll(() => t.close());

  async function call(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, cookie = admin) {
    const response = await t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
    responses.push(response);
    return response;
  }
  const create = (payload: object, cookie = admin) => call('POST', '/api/users', payload, cookie);
  const list = async (query: string) => {
    const response = await call('GET', `/api/users?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { items: { username: string }[]; total: number };
    return { names: body.items.map((u) => u.username), total: body.total };
  };
  const count = async (table: 'users' | 'audit_log', result?: 'denied') => {
    let q = t.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n'));
    if (result) q = q.where('result' as never, '=', result as never);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };

  it('creates a user with a lower-cased name and refuses the same name in any case', async () => {
    const created = await create({ username: 'Li.Ming', displayName: '李明', role: 'city_reviewer', organisationId: await t.orgId('420100'), password: PASSWORD });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ username: 'li.ming', displayName: '李明', role: 'city_reviewer', organisationName: '武汉市', status: 'active', lockedUntil: null, version: 1 });
    expect((await t.login('LI.MING', PASSWORD)).length).toBeGreaterThan(0);
    const users = await count('users');
    const duplicate = await create({ username: 'LI.MING', displayName: '另一个李明', role: 'leader', organisationId: jianghan, password: PASSWORD });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: 'DUPLICATE_USERNAME', message: '用户名“li.ming”已存在' });
    expect(await count('users')).toBe(users);
    const audit = await t.database.db.selectFrom('audit_log').select(['entity_id', 'after_json']).where('action', '=', 'user.create').where('entity_id', '=', String(created.json().id)).execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after_json!)).toEqual(created.json());
  });

  it('lists with filters and pages, and the total counts every match', async () => {
    expect((await list('pageSize=200')).total).toBe(await count('users'));
    expect(await list(`organisationId=${jianghan}`)).toEqual({ names: ['page-1', 'page-2', 'page-3', 'page-4', 'page-5'], total: 5 });
    expect(await list(`organisationId=${jianghan}&pageSize=2&page=2`)).toEqual({ names: ['page-3', 'page-4'], total: 5 });
    expect(await list(`organisationId=${jianghan}&pageSize=2&page=3`)).toEqual({ names: ['page-5'], total: 5 });
    expect(await list(`organisationId=${jianghan}&pageSize=2&page=4`)).toEqual({ names: [], total: 5 });
    expect(await list('role=district_operator')).toEqual({ names: ['wuchang', 'jiangan', 'xisaishan'], total: 3 });
    expect(await list(`role=district_operator&organisationId=${await t.orgId('420106')}`)).toEqual({ names: ['wuchang'], total: 1 });
    expect(await list(`role=leader&organisationId=${jianghan}&q=${encodeURIComponent('领导3')}`)).toEqual({ names: ['page-3'], total: 1 });
    expect(await list(`q=${encodeURIComponent('发改局')}`)).toEqual({ names: ['wuchang', 'jiangan', 'xisaishan'], total: 3 });
    expect(await list('q=page&pageSize=3')).toEqual({ names: ['page-1', 'page-2', 'page-3'], total: 5 });
  });

  it('finds users whatever the case of a Latin search and in Traditional characters', async () => {
    expect(await list('q=WuChang')).toEqual({ names: ['wuchang'], total: 1 });
    expect(await list(`q=${encodeURIComponent('武昌區發改局')}`)).toEqual({ names: ['wuchang'], total: 1 });
    expect(await list(`q=${encodeURIComponent('發改局填報員')}`)).toEqual({ names: ['wuchang', 'jiangan', 'xisaishan'], total: 3 });
    expect(await list(`q=${encodeURIComponent('漢口')}`)).toEqual({ names: [], total: 0 });
  });

  it('takes % and _ in a search literally, not as wildcards', async () => {
    expect(await list(`q=${encodeURIComponent('%')}`)).toEqual({ names: [], total: 0 });
    expect(await list(`q=${encodeURIComponent('_')}`)).toEqual({ names: [], total: 0 });
    expect(await list(`q=${encodeURIComponent('page_1')}`)).toEqual({ names: [], total: 0 });
    expect(await list(`q=${encodeURIComponent('page-1')}`)).toEqual({ names: ['page-1'], total: 1 });
  });

  it('updates only at the current version', async () => {
    const id = await t.userId('page-1');
    const stale = await call('PATCH', `/api/users/${id}`, { displayName: '旧版本', version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    const updated = await call('PATCH', `/api/users/${id}`, { displayName: '江汉区副区长', role: 'department_staff', version: 1 });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ displayName: '江汉区副区长', role: 'department_staff', version: 2 });
    expect((await call('PATCH', `/api/users/${id}`, { displayName: '再改', version: 1 })).statusCode).toBe(409);
    const row = await t.database.db.selectFrom('users').select(['display_name', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ display_name: '江汉区副区长', version: 2 });
  });

  it('does not let the administrator change his own role, organisation or status', async () => {
    const id = await t.userId('admin');
    const before = await t.database.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const denied = await count('audit_log', 'denied');
    const attempts = [
      await call('PATCH', `/api/users/${id}`, { role: 'auditor', version: before.version }),
      await call('PATCH', `/api/users/${id}`, { organisationId: await t.orgId('420106'), version: before.version }),
      await call('POST', `/api/users/${id}/disable`),
      await call('POST', `/api/users/${id}/reset-password`, { password: 'Another#Pass2026' }),
    ];
    for (const response of attempts) {
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json()).toMatchObject({ code: 'SELF_PRIVILEGE_CHANGE', message: '不能修改自己的角色、组织或状态' });
    }
    expect(await t.database.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow()).toEqual(before);
    expect(await count('audit_log', 'denied')).toBe(denied + 4);
    // His own display name is not a privilege.
    const renamed = await call('PATCH', `/api/users/${id}`, { displayName: '系统管理员（张）', version: before.version });
    expect(renamed.statusCode, renamed.body).toBe(200);
  });

  it('keeps the auditor out of user administration', async () => {
    const users = await count('users');
    const listed = await call('GET', '/api/users', undefined, auditor);
    expect(listed.statusCode).toBe(403);
    expect(listed.json().code).toBe('FORBIDDEN');
    expect((await call('GET', `/api/users/${await t.userId('wuchang')}`, undefined, auditor)).statusCode).toBe(403);
    const created = await create({ username: 'audit-made', displayName: '审计员建的', role: 'system_admin', organisationId: jianghan, password: PASSWORD }, auditor);
    expect(created.statusCode).toBe(403);
    expect(await count('users')).toBe(users);
  });

  it('keeps the administrator out of the audit trail, which has no route to change it', async () => {
    for (const url of ['/api/audit', '/api/audit/export', '/api/audit/verify']) {
      const response = await call('GET', url);
      expect(response.statusCode, url).toBe(403);
      expect(response.json().code).toBe('FORBIDDEN');
    }
    const rows = await t.database.db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id').execute();
    for (const cookie of [admin, auditor]) {
      for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
        const response = await call(method, '/api/audit/1', method === 'DELETE' ? undefined : { action: 'nothing happened' }, cookie);
        expect(response.statusCode, `${method} ${response.body}`).toBe(404);
        expect(response.json().code).toBe('NOT_FOUND');
      }
    }
    // The attempts are recorded as denied writes; the earlier rows are exactly as they were, and the chain verifies.
    const after = await t.database.db.selectFrom('audit_log').select(['id', 'hash', 'result', 'action']).orderBy('id').execute();
    expect(after.slice(0, rows.length).map(({ id, hash }) => ({ id, hash }))).toEqual(rows);
    const attempts = after.slice(rows.length);
    expect(attempts).toHaveLength(6);
    expect(attempts.every((a) => a.result === 'denied' && a.action.endsWith('/api/audit/1'))).toBe(true);
    const verified = await call('GET', '/api/audit/verify', undefined, auditor);
    expect(verified.json()).toMatchObject({ intact: true, checked: after.length, brokenAt: null });
  });

  it('never answers with the password hash', async () => {
    const id = await t.userId('page-2');
    await call('GET', '/api/users?pageSize=200');
    await call('GET', `/api/users/${id}`);
    await call('POST', `/api/users/${id}/disable`);
    await call('POST', `/api/users/${id}/enable`);
    await call('POST', `/api/users/${id}/unlock`);
    await call('POST', `/api/users/${id}/reset-password`, { password: 'Reset#Pass2026' });
    const ok = responses.filter((r) => r.statusCode < 300);
    expect(ok.length).toBeGreaterThan(20);
    for (const response of responses) for (const secret of SECRETS) expect(response.body).not.toMatch(secret);
    // Nor does the audit trail keep it.
    const trail = await t.database.db.selectFrom('audit_log').select(['before_json', 'after_json']).execute();
    for (const row of trail) expect(`${row.before_json} ${row.after_json}`).not.toMatch(/\$argon2|password_?hash/i);
  });

  it('keeps a district operator to a district or functional zone, with a localized refusal that writes nothing', async () => {
    const users = await count('users');
    const refusals = [
      await create({ username: 'op-city', displayName: '市填报员', role: 'district_operator', organisationId: await t.orgId('420100'), password: PASSWORD }),
      await create({ username: 'op-dept', displayName: '部门填报员', role: 'district_operator', organisationId: await t.orgId('WH-FGW'), password: PASSWORD }),
      await create({ username: 'op-street', displayName: '街道填报员', role: 'district_operator', organisationId: await t.orgId('420106-ZNL'), password: PASSWORD }),
    ];
    for (const response of refusals) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json()).toMatchObject({ code: 'ROLE_ORGANISATION_KIND', message: '区级填报员只能属于区或功能区，不能设在市、街道或部门' });
      expect(response.json().details).toEqual([{ path: 'body.organisationId', message: '区级填报员只能属于区或功能区，不能设在市、街道或部门' }]);
    }
    const en = await t.app.inject({
      method: 'POST', url: '/api/users', headers: { cookie: admin, 'accept-language': 'en' },
      payload: { username: 'op-city', displayName: 'x', role: 'district_operator', organisationId: await t.orgId('420100'), password: PASSWORD },
    });
    expect(en.json().message).toBe('A district operator belongs to a district or functional zone, not to a city, street or department');
    expect(await count('users')).toBe(users);
    expect((await create({ username: 'op-zone', displayName: '功能区填报员', role: 'district_operator', organisationId: await t.orgId('WH-DHGX'), password: PASSWORD })).statusCode).toBe(201);

    // Nor by a change: the role of a city user, or the organisation of an operator.
    const leader = (await create({ username: 'city-leader', displayName: '市领导二', role: 'leader', organisationId: await t.orgId('420100'), password: PASSWORD })).json<{ id: number; version: number }>();
    const promoted = await call('PATCH', `/api/users/${leader.id}`, { role: 'district_operator', version: leader.version });
    expect(promoted.json()).toMatchObject({ code: 'ROLE_ORGANISATION_KIND' });
    const wuchang = await t.userId('wuchang');
    const moved = await call('PATCH', `/api/users/${wuchang}`, { organisationId: await t.orgId('WH-TJJ'), version: 1 });
    expect(moved.json()).toMatchObject({ code: 'ROLE_ORGANISATION_KIND' });
    expect(await t.database.db.selectFrom('users').select(['role', 'organisation_id']).where('id', 'in', [leader.id, wuchang]).orderBy('id').execute())
      .toEqual([{ role: 'district_operator', organisation_id: await t.orgId('420106') }, { role: 'leader', organisation_id: await t.orgId('420100') }]);
  });

  it('keeps a telephone and a position, shows the number masked and the full one only on request, each view audited', async () => {
    const created = await create({
      username: 'zhang.san', displayName: '张三', role: 'leader', organisationId: jianghan, password: PASSWORD, position: '副主任', phone: '13812341234',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: number }>().id;
    expect(created.json()).toMatchObject({ position: '副主任', maskedPhone: '138****1234', mustChangePassword: true });
    expect(created.body).not.toContain('13812341234');
    const listed = await call('GET', `/api/users?q=zhang.san`);
    expect(listed.json().items).toEqual([expect.objectContaining({ maskedPhone: '138****1234', position: '副主任' })]);
    expect(listed.body).not.toContain('13812341234');
    expect((await call('GET', `/api/users/${id}`)).body).not.toContain('13812341234');
    // The trail of the creation keeps the masked number only.
    const createdRow = await t.database.db.selectFrom('audit_log').select('after_json').where('action', '=', 'user.create').where('entity_id', '=', String(id)).executeTakeFirstOrThrow();
    expect(createdRow.after_json).not.toContain('13812341234');

    const views = async () => t.database.db.selectFrom('audit_log').select(['actor_name', 'result', 'after_json'])
      .where('action', '=', 'user.phone_view').where('entity_id', '=', String(id)).execute();
    const revealed = await call('POST', `/api/users/${id}/reveal-phone`);
    expect(revealed.statusCode, revealed.body).toBe(200);
    expect(revealed.json()).toEqual({ phone: '13812341234' });
    await call('POST', `/api/users/${id}/reveal-phone`);
    expect(await views()).toEqual([
      { actor_name: 'admin', result: 'success', after_json: JSON.stringify({ maskedPhone: '138****1234' }) },
      { actor_name: 'admin', result: 'success', after_json: JSON.stringify({ maskedPhone: '138****1234' }) },
    ]);
    // Not for the auditor, and refused without a trace of the number.
    const refused = await call('POST', `/api/users/${id}/reveal-phone`, undefined, auditor);
    expect(refused.statusCode).toBe(403);
    expect(await views()).toHaveLength(2);

    // A landline with its area code; a bad number is refused in words; null clears.
    const landline = await call('PATCH', `/api/users/${id}`, { phone: '027-85761234', position: '主任', version: 1 });
    expect(landline.json()).toMatchObject({ maskedPhone: '027****1234', position: '主任', version: 2 });
    const bad = await call('PATCH', `/api/users/${id}`, { phone: '12345', version: 2 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual([{ path: 'body.phone', message: '电话号码格式不正确：手机号 11 位，座机请带区号（如 027-85761234）' }]);
    const cleared = await call('PATCH', `/api/users/${id}`, { phone: null, position: null, version: 2 });
    expect(cleared.json()).toMatchObject({ maskedPhone: null, position: null, version: 3 });
    expect((await call('POST', `/api/users/${id}/reveal-phone`)).json()).toEqual({ phone: null });
  });
});
