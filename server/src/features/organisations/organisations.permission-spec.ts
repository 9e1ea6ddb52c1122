import type { RouteCase } from '../../platform/permissions/route-case';
import type { TestApp } from '../../test/test-app';
import { ADMIN, READERS, group, orgCode, street, unique } from '../../test/permission-fixtures';

const GRANTERS = ['system_admin', 'city_reviewer'] as const;

/** A department of the target district (its 发改局), and optionally its read grant over the district. */
async function department(t: TestApp, target: 'own' | 'other', granted = false): Promise<{ id: number; district: number }> {
  const district = await t.orgId(orgCode(target));
  const parent = await t.database.db.selectFrom('organisations').select('path').where('id', '=', district).executeTakeFirstOrThrow();
  const row = await t.database.db
    .insertInto('organisations')
    .values({ code: unique('dep'), name: '测试部门', kind: 'department', parent_id: district, path: '', division_code: null, created_at: 'x', updated_at: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.database.db.updateTable('organisations').set({ path: `${parent.path}${row.id}/` }).where('id', '=', row.id).execute();
  if (granted) {
    await t.database.db.insertInto('organisation_read_grants').values({ department_id: row.id, organisation_id: district, created_at: 'x', created_by: null }).execute();
  }
  return { id: row.id, district };
}

/** organisations routes in the permission table (who may call them; own / other organisation). */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/organisations': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/organisations' }) },
  'GET /api/organisations/:id': {
    allowed: READERS, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `/api/organisations/${await t.orgId(orgCode(target))}` }),
  },
  'POST /api/organisations': {
    allowed: ADMIN, scoped: true, ok: 201,
    request: async (t, target) => ({
      url: '/api/organisations',
      payload: { code: unique('new'), name: '新街道', kind: 'street', parentId: await t.orgId(orgCode(target)) },
    }),
  },
  'PATCH /api/organisations/:id': {
    allowed: ADMIN, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `/api/organisations/${await street(t, target)}`, payload: { name: '改名街道', version: 1 } }),
  },
  'DELETE /api/organisations/:id': {
    allowed: ADMIN, scoped: true, ok: 204,
    request: async (t, target) => ({ url: `/api/organisations/${await street(t, target)}` }),
  },
  'GET /api/organisations/:id/read-grants': {
    allowed: GRANTERS, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `/api/organisations/${(await department(t, target, true)).id}/read-grants` }),
  },
  'POST /api/organisations/:id/read-grants': {
    allowed: GRANTERS, scoped: true, ok: 201,
    request: async (t, target) => {
      const { id, district } = await department(t, target);
      return { url: `/api/organisations/${id}/read-grants`, payload: { organisationId: district } };
    },
  },
  'DELETE /api/organisations/:id/read-grants/:organisationId': {
    allowed: GRANTERS, scoped: true, ok: 204,
    request: async (t, target) => {
      const { id, district } = await department(t, target, true);
      return { url: `/api/organisations/${id}/read-grants/${district}` };
    },
  },
  'GET /api/organisation-groups': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/organisation-groups' }) },
  'POST /api/organisation-groups': {
    allowed: ADMIN, scoped: false, ok: 201,
    request: async () => ({ url: '/api/organisation-groups', payload: { code: unique('grp'), name: '测试分组' } }),
  },
  'PUT /api/organisation-groups/:id/members': {
    allowed: ADMIN, scoped: true, ok: 200,
    request: async (t, target) => ({
      url: `/api/organisation-groups/${await group(t)}/members`,
      payload: { organisationIds: [await t.orgId(orgCode(target))] },
    }),
  },
  'DELETE /api/organisation-groups/:id': {
    allowed: ADMIN, scoped: false, ok: 204,
    request: async (t) => ({ url: `/api/organisation-groups/${await group(t)}` }),
  },
};
