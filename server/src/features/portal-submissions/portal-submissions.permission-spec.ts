import type { RouteCase } from '../../platform/permissions/route-case';
import { orgCode } from '../../test/permission-fixtures';
import { insertSubmission, storedAttachment } from './portal-submissions.test-helpers';

/**
 * portal-submissions routes in the permission table. The actors are in 武昌区 (420106); an "own"
 * submission was routed to 武昌区, an "other" one to 江岸区. A department's read grant does not open them.
 */
const HANDLERS = ['city_reviewer', 'district_operator'] as const;
const url = async (t: Parameters<RouteCase['request']>[0], target: 'own' | 'other') => `/api/portal-submissions/${await insertSubmission(t, orgCode(target))}`;

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/portal-submissions': { allowed: HANDLERS, scoped: false, ok: 200, request: async () => ({ url: '/api/portal-submissions?kind=tip' }) },
  'GET /api/portal-submissions/:id': { allowed: HANDLERS, scoped: true, ok: 200, grantClosed: true, request: async (t, target) => ({ url: await url(t, target) }) },
  'GET /api/portal-submissions/:id/attachment': {
    allowed: HANDLERS, scoped: true, ok: 200, grantClosed: true,
    request: async (t, target) => ({ url: `/api/portal-submissions/${await insertSubmission(t, orgCode(target), await storedAttachment())}/attachment` }),
  },
  'POST /api/portal-submissions/:id/status': {
    allowed: HANDLERS, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await url(t, target)}/status`, payload: { to: 'in_progress', note: '已转相关部门', version: 1 } }),
  },
  'POST /api/portal-submissions/:id/contact': { allowed: HANDLERS, scoped: true, ok: 200, grantClosed: true, request: async (t, target) => ({ url: `${await url(t, target)}/contact` }) },
  'DELETE /api/portal-submissions/:id': { allowed: HANDLERS, scoped: true, ok: 204, request: async (t, target) => ({ url: await url(t, target) }) },
};
