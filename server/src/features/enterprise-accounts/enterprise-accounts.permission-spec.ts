import type { RouteCase } from '../../platform/permissions/route-case';
import { orgCode } from '../../test/permission-fixtures';
import { insertAccount } from './enterprise-accounts.test-helpers';

const OFFICERS = ['city_reviewer', 'district_operator'] as const;

/** enterprise-accounts routes in the permission table (who may call them; own / other organisation). */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/enterprise-accounts': { allowed: OFFICERS, scoped: false, ok: 200, request: async () => ({ url: '/api/enterprise-accounts' }) },
  'POST /api/enterprise-accounts/:id/confirm': {
    allowed: OFFICERS, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `/api/enterprise-accounts/${await insertAccount(t, orgCode(target))}/confirm` }),
  },
  'POST /api/enterprise-accounts/:id/reject': {
    allowed: OFFICERS, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `/api/enterprise-accounts/${await insertAccount(t, orgCode(target))}/reject`, payload: { reason: '材料不符' } }),
  },
  // An enterprise account's own route: no staff role may call it (403); without its session, 401.
  'GET /api/enterprise/account': { allowed: [], scoped: false, ok: 401, request: async () => ({ url: '/api/enterprise/account' }) },
};
