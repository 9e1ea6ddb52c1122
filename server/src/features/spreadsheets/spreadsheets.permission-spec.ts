import type { TestApp } from '../../test/test-app';
import type { RouteCase } from '../../platform/permissions/route-case';

/**
 * Permission cases of the Excel round trip, spread into ROUTE_TABLE.
 * Actors are in 武昌区 (420106); "other" is 江岸区 (420102).
 */
const ORG_OWN = '420106';
const ORG_OTHER = '420102';
const orgCode = (target: 'own' | 'other') => (target === 'own' ? ORG_OWN : ORG_OTHER);
const READERS = ['system_admin', 'city_reviewer', 'district_operator', 'department_staff', 'leader', 'auditor'] as const;
const OPERATOR = ['district_operator'] as const;

/** Years of their own (5000+), so these cases never share a period with the main table's (3000+). */
let yearCounter = 0;
async function freshMonth(t: TestApp, target: 'own' | 'other') {
  const year = 5000 + yearCounter++;
  const period = await t.database.db.insertInto('reporting_periods')
    .values({ year, month: 3, deadline: '2999-01-01T00:00:00.000Z', status: 'open', created_at: 'x' })
    .returning('id').executeTakeFirstOrThrow();
  const organisationId = await t.orgId(orgCode(target));
  return { periodId: period.id, organisationId, url: `/api/submissions/${year}-03/${organisationId}` };
}

/** A checked, non-blocking batch for a fresh month of the target organisation, as a dry run leaves it. */
async function checkedBatch(t: TestApp, target: 'own' | 'other'): Promise<number> {
  const { periodId, organisationId } = await freshMonth(t, target);
  const createdBy = await t.userId('wuchang');
  const rows = { submissionVersion: 0, blocking: false, problems: 0, figures: [{ indicatorCode: 'gdp', ytd: '1202', reportedYoy: null, note: null, sheet: '月报', row: 4 }] };
  const row = await t.database.db.insertInto('imports').values({
    kind: 'figures', subject: JSON.stringify({ organisationId, periodId }), organisation_id: organisationId, file_sha256: '0'.repeat(64),
    file_name: 'spec.xlsx', status: 'checked', blocking: 0, row_count: 1, problem_count: 0, rows_json: JSON.stringify(rows),
    before_json: null, created_by: createdBy, created_at: 'x', committed_by: null, committed_at: null, legacy_id: null,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/submissions/:periodKey/:organisationId/template.xlsx': {
    allowed: READERS, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `${(await freshMonth(t, target)).url}/template.xlsx` }),
  },
  // The table can only send JSON: an allowed caller in scope is told to send a file (400); the
  // multipart upload itself is covered in the spreadsheets tests.
  'POST /api/submissions/:periodKey/:organisationId/import': {
    allowed: OPERATOR, scoped: true, ok: 400,
    request: async (t, target) => ({ url: `${(await freshMonth(t, target)).url}/import`, payload: {} }),
  },
  'POST /api/imports/:id/commit': {
    allowed: OPERATOR, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `/api/imports/${await checkedBatch(t, target)}/commit` }),
  },
};
