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
};
