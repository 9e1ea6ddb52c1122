import { PERMISSIONS } from '@hongtu/domain';
import type { RouteCase } from '../../platform/permissions/route-case';
import { orgCode } from '../../test/permission-fixtures';
import type { TestApp } from '../../test/test-app';
import { insertEnterprise, nextCreditCode } from '../enterprises/enterprises.test-helpers';
import { insertPolicy } from './policies.test-helpers';

/**
 * policies routes in the permission table. The library is the city's (no own / other policy);
 * matching for an enterprise is scoped by the enterprise: "own" served by 武昌区, "other" by 江岸区.
 */
const READ = PERMISSIONS['policy.read'];
const MANAGE = PERMISSIONS['policy.manage'];
const body = { title: '关于支持总部经济发展的若干措施', issuer: '武汉市人民政府', issuedOn: '2026-03-01', conditions: { flags: ['headquarters'] } };

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/policies': { allowed: READ, scoped: false, ok: 200, request: async () => ({ url: '/api/policies?inForce=true&q=总部' }) },
  'POST /api/policies': { allowed: MANAGE, scoped: false, ok: 201, request: async () => ({ url: '/api/policies', payload: body }) },
  'GET /api/policies/:id': { allowed: READ, scoped: false, ok: 200, request: async (t) => ({ url: `/api/policies/${await insertPolicy(t.database.db)}` }) },
  'PUT /api/policies/:id': { allowed: MANAGE, scoped: false, ok: 200, request: async (t) => ({ url: `/api/policies/${await insertPolicy(t.database.db)}`, payload: { ...body, version: 1 } }) },
  'POST /api/policies/:id/withdraw': { allowed: MANAGE, scoped: false, ok: 200, request: async (t) => ({ url: `/api/policies/${await insertPolicy(t.database.db)}/withdraw`, payload: { version: 1 } }) },
  'GET /api/policies/:id/enterprises': { allowed: READ, scoped: false, ok: 200, request: async (t) => ({ url: `/api/policies/${await insertPolicy(t.database.db, { flags: ['highTech'] })}/enterprises` }) },
  'GET /api/policies/:id/enterprises.xlsx': { allowed: READ, scoped: false, ok: 200, request: async (t) => ({ url: `/api/policies/${await insertPolicy(t.database.db)}/enterprises.xlsx` }) },
  'GET /api/policies/for-enterprise/:id': {
    allowed: READ, scoped: true, ok: 200,
    request: async (t: TestApp, target) => {
      const id = await insertEnterprise(t.database.db, { organisationId: await t.orgId(orgCode(target)), name: '政策匹配测试企业', creditCode: nextCreditCode(orgCode(target)) });
      return { url: `/api/policies/for-enterprise/${id}` };
    },
  },
};
