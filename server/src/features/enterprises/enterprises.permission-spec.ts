import type { RouteCase } from '../../platform/permissions/route-case';
import { PERMISSIONS } from '@hongtu/domain';

/** enterprises routes in the permission table (who may call them; own / other organisation). */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/enterprises': { allowed: PERMISSIONS['enterprise.read'], scoped: false, ok: 200, request: async () => ({ url: '/api/enterprises' }) },
};
