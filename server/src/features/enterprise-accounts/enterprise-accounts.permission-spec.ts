import type { RouteCase } from '../../platform/permissions/route-case';
import { READERS } from '../../test/permission-fixtures';

/** enterprise-accounts routes in the permission table (who may call them; own / other organisation). */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/enterprise-accounts': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/enterprise-accounts' }) },
};
