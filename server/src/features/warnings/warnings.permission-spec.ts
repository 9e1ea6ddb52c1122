import type { TestApp } from '../../test/test-app';
import type { RouteCase } from '../../platform/permissions/route-case';

/** Warning-rule routes for the permission table: every role reads, the city reviewer configures. */
const READERS = ['system_admin', 'city_reviewer', 'district_operator', 'department_staff', 'leader', 'auditor'] as const;

/** A no-op change of a disabled preset rule at its current version. */
async function putCountyRule(t: TestApp) {
  const row = await t.database.db.selectFrom('warning_rules').selectAll().where('code', '=', 'county.monthly_task').executeTakeFirstOrThrow();
  return { url: '/api/warning-rules/county.monthly_task', payload: { enabled: false, config: JSON.parse(row.config_json) as Record<string, unknown>, version: row.version } };
}

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/warning-rules': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/warning-rules' }) },
  'PUT /api/warning-rules/:code': { allowed: ['city_reviewer'], scoped: false, ok: 200, request: putCountyRule },
};
