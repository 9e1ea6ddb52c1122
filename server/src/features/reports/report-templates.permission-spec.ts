import type { RouteCase } from '../../platform/permissions/route-case';

/**
 * The house-style templates' routes in the permission table. The list is read by those who generate
 * reports (their unit's templates and those above it); an upload is the city reviewer's. The table
 * sends JSON, so an allowed upload is told to send a file (400); uploads themselves are in
 * report-templates.test.ts.
 */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/report-templates': {
    allowed: ['city_reviewer', 'district_operator'], scoped: false, ok: 200, request: async () => ({ url: '/api/report-templates' }),
  },
  'POST /api/report-templates': {
    allowed: ['city_reviewer'], scoped: false, ok: 400, request: async () => ({ url: '/api/report-templates', payload: {} }),
  },
};
