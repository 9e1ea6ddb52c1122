import type { RouteCase } from '../../platform/permissions/route-case';

/** audit routes in the permission table (who may call them; own / other organisation). */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/audit': { allowed: ['auditor'], scoped: false, ok: 200, request: async () => ({ url: '/api/audit' }) },
  'GET /api/audit/export': { allowed: ['auditor'], scoped: false, ok: 200, request: async () => ({ url: '/api/audit/export' }) },
  'GET /api/audit/head': { allowed: ['auditor'], scoped: false, ok: 200, request: async () => ({ url: '/api/audit/head' }) },
  'GET /api/audit/verify': { allowed: ['auditor'], scoped: false, ok: 200, request: async () => ({ url: '/api/audit/verify' }) },
};
