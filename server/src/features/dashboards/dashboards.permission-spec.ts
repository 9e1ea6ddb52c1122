import type { TestApp } from '../../test/test-app';
import type { RouteCase } from '../../platform/permissions/route-case';

/** Dashboard routes for the permission table: read-only, every role; the district page is scoped. */
const READERS = ['system_admin', 'city_reviewer', 'district_operator', 'department_staff', 'leader', 'auditor'] as const;
const orgCode = (target: 'own' | 'other') => (target === 'own' ? '420106' : '420102');
const read = (url: string): RouteCase => ({ allowed: READERS, scoped: false, ok: 200, request: async () => ({ url }) });

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/dashboard/months': read('/api/dashboard/months'),
  'GET /api/dashboard/overview': read('/api/dashboard/overview?period=2026-03'),
  'GET /api/dashboard/overview.xlsx': read('/api/dashboard/overview.xlsx?period=2026-03'),
  'GET /api/dashboard/ranking': read('/api/dashboard/ranking?period=2026-03&indicator=gdp&measure=completion'),
  'GET /api/dashboard/ranking.xlsx': read('/api/dashboard/ranking.xlsx?period=2026-03&indicator=gdp'),
  'GET /api/dashboard/warnings': read('/api/dashboard/warnings?period=2026-03'),
  'GET /api/dashboard/warnings.xlsx': read('/api/dashboard/warnings.xlsx?period=2026-03&groupBy=indicator&colours=red,yellow'),
  'GET /api/dashboard/district/:organisationId': {
    allowed: READERS, scoped: true, ok: 200,
    request: async (t: TestApp, target) => ({ url: `/api/dashboard/district/${await t.orgId(orgCode(target))}?year=2026` }),
  },
};
