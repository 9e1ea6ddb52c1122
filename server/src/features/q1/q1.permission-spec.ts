import type { TestApp } from '../../test/test-app';
import type { RouteCase } from '../../platform/permissions/route-case';

/** Q1 routes for the permission table: the board for every role; weekly entry by district operators, scoped. */
const READERS = ['system_admin', 'city_reviewer', 'district_operator', 'department_staff', 'leader', 'auditor'] as const;
const orgCode = (target: 'own' | 'other') => (target === 'own' ? '420106' : '420102');
let weekCounter = 0;

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/q1/:year': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/q1/2026' }) },
  'PUT /api/q1/:year/:organisationId/weeks/:week': {
    allowed: ['district_operator'], scoped: true, ok: 200,
    request: async (t: TestApp, target) => ({
      // A fresh year × week per call, so version 0 always creates.
      url: `/api/q1/${2000 + Math.floor(weekCounter / 13) % 100}/${await t.orgId(orgCode(target))}/weeks/${1 + (weekCounter++ % 13)}`,
      payload: { figures: [{ indicatorCode: 'gdp', ytdValue: '1,202.5', note: null, version: 0 }] },
    }),
  },
};
