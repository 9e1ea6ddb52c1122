import type { RouteCase } from '../../platform/permissions/route-case';
import { OPERATOR, READERS, orgCode } from '../../test/permission-fixtures';
import type { TestApp } from '../../test/test-app';
import { insertProject, insertReport } from '../projects/projects.test-helpers';
import { insertDepartment, insertProblem } from '../project-problems/project-problems.test-helpers';
import { insertAttachment } from './project-files.test-helpers';

/**
 * project-files routes in the permission table. The actors are in 武昌区 (420106); "other" is a
 * record of 江岸区 (420102). The table sends JSON, so an allowed upload is told to send a file
 * (400) once its record has been found in scope; the uploads themselves are in project-files.test.ts.
 */
const project = (t: TestApp, target: 'own' | 'other') => insertProject(t, orgCode(target));
async function problem(t: TestApp, target: 'own' | 'other') {
  return insertProblem(t, await project(t, target), await insertDepartment(t, orgCode(target)));
}

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/projects/:id/attachments': {
    allowed: READERS, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/projects/${await project(t, target)}/attachments` }),
  },
  'GET /api/project-problems/:id/attachments': {
    allowed: READERS, scoped: true, ok: 200, grantClosed: true, request: async (t, target) => ({ url: `/api/project-problems/${await problem(t, target)}/attachments` }),
  },
  'GET /api/attachments/:id': {
    allowed: READERS, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/attachments/${await insertAttachment(t, await project(t, target))}` }),
  },
  'GET /api/attachments/:id/thumbnail': {
    allowed: READERS, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/attachments/${await insertAttachment(t, await project(t, target))}/thumbnail` }),
  },
  // A file of unknown uploader on an open problem: the two sides of the problem may add to it, the city keeps every file.
  'DELETE /api/attachments/:id': {
    allowed: ['city_reviewer', 'district_operator', 'department_staff'], scoped: true, ok: 204,
    request: async (t, target) => {
      const id = await project(t, target);
      return { url: `/api/attachments/${await insertAttachment(t, id, await insertProblem(t, id, await insertDepartment(t, orgCode(target))))}` };
    },
  },
  'POST /api/projects/:id/attachments': {
    allowed: OPERATOR, scoped: true, ok: 400, request: async (t, target) => ({ url: `/api/projects/${await project(t, target)}/attachments`, payload: {} }),
  },
  'POST /api/projects/:id/reports/:periodKey/attachments': {
    allowed: OPERATOR, scoped: true, ok: 400,
    request: async (t, target) => {
      const id = await project(t, target);
      await insertReport(t, id, 'draft');
      return { url: `/api/projects/${id}/reports/2026-01/attachments`, payload: {} };
    },
  },
  'POST /api/project-problems/:id/attachments': {
    allowed: ['district_operator', 'department_staff'], scoped: true, ok: 400,
    request: async (t, target) => ({ url: `/api/project-problems/${await problem(t, target)}/attachments`, payload: {} }),
  },
};
