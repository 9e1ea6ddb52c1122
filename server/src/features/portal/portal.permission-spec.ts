import type { RouteCase } from '../../platform/permissions/route-case';
import { READERS } from '../../test/permission-fixtures';

/** portal routes in the permission table (who may call them; own / other organisation). */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/portal': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/portal' }) },
};
