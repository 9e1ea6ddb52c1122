import type { RouteCase } from '../../platform/permissions/route-case';
import { OPERATOR, READERS, REVIEWER, orgCode } from '../../test/permission-fixtures';
import type { TestApp } from '../../test/test-app';
import { insertProject, insertReport, projectBody } from './projects.test-helpers';

/**
 * projects routes in the permission table (who may call them; own / other organisation). The
 * actors are in 武昌区 (420106); "other" is a project (or a batch) of 江岸区 (420102). Each case
 * makes its own project, so no case depends on another.
 */
const project = (t: TestApp, target: 'own' | 'other') => insertProject(t, orgCode(target));
const reportOf = async (t: TestApp, target: 'own' | 'other', status?: 'draft' | 'submitted') => {
  const id = await project(t, target);
  if (status) await insertReport(t, id, status);
  return `/api/projects/${id}/reports/2026-01`;
};

/** A checked, non-blocking batch of the target district that writes nothing, as a dry run of an unchanged file leaves it. */
async function checkedBatch(t: TestApp, target: 'own' | 'other'): Promise<number> {
  const organisationId = await t.orgId(orgCode(target));
  const row = await t.database.db.insertInto('imports').values({
    kind: 'projects', subject: JSON.stringify({ organisationId, period: '2026-01' }), organisation_id: organisationId, file_sha256: '0'.repeat(64),
    file_name: 'spec.xlsx', status: 'checked', blocking: 0, row_count: 1, problem_count: 0,
    rows_json: JSON.stringify({ year: 2026, month: 1, projects: [], reports: [] }),
    before_json: null, created_by: await t.userId('wuchang'), created_at: 'x', committed_by: null, committed_at: null, legacy_id: null,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/projects': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/projects?pageSize=5' }) },
  'POST /api/projects': {
    allowed: OPERATOR, scoped: true, ok: 201,
    request: async (t, target) => ({ url: '/api/projects', payload: projectBody({ organisationId: await t.orgId(orgCode(target)) }) }),
  },
  'GET /api/projects/:id': { allowed: READERS, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/projects/${await project(t, target)}` }) },
  'PUT /api/projects/:id': {
    allowed: OPERATOR, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `/api/projects/${await project(t, target)}`, payload: projectBody({ version: 1 }) }),
  },
  'GET /api/projects/:id/reports': {
    allowed: READERS, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/projects/${await project(t, target)}/reports` }),
  },
  'GET /api/projects/:id/reports/:periodKey': { allowed: READERS, scoped: true, ok: 200, request: async (t, target) => ({ url: await reportOf(t, target) }) },
  'PUT /api/projects/:id/reports/:periodKey': {
    allowed: OPERATOR, scoped: true, ok: 200,
    request: async (t, target) => ({ url: await reportOf(t, target), payload: { monthInvestment: '500', ytdInvestment: '500', progressText: '桩基施工', version: 0 } }),
  },
  'POST /api/projects/:id/reports/:periodKey/submit': {
    allowed: OPERATOR, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await reportOf(t, target, 'draft')}/submit`, payload: { version: 1 } }),
  },
  'POST /api/projects/:id/reports/:periodKey/return': {
    allowed: REVIEWER, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `${await reportOf(t, target, 'submitted')}/return`, payload: { version: 1, reason: '形象进度描述不清' } }),
  },
  'POST /api/projects/:id/reports/:periodKey/approve': {
    allowed: REVIEWER, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await reportOf(t, target, 'submitted')}/approve`, payload: { version: 1 } }),
  },
  'GET /api/projects/export.xlsx': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/projects/export.xlsx?period=2026-01' }) },
  // The table can only send JSON: an allowed caller is told to send a file (400); the upload itself
  // is covered by the projects' import tests. The file is always for the caller's own district.
  'POST /api/projects/import': { allowed: OPERATOR, scoped: false, ok: 400, request: async () => ({ url: '/api/projects/import?period=2026-01', payload: {} }) },
  'POST /api/project-imports/:id/commit': {
    allowed: OPERATOR, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/project-imports/${await checkedBatch(t, target)}/commit` }),
  },
};
