import type { RouteCase } from '../../platform/permissions/route-case';
import { orgCode } from '../../test/permission-fixtures';
import type { TestApp } from '../../test/test-app';
import { insertReport } from './reports.test-helpers';

/**
 * reports routes in the permission table. The actors are in 武昌区 (420106); "other" is 江岸区
 * (420102): a report generated for it, or a request to generate one for it (404: outside the own
 * subtree). An allowed generation for 武昌区 answers 202 with its job (which then finds no
 * published snapshot; the generation itself is in reports.test.ts).
 */
const READERS = ['city_reviewer', 'district_operator', 'department_staff', 'leader'] as const;
const report = (t: TestApp, target: 'own' | 'other') => insertReport(t, orgCode(target));

export const ROUTE_CASES: Record<string, RouteCase> = {
  'POST /api/reports': {
    allowed: ['city_reviewer', 'district_operator'], scoped: true, ok: 202,
    request: async (t, target) => ({ url: '/api/reports', payload: { kind: 'monthly-bulletin', period: '2022-09', organisationId: await t.orgId(orgCode(target)) } }),
  },
  'GET /api/reports': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/reports?kind=monthly-bulletin' }) },
  'GET /api/reports/:id': { allowed: READERS, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/reports/${await report(t, target)}` }) },
  'GET /api/reports/:id/diff': { allowed: READERS, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/reports/${await report(t, target)}/diff` }) },
  'GET /api/reports/:id/docx': { allowed: READERS, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/reports/${await report(t, target)}/docx` }) },
  'GET /api/reports/:id/xlsx': { allowed: READERS, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/reports/${await report(t, target)}/xlsx` }) },
};
