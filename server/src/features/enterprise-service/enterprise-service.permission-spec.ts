import type { RouteCase } from '../../platform/permissions/route-case';
import { OPERATOR, REVIEWER, nextTargetYear, orgCode, user } from '../../test/permission-fixtures';
import type { TestApp } from '../../test/test-app';
import type { EnterpriseProblemStatus } from '@hongtu/domain';
import { insertDepartment } from '../project-problems/project-problems.test-helpers';
import { insertCandidate, insertEnterprise, insertServiceProblem } from './enterprise-service.test-helpers';

/**
 * enterprise-service routes in the permission table. The actors are in 武昌区 (420106); an "own"
 * problem is of a 武昌区 enterprise sent to a department inside 武昌区, an "other" one of a 江岸区
 * enterprise sent to a department inside 江岸区. Each case makes its own records.
 */
const SERVICE_READERS = ['city_reviewer', 'district_operator', 'department_staff', 'leader'] as const;
const DEPARTMENT = ['department_staff'] as const;
const base = '/api/enterprise-service';

async function problem(t: TestApp, target: 'own' | 'other', status: EnterpriseProblemStatus = 'submitted') {
  const enterprise = await insertEnterprise(t, orgCode(target));
  const department = await insertDepartment(t, orgCode(target));
  return `${base}/problems/${await insertServiceProblem(t, enterprise, department, { status })}`;
}

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/enterprise-service/problems': { allowed: SERVICE_READERS, scoped: false, ok: 200, request: async () => ({ url: `${base}/problems?open=true` }) },
  'GET /api/enterprise-service/problems/overdue': { allowed: SERVICE_READERS, scoped: false, ok: 200, request: async () => ({ url: `${base}/problems/overdue` }) },
  'GET /api/enterprise-service/problems/counts': { allowed: SERVICE_READERS, scoped: false, ok: 200, request: async () => ({ url: `${base}/problems/counts?from=2026-01-01&to=2026-12-31` }) },
  'POST /api/enterprise-service/problems': {
    allowed: OPERATOR, scoped: true, ok: 201,
    request: async (t, target) => ({
      url: `${base}/problems`,
      payload: { enterpriseId: await insertEnterprise(t, orgCode(target)), category: 'labour', title: '招工难', description: '', departmentId: await insertDepartment(t, '420100') },
    }),
  },
  // A department's read grant opens a district's figures, not its enterprises' problems: only those sent to the department.
  'GET /api/enterprise-service/problems/:id': { allowed: SERVICE_READERS, scoped: true, ok: 200, grantClosed: true, request: async (t, target) => ({ url: await problem(t, target) }) },
  'POST /api/enterprise-service/problems/:id/acknowledge': {
    allowed: DEPARTMENT, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await problem(t, target)}/acknowledge`, payload: { version: 1 } }),
  },
  'POST /api/enterprise-service/problems/:id/answer': {
    allowed: DEPARTMENT, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await problem(t, target)}/answer`, payload: { version: 1, text: '已对接合作银行办理续贷' } }),
  },
  'POST /api/enterprise-service/problems/:id/confirm': {
    allowed: OPERATOR, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await problem(t, target, 'answered')}/confirm`, payload: { version: 1, satisfaction: 5 } }),
  },
  'POST /api/enterprise-service/problems/:id/reopen': {
    allowed: OPERATOR, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await problem(t, target, 'answered')}/reopen`, payload: { version: 1, text: '企业反映贷款仍未到位', satisfaction: 2 } }),
  },
  'POST /api/enterprise-service/problems/:id/supervise': {
    allowed: REVIEWER, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await problem(t, target, 'acknowledged')}/supervise`, payload: { version: 1, text: '请三个工作日内答复' } }),
  },
  'POST /api/enterprise-service/problems/:id/close': {
    allowed: REVIEWER, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await problem(t, target, 'acknowledged')}/close`, payload: { version: 1, text: '企业已迁出本市' } }),
  },
  'GET /api/enterprise-service/departments': { allowed: SERVICE_READERS, scoped: false, ok: 200, request: async () => ({ url: `${base}/departments` }) },
  'GET /api/enterprise-service/enterprises/by-code/:code': {
    allowed: SERVICE_READERS, scoped: true, ok: 200,
    request: async (t, target) => {
      const id = await insertEnterprise(t, orgCode(target));
      const row = await t.database.db.selectFrom('enterprises').select('credit_code').where('id', '=', id).executeTakeFirstOrThrow();
      return { url: `${base}/enterprises/by-code/${row.credit_code}` };
    },
  },
  'GET /api/enterprise-service/liaisons': { allowed: SERVICE_READERS, scoped: false, ok: 200, request: async () => ({ url: `${base}/liaisons?unvisited=true` }) },
  'PUT /api/enterprise-service/liaisons': {
    allowed: OPERATOR, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `${base}/liaisons`, payload: { enterpriseId: await insertEnterprise(t, orgCode(target)), userId: await user(t, target) } }),
  },
  // With an enterprise: the users of the district serving it (another district's enterprise answers 404).
  'GET /api/enterprise-service/cadres': {
    allowed: OPERATOR, scoped: true, ok: 200, request: async (t, target) => ({ url: `${base}/cadres?enterpriseId=${await insertEnterprise(t, orgCode(target))}` }),
  },
  'POST /api/enterprise-service/visits': {
    allowed: OPERATOR, scoped: true, ok: 201,
    request: async (t, target) => ({ url: `${base}/visits`, payload: { enterpriseId: await insertEnterprise(t, orgCode(target)), visitedOn: '2026-01-05', summary: '走访了解生产经营情况' } }),
  },
  'GET /api/enterprise-service/cultivation': { allowed: SERVICE_READERS, scoped: false, ok: 200, request: async () => ({ url: `${base}/cultivation` }) },
  'PUT /api/enterprise-service/cultivation/candidates': {
    allowed: OPERATOR, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `${base}/cultivation/candidates`, payload: { enterpriseId: await insertEnterprise(t, orgCode(target)), kind: 'retail', revenueWan: '480.5', revenueMonth: '2025-12' } }),
  },
  'POST /api/enterprise-service/cultivation/candidates/:id/enter': {
    allowed: OPERATOR, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `${base}/cultivation/candidates/${await insertCandidate(t, await insertEnterprise(t, orgCode(target)))}/enter`, payload: { version: 1, enteredMonth: '2026-01' } }),
  },
  'PUT /api/enterprise-service/cultivation/targets': {
    allowed: REVIEWER, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `${base}/cultivation/targets`, payload: { organisationId: await t.orgId(orgCode(target)), year: nextTargetYear(), period: 'q1', group: 'above_scale', target: 6 } }),
  },
};
