import type { RouteCase } from '../../platform/permissions/route-case';
import { OPERATOR, READERS, REVIEWER, orgCode } from '../../test/permission-fixtures';
import type { TestApp } from '../../test/test-app';
import { insertProject } from '../projects/projects.test-helpers';
import type { ProblemStatus } from '@hongtu/domain';
import { insertDepartment, insertProblem } from './project-problems.test-helpers';

/**
 * project-problems routes in the permission table. The actors are in 武昌区 (420106); an "own"
 * problem is on a 武昌区 project and sent to a department inside 武昌区, an "other" one on a
 * 江岸区 project sent to a department inside 江岸区. Each case makes its own records.
 */
const DEPARTMENT = ['department_staff'] as const;

async function problem(t: TestApp, target: 'own' | 'other', status: ProblemStatus = 'assigned', dueOn = '2026-01-19') {
  const project = await insertProject(t, orgCode(target));
  const department = await insertDepartment(t, orgCode(target));
  return `/api/project-problems/${await insertProblem(t, project, department, { status, due_on: dueOn })}`;
}

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/project-problems': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/project-problems?open=true' }) },
  'POST /api/project-problems': {
    allowed: OPERATOR, scoped: true, ok: 201,
    request: async (t, target) => ({
      url: '/api/project-problems',
      payload: { projectId: await insertProject(t, orgCode(target)), category: 'land', title: '用地报批滞后', description: '', departmentId: await insertDepartment(t, '420100'), deadlineDays: 5 },
    }),
  },
  'GET /api/project-problems/departments': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/project-problems/departments' }) },
  'GET /api/project-problems/dispatch': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/project-problems/dispatch' }) },
  'GET /api/project-problems/dispatch.xlsx': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/project-problems/dispatch.xlsx' }) },
  // A department's read grant opens a district's figures, not its problems: only those sent to the department.
  'GET /api/project-problems/:id': { allowed: READERS, scoped: true, ok: 200, grantClosed: true, request: async (t, target) => ({ url: await problem(t, target) }) },
  'POST /api/project-problems/:id/answer': {
    allowed: DEPARTMENT, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await problem(t, target)}/answer`, payload: { version: 1, text: '已协调自然资源部门，本月内完成报批' } }),
  },
  'POST /api/project-problems/:id/decline': {
    allowed: DEPARTMENT, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await problem(t, target)}/decline`, payload: { version: 1, text: '属区级事权' } }),
  },
  'POST /api/project-problems/:id/reopen': {
    allowed: OPERATOR, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await problem(t, target, 'answered')}/reopen`, payload: { version: 1, text: '答复未明确时间节点' } }),
  },
  'POST /api/project-problems/:id/close': {
    allowed: OPERATOR, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await problem(t, target, 'answered')}/close`, payload: { version: 1 } }),
  },
  'POST /api/project-problems/:id/assign': {
    allowed: REVIEWER, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `${await problem(t, target, 'declined')}/assign`, payload: { version: 1, departmentId: await insertDepartment(t, '420100', '另一职能部门'), deadlineDays: 5 } }),
  },
  'POST /api/project-problems/:id/supervise': {
    allowed: REVIEWER, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await problem(t, target)}/supervise`, payload: { version: 1, text: '请于三个工作日内办结' } }),
  },
};
