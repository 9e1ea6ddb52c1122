import type { RouteCase } from '../../platform/permissions/route-case';
import { ADMIN, orgCode, unique, user } from '../../test/permission-fixtures';

/** users routes in the permission table (who may call them; own / other organisation). */
export const ROUTE_CASES: Record<string, RouteCase> = {
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
  'POST /api/users/:id/reveal-phone': { allowed: ADMIN, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/users/${await user(t, target)}/reveal-phone` }) },
  'POST /api/users/:id/reset-password': {
    allowed: ADMIN, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `/api/users/${await user(t, target)}/reset-password`, payload: { password: 'Reset#Pass2026' } }),
  },
};
