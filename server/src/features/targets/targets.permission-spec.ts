import type { RouteCase } from '../../platform/permissions/route-case';
import type { TestApp } from '../../test/test-app';
import { READERS, REVIEWER, nextTargetYear, orgCode } from '../../test/permission-fixtures';
import type { StoredTarget } from './target-import-batch';
import { insertTargetDocument } from './target-documents.test-helpers';

/** Years of their own (6000+) for the import's batches, so these cases never meet another case's targets. */
let importYearCounter = 0;

/** A checked, non-blocking targets batch with one target of the organisation, as a dry run leaves it. */
async function checkedBatch(t: TestApp, target: 'own' | 'other'): Promise<number> {
  const year = 6000 + importYearCounter++;
  const row: StoredTarget = {
    year, organisationId: await t.orgId(orgCode(target)), indicatorCode: 'gdp', amount: '1300', amountComparator: 'ge',
    growth: '7', growthComparator: 'ge', noTarget: false, schedule: null, version: 0, at: '年度目标!4',
  };
  const batch = await t.database.db.insertInto('imports').values({
    kind: 'targets', subject: JSON.stringify({ year }), organisation_id: null, file_sha256: '0'.repeat(64), file_name: 'spec.xlsx',
    status: 'checked', blocking: 0, row_count: 1, problem_count: 0, rows_json: JSON.stringify([row]), before_json: null,
    created_by: await t.userId('reviewer'), created_at: 'x', committed_by: null, committed_at: null, legacy_id: null,
  }).returning('id').executeTakeFirstOrThrow();
  return batch.id;
}

/**
 * targets routes in the permission table (who may call them; own / other organisation).
 * Actors are in 武昌区 (420106); "other" is 江岸区 (420102): a targets batch naming 江岸区 is
 * answered 404 to a 武昌区-scoped reviewer, like a missing one.
 */
export const ROUTE_CASES: Record<string, RouteCase> = {
  // 目标责任书 / 下达文件: the table sends JSON, so an allowed upload is told to send a file (400) once
  // the organisation has been found in scope; the uploads themselves are in target-documents.test.ts.
  'GET /api/target-documents': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/target-documents?year=2026' }) },
  'GET /api/target-documents/:id': {
    allowed: READERS, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/target-documents/${await insertTargetDocument(t, orgCode(target))}` }),
  },
  'POST /api/target-documents': {
    allowed: REVIEWER, scoped: true, ok: 400,
    request: async (t, target) => ({ url: `/api/target-documents?year=2026&kind=responsibility&organisationId=${await t.orgId(orgCode(target))}`, payload: {} }),
  },
  'DELETE /api/target-documents/:id': {
    allowed: REVIEWER, scoped: true, ok: 204, request: async (t, target) => ({ url: `/api/target-documents/${await insertTargetDocument(t, orgCode(target))}` }),
  },
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
  'PUT /api/targets/matrix': {
    allowed: REVIEWER, scoped: true, ok: 200,
    request: async (t, target) => ({
      url: '/api/targets/matrix',
      payload: {
        year: nextTargetYear(),
        cells: [{
          organisationId: await t.orgId(orgCode(target)), indicatorCode: 'gdp', amountTarget: '1,202', amountComparator: 'ge',
          growthTarget: '6.5', growthComparator: 'ge', noTarget: false, version: 0,
        }],
      },
    }),
  },
  'GET /api/period-targets': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/period-targets?year=2026' }) },
  'PUT /api/period-targets': {
    allowed: REVIEWER, scoped: true, ok: 200,
    request: async (t, target) => ({
      url: '/api/period-targets',
      payload: {
        year: nextTargetYear(), organisationId: await t.orgId(orgCode(target)), indicatorCode: 'fixed_asset_investment', throughMonth: 3,
        amountTarget: '93', amountComparator: 'ge', version: 0,
      },
    }),
  },
  // The template lists the caller's own scope: there is no "other" to ask for.
  'GET /api/targets/template.xlsx': {
    allowed: REVIEWER, scoped: false, ok: 200,
    request: async () => ({ url: '/api/targets/template.xlsx?year=2026' }),
  },
  // The table can only send JSON: an allowed caller is told to send a file (400); the multipart
  // upload, and the refusal of a file naming another district, are covered in the target import tests.
  'POST /api/targets/import': {
    allowed: REVIEWER, scoped: false, ok: 400,
    request: async () => ({ url: '/api/targets/import?year=2026', payload: {} }),
  },
  // The commit is queued as a job (202) once the batch is found in the caller's scope; the job's own checks are in the import tests.
  'POST /api/target-imports/:id/commit': {
    allowed: REVIEWER, scoped: true, ok: 202,
    request: async (t, target) => ({ url: `/api/target-imports/${await checkedBatch(t, target)}/commit` }),
  },
};
