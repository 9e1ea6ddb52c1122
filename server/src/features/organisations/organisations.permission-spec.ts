import type { RouteCase } from '../../platform/permissions/route-case';
import { ADMIN, READERS, group, orgCode, street, unique } from '../../test/permission-fixtures';

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
