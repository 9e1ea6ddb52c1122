import type { Role } from '@hongtu/contracts';
import type { TestApp } from '../../test/test-app';

/**
 * The table-driven permission spec: every /api route, who may call it, and
 * what "own" and "other" organisation mean for it. The actors all belong to
 * 武昌区 (420106); "other" targets belong to 江岸区 (420102).
 * A route missing from this table fails permissions.test.ts.
 */
export interface RouteCase {
  /** Roles allowed; 'signed-in' = any role, 'public' = no session needed. */
  allowed: readonly Role[] | 'signed-in' | 'public';
  /** Builds the request for a target organisation scope. */
  request: (t: TestApp, target: 'own' | 'other') => Promise<{ url: string; payload?: Record<string, unknown> }>;
  /** Whether own/other matters (a record with an organisation); else one request. */
  scoped: boolean;
  /** Status of an allowed call on an own target. */
  ok: number;
}

const ORG_OWN = '420106';
const ORG_OTHER = '420102';
const orgCode = (target: 'own' | 'other') => (target === 'own' ? ORG_OWN : ORG_OTHER);
let counter = 0;
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

async function street(t: TestApp, target: 'own' | 'other'): Promise<number> {
  const parent = await t.orgId(orgCode(target));
  const row = await t.database.db
    .insertInto('organisations')
    .values({ code: unique('st'), name: '测试街道', kind: 'street', parent_id: parent, path: '', division_code: null, created_at: 'x', updated_at: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const parentRow = await t.database.db.selectFrom('organisations').select('path').where('id', '=', parent).executeTakeFirstOrThrow();
  await t.database.db.updateTable('organisations').set({ path: `${parentRow.path}${row.id}/` }).where('id', '=', row.id).execute();
  return row.id;
}

async function user(t: TestApp, target: 'own' | 'other'): Promise<number> {
  const org = await t.orgId(orgCode(target));
  const row = await t.database.db
    .insertInto('users')
    .values({
      username: unique('u'), display_name: '测试用户', password_hash: 'x', role: 'leader', organisation_id: org,
      status: 'active', created_at: 'x', updated_at: 'x', password_changed_at: 'x',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function group(t: TestApp): Promise<number> {
  const row = await t.database.db.insertInto('organisation_groups').values({ code: unique('g'), name: '测试组', created_at: 'x' }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

const ADMIN = ['system_admin'] as const;
const READERS = ['system_admin', 'city_reviewer', 'district_operator', 'department_staff', 'leader', 'auditor'] as const;

export const ROUTE_TABLE: Record<string, RouteCase> = {
  'POST /api/auth/login': {
    allowed: 'public', scoped: false, ok: 401,
    request: async () => ({ url: '/api/auth/login', payload: { username: unique('nobody'), password: 'Wrong#Pass1' } }),
  },
  'POST /api/auth/logout': { allowed: 'signed-in', scoped: false, ok: 204, request: async () => ({ url: '/api/auth/logout' }) },
  'GET /api/auth/me': { allowed: 'signed-in', scoped: false, ok: 200, request: async () => ({ url: '/api/auth/me' }) },
  'POST /api/auth/password': {
    allowed: 'signed-in', scoped: false, ok: 400,
    request: async () => ({ url: '/api/auth/password', payload: { currentPassword: 'not-it', newPassword: 'Another#Pass9' } }),
  },
  'PUT /api/auth/locale': { allowed: 'signed-in', scoped: false, ok: 204, request: async () => ({ url: '/api/auth/locale', payload: { locale: 'zh-TW' } }) },

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

  'GET /api/users': { allowed: ADMIN, scoped: false, ok: 200, request: async () => ({ url: '/api/users' }) },
  'GET /api/users/:id': { allowed: ADMIN, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/users/${await user(t, target)}` }) },
  'POST /api/users': {
    allowed: ADMIN, scoped: true, ok: 201,
    request: async (t, target) => ({
      url: '/api/users',
      payload: { username: unique('nu'), displayName: '新用户', role: 'leader', organisationId: await t.orgId(orgCode(target)), password: 'Strong#Pass2026' },
    }),
  },
  'PATCH /api/users/:id': {
    allowed: ADMIN, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `/api/users/${await user(t, target)}`, payload: { displayName: '改名', version: 1 } }),
  },
  'POST /api/users/:id/disable': { allowed: ADMIN, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/users/${await user(t, target)}/disable` }) },
  'POST /api/users/:id/enable': { allowed: ADMIN, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/users/${await user(t, target)}/enable` }) },
  'POST /api/users/:id/unlock': { allowed: ADMIN, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/users/${await user(t, target)}/unlock` }) },
  'POST /api/users/:id/reset-password': {
    allowed: ADMIN, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `/api/users/${await user(t, target)}/reset-password`, payload: { password: 'Reset#Pass2026' } }),
  },

  'GET /api/audit': { allowed: ['auditor'], scoped: false, ok: 200, request: async () => ({ url: '/api/audit' }) },
  'GET /api/audit/export': { allowed: ['auditor'], scoped: false, ok: 200, request: async () => ({ url: '/api/audit/export' }) },
  'GET /api/audit/verify': { allowed: ['auditor'], scoped: false, ok: 200, request: async () => ({ url: '/api/audit/verify' }) },
};
