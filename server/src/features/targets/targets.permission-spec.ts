import type { RouteCase } from '../../platform/permissions/route-case';
import { READERS, REVIEWER, nextTargetYear, orgCode } from '../../test/permission-fixtures';

/** targets routes in the permission table (who may call them; own / other organisation). */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/targets': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/targets?year=2026' }) },
  'PUT /api/targets': {
    allowed: REVIEWER, scoped: true, ok: 200,
    request: async (t, target) => ({
      url: '/api/targets',
      payload: {
        year: nextTargetYear(), organisationId: await t.orgId(orgCode(target)), indicatorCode: 'gdp', amountTarget: '1,202',
        amountComparator: 'ge', growthTarget: '6.5', growthComparator: 'ge', noTarget: false, schedule: null, version: 0,
      },
    }),
  },
};
