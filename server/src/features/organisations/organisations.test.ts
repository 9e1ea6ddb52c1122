import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';

describeEachDialect('organisations and district groups', (dialect) => {
  let t: TestApp;
  let admin: string;
  let wuchang: number;
  let jiangan: number;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await t.login('admin');
    wuchang = await t.orgId('420106');
    jiangan = await t.orgId('420102');
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, cookie = admin) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const pathOf = async (id: number) =>
    (await t.database.db.selectFrom('organisations').select('path').where('id', '=', id).executeTakeFirstOrThrow()).path;
  /** Audit rows of one action, parsed. */
  const audited = async (action: string) => {
    const rows = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();
    return rows.map((r) => ({ entityId: r.entity_id, actor: r.actor_name, result: r.result, before: JSON.parse(r.before_json ?? 'null'), after: JSON.parse(r.after_json ?? 'null') }));
  };

  it('creates a street under 武昌区 at version 1, with one audit row in the same transaction', async () => {
    const before = await audited('organisation.create');
    const response = await call('POST', '/api/organisations', { code: '420106-SHJ', name: '首义路街道', kind: 'street', parentId: wuchang });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toEqual({ id: expect.any(Number), code: '420106-SHJ', name: '首义路街道', kind: 'street', parentId: wuchang, divisionCode: null, groupIds: [], version: 1 });
    expect(await pathOf(created.id)).toBe(`${await pathOf(wuchang)}${created.id}/`);
    const after = await audited('organisation.create');
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toEqual({ entityId: String(created.id), actor: 'admin', result: 'success', before: null, after: created });
    // The operator of 武昌区 sees it; the one of 江岸区 does not.
    expect((await call('GET', `/api/organisations/${created.id}`, undefined, await t.login('wuchang'))).statusCode).toBe(200);
    expect((await call('GET', `/api/organisations/${created.id}`, undefined, await t.login('jiangan'))).statusCode).toBe(404);
  });

  it('rolls the change back when its audit row cannot be written', async () => {
    if (dialect === 'sqlite') {
      await sql`create trigger audit_refuse before insert on audit_log when new.action = 'organisation.create'
        begin select raise(abort, 'audit unavailable'); end`.execute(t.database.db);
    } else {
      await sql`create function audit_refuse() returns trigger language plpgsql as $$
        begin if new.action = 'organisation.create' then raise exception 'audit unavailable'; end if; return new; end $$`.execute(t.database.db);
      await sql`create trigger audit_refuse before insert on audit_log for each row execute function audit_refuse()`.execute(t.database.db);
    }
    try {
      const response = await call('POST', '/api/organisations', { code: '420106-NOAUDIT', name: '无审计街道', kind: 'street', parentId: wuchang });
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toContain('audit unavailable');
    } finally {
      await sql`drop trigger audit_refuse${sql.raw(dialect === 'postgres' ? ' on audit_log' : '')}`.execute(t.database.db);
      if (dialect === 'postgres') await sql`drop function audit_refuse()`.execute(t.database.db);
    }
    const row = await t.database.db.selectFrom('organisations').select('id').where('code', '=', '420106-NOAUDIT').executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('refuses a duplicate code, a wrong parent kind and a second root, writing nothing', async () => {
    const count = async () => (await t.database.db.selectFrom('organisations').select('id').execute()).length;
    const orgs = await count();
    const creates = (await audited('organisation.create')).length;
    const duplicate = await call('POST', '/api/organisations', { code: '420106', name: '重复', kind: 'street', parentId: wuchang });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: 'DUPLICATE_CODE', message: '编码“420106”已被使用', details: [{ path: 'body.code', message: '编码“420106”已被使用' }] });
    const districtUnderDistrict = await call('POST', '/api/organisations', { code: 'D-IN-D', name: '区中区', kind: 'district', parentId: wuchang });
    expect(districtUnderDistrict.statusCode).toBe(400);
    expect(districtUnderDistrict.json().code).toBe('ORGANISATION_PARENT_KIND');
    const root = await call('POST', '/api/organisations', { code: '430000', name: '湖南省', kind: 'province', parentId: null });
    expect(root.statusCode).toBe(409);
    expect(root.json().code).toBe('ROOT_ORGANISATION');
    const rename = await call('PATCH', `/api/organisations/${jiangan}`, { code: '420106', version: 1 });
    expect(rename.statusCode).toBe(409);
    expect(rename.json().code).toBe('DUPLICATE_CODE');
    expect(await count()).toBe(orgs);
    expect(await audited('organisation.create')).toHaveLength(creates);
    expect(await audited('organisation.update')).toHaveLength(0);
  });

  it('renames only at the current version, auditing before and after', async () => {
    const id = await t.orgId('420103');
    const stale = await call('PATCH', `/api/organisations/${id}`, { name: '江汉区（旧）', version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    const renamed = await call('PATCH', `/api/organisations/${id}`, { name: '江汉区人民政府', version: 1 });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: '江汉区人民政府', version: 2 });
    const again = await call('PATCH', `/api/organisations/${id}`, { name: '再改', version: 1 });
    expect(again.json().code).toBe('STALE_VERSION');
    const rows = await audited('organisation.update');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ entityId: String(id), before: { name: '江汉区', version: 1 }, after: { name: '江汉区人民政府', version: 2 } });
  });

  it('refuses to move an organisation under itself or its own street', async () => {
    const pathBefore = await pathOf(wuchang);
    for (const parentId of [await t.orgId('420106-ZNL'), wuchang]) {
      const response = await call('PATCH', `/api/organisations/${wuchang}`, { parentId, version: 1 });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'ORGANISATION_CYCLE', details: [{ path: 'body.parentId' }] });
      expect(response.json().details[0].message).toBe(response.json().message);
    }
    expect(await pathOf(wuchang)).toBe(pathBefore);
  });

  it('moves a street from 武昌区 to 江岸区, and the two operators\' scopes follow', async () => {
    const street = await t.orgId('420106-JYQ');
    const [wuchangOp, jianganOp] = [await t.login('wuchang'), await t.login('jiangan')];
    const moved = await call('PATCH', `/api/organisations/${street}`, { parentId: jiangan, version: 1 });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ parentId: jiangan, version: 2 });
    expect(await pathOf(street)).toBe(`${await pathOf(jiangan)}${street}/`);
    expect((await call('GET', `/api/organisations/${street}`, undefined, wuchangOp)).statusCode).toBe(404);
    expect((await call('GET', `/api/organisations/${street}`, undefined, jianganOp)).statusCode).toBe(200);
    const listed = (await call('GET', '/api/organisations', undefined, jianganOp)).json().items.map((o: { code: string }) => o.code);
    expect(listed).toEqual(expect.arrayContaining(['420102', '420106-JYQ']));
    const wuchangList = (await call('GET', '/api/organisations', undefined, wuchangOp)).json().items.map((o: { code: string }) => o.code);
    expect(wuchangList).not.toContain('420106-JYQ');
  });

  it('carries a whole subtree when it moves a zone to another city', async () => {
    const zone = await t.orgId('WH-DHGX');
    const street = (await call('POST', '/api/organisations', { code: 'DHGX-GG', name: '关东街道', kind: 'street', parentId: zone })).json().id as number;
    const huangshi = await t.orgId('420200');
    const moved = await call('PATCH', `/api/organisations/${zone}`, { parentId: huangshi, version: 1 });
    expect(moved.statusCode, moved.body).toBe(200);
    const zonePath = `${await pathOf(huangshi)}${zone}/`;
    expect(await pathOf(zone)).toBe(zonePath);
    expect(await pathOf(street)).toBe(`${zonePath}${street}/`);
    // Still in its group after the move.
    expect(moved.json().groupIds).toHaveLength(1);
    const wrongKind = await call('PATCH', `/api/organisations/${street}`, { parentId: huangshi, version: 1 });
    expect(wrongKind.json().code).toBe('ORGANISATION_PARENT_KIND');
  });

  it('deletes only an organisation without sub-organisations or users', async () => {
    const fgw = await t.orgId('WH-FGW'); // has the user fgw, no children
    for (const id of [wuchang, fgw]) {
      const response = await call('DELETE', `/api/organisations/${id}`);
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('ORGANISATION_IN_USE');
    }
    const leaf = await t.orgId('420106-SHJ');
    const deletes = (await audited('organisation.delete')).length;
    expect((await call('DELETE', `/api/organisations/${leaf}`)).statusCode).toBe(204);
    expect((await call('GET', `/api/organisations/${leaf}`)).statusCode).toBe(404);
    const rows = await audited('organisation.delete');
    expect(rows).toHaveLength(deletes + 1);
    expect(rows.at(-1)).toMatchObject({ entityId: String(leaf), before: { code: '420106-SHJ', name: '首义路街道' }, after: null });
    expect((await call('DELETE', `/api/organisations/${leaf}`)).statusCode).toBe(404);
  });

  it('seeds the three district groups and shows each actor only the members in scope', async () => {
    const byName = (items: { name: string; memberIds: number[] }[]) => Object.fromEntries(items.map((g) => [g.name, g.memberIds.length]));
    const forAdmin = (await call('GET', '/api/organisation-groups')).json().items;
    expect(byName(forAdmin)).toEqual({ 中心城区: 7, 新城区: 6, 功能区: 4 });
    expect(forAdmin.find((g: { name: string }) => g.name === '中心城区').memberIds).toEqual(expect.arrayContaining([wuchang, jiangan]));
    const forOperator = (await call('GET', '/api/organisation-groups', undefined, await t.login('wuchang'))).json().items;
    expect(forOperator.map((g: { memberIds: number[] }) => g.memberIds)).toEqual([[wuchang], [], []]);
  });

  it('sets group members (districts and zones only), auditing before and after', async () => {
    const groups = (await call('GET', '/api/organisation-groups')).json().items as { id: number; name: string; memberIds: number[] }[];
    const central = groups.find((g) => g.name === '中心城区')!;
    const membersBefore = [...central.memberIds].sort((a, b) => a - b);
    const url = `/api/organisation-groups/${central.id}/members`;

    const street = await call('PUT', url, { organisationIds: [wuchang, await t.orgId('420106-ZNL')] });
    expect(street.statusCode).toBe(400);
    expect(street.json().code).toBe('GROUP_MEMBER_KIND');
    const missing = await call('PUT', url, { organisationIds: [wuchang, 999_999] });
    expect(missing.statusCode).toBe(404);
    expect((await call('GET', '/api/organisation-groups')).json().items[0].memberIds).toHaveLength(7);
    expect(await audited('organisation_group.members')).toHaveLength(0);

    const set = await call('PUT', url, { organisationIds: [wuchang, jiangan, wuchang] });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().memberIds).toEqual([jiangan, wuchang].sort((a, b) => a - b));
    expect((await call('GET', '/api/organisation-groups')).json().items[0].memberIds).toHaveLength(2);
    const rows = await audited('organisation_group.members');
    expect(rows).toEqual([{
      entityId: String(central.id), actor: 'admin', result: 'success',
      before: { memberIds: membersBefore }, after: { memberIds: set.json().memberIds },
    }]);
  });

  it('creates and deletes a group, one audit row each; a duplicate group code is refused', async () => {
    const created = await call('POST', '/api/organisation-groups', { code: 'WH-SOUTH', name: '南部片区' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toEqual({ id: expect.any(Number), code: 'WH-SOUTH', name: '南部片区', memberIds: [] });
    expect((await call('POST', '/api/organisation-groups', { code: 'WH-SOUTH', name: '重复' })).json().code).toBe('DUPLICATE_CODE');
    expect((await call('DELETE', `/api/organisation-groups/${created.json().id}`)).statusCode).toBe(204);
    expect(await audited('organisation_group.create')).toEqual([expect.objectContaining({ before: null, after: created.json() })]);
    expect(await audited('organisation_group.delete')).toEqual([expect.objectContaining({ entityId: String(created.json().id), before: expect.objectContaining({ code: 'WH-SOUTH' }), after: null })]);
  });
});
