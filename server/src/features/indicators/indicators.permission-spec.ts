import type { RouteCase } from '../../platform/permissions/route-case';
import { READERS, REVIEWER, orgCode } from '../../test/permission-fixtures';

/** indicators routes in the permission table (who may call them; own / other organisation). */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/indicators': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/indicators' }) },
  // The catalogue is the city's: no organisation to be outside of. The case sets what is already set.
  'PUT /api/indicators/:code/settings': {
    allowed: ['system_admin', 'city_reviewer'], scoped: false, ok: 200,
    request: async () => ({ url: '/api/indicators/fixed_asset_investment/settings', payload: { frequency: 'monthly_from_february', growthBasis: 'amounts' } }),
  },
  'GET /api/responsibilities': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/responsibilities?year=2026' }) },
  'PUT /api/responsibilities': {
    allowed: REVIEWER, scoped: true, ok: 200,
    request: async (t, target) => ({
      url: '/api/responsibilities',
      payload: { year: 2026, organisationId: await t.orgId(orgCode(target)), indicatorCode: 'gdp', leader: '副区长', department: '区发改局', taskForce: 'GDP专班', measures: '' },
    }),
  },
};
