import { PERMISSIONS } from '@hongtu/domain';
import type { RouteCase } from '../../platform/permissions/route-case';
import { orgCode } from '../../test/permission-fixtures';
import type { TestApp } from '../../test/test-app';
import { insertEnterprise, nextCreditCode } from './enterprises.test-helpers';

/**
 * enterprises routes in the permission table. The actors are in 武昌区 (420106); an "own"
 * enterprise is served by 武昌区, an "other" one by 江岸区. Each case makes its own records.
 */
async function enterprise(t: TestApp, target: 'own' | 'other') {
  const id = await insertEnterprise(t.database.db, { organisationId: await t.orgId(orgCode(target)), name: '权限测试企业', creditCode: nextCreditCode(orgCode(target)) });
  return `/api/enterprises/${id}`;
}

/** A checked batch of the target district that writes nothing, as a dry run of an unchanged file leaves it. */
async function checkedBatch(t: TestApp, target: 'own' | 'other'): Promise<number> {
  const organisationId = await t.orgId(orgCode(target));
  const row = await t.database.db.insertInto('imports').values({
    kind: 'enterprises', subject: JSON.stringify({ organisationId }), organisation_id: organisationId, file_sha256: '0'.repeat(64),
    file_name: 'spec.xlsx', status: 'checked', blocking: 0, row_count: 1, problem_count: 0, rows_json: JSON.stringify({ items: [] }),
    before_json: null, created_by: await t.userId('wuchang'), created_at: 'x', committed_by: null, committed_at: null, legacy_id: null,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

const READ = PERMISSIONS['enterprise.read'];
const MANAGE = PERMISSIONS['enterprise.manage'];

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/enterprises': { allowed: READ, scoped: false, ok: 200, request: async () => ({ url: '/api/enterprises?q=qy&flags=highTech' }) },
  'GET /api/enterprises/export.xlsx': { allowed: READ, scoped: false, ok: 200, request: async () => ({ url: '/api/enterprises/export.xlsx' }) },
  'GET /api/enterprises/organisations': { allowed: MANAGE, scoped: false, ok: 200, request: async () => ({ url: '/api/enterprises/organisations' }) },
  'GET /api/enterprises/:id': { allowed: READ, scoped: true, ok: 200, request: async (t, target) => ({ url: await enterprise(t, target) }) },
  'POST /api/enterprises': {
    allowed: MANAGE, scoped: true, ok: 201,
    request: async (t, target) => ({
      url: '/api/enterprises',
      payload: { creditCode: nextCreditCode(orgCode(target)), name: '权限测试新企业', organisationId: await t.orgId(orgCode(target)) },
    }),
  },
  'PUT /api/enterprises/:id': {
    allowed: MANAGE, scoped: true, ok: 200,
    request: async (t, target) => ({ url: await enterprise(t, target), payload: { version: 1, name: '权限测试企业（更名）', flags: { highTech: true } } }),
  },
  // Not multipart: refused before any file is read (400) for those allowed; the file is always for the caller's own scope.
  'POST /api/enterprises/import': { allowed: MANAGE, scoped: false, ok: 400, request: async () => ({ url: '/api/enterprises/import', payload: {} }) },
  'POST /api/enterprise-imports/:id/commit': {
    allowed: MANAGE, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/enterprise-imports/${await checkedBatch(t, target)}/commit` }),
  },
};
