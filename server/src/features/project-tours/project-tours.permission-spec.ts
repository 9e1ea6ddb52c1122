import { DEFAULT_TOUR_CRITERIA } from '@hongtu/domain';
import type { RouteCase } from '../../platform/permissions/route-case';
import { OPERATOR, READERS, REVIEWER, orgCode } from '../../test/permission-fixtures';
import type { TestApp } from '../../test/test-app';
import { insertProject } from '../projects/projects.test-helpers';
import { insertTour, scoresFor } from './project-tours.test-helpers';

/**
 * project-tours routes in the permission table. The table's actors (scope-*, all in 武昌区) are the
 * judges of the tours built here, so a leader reads them; "other" is a project of 江岸区, or a tour
 * whose judges they are not.
 */
async function scopeActors(t: TestApp): Promise<number[]> {
  return (await t.database.db.selectFrom('users').select('id').where('username', 'like', 'scope-%').execute()).map((u) => u.id);
}

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/project-tours': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/project-tours' }) },
  'POST /api/project-tours': {
    allowed: REVIEWER, scoped: false, ok: 201,
    request: async () => ({ url: '/api/project-tours', payload: { name: '权限表观摩', tourDate: '2026-02-16', criteria: DEFAULT_TOUR_CRITERIA.map((c) => ({ ...c })) } }),
  },
  'GET /api/project-tours/judge-candidates': { allowed: REVIEWER, scoped: false, ok: 200, request: async () => ({ url: '/api/project-tours/judge-candidates' }) },
  'GET /api/project-tours/:id': {
    allowed: READERS, scoped: false, ok: 200,
    request: async (t) => ({ url: `/api/project-tours/${(await insertTour(t, { judges: await scopeActors(t) })).id}` }),
  },
  'POST /api/project-tours/:id/nominations': {
    allowed: OPERATOR, scoped: true, ok: 201,
    request: async (t, target) => {
      const tour = await insertTour(t, { status: 'nominating', judges: await scopeActors(t) });
      return { url: `/api/project-tours/${tour.id}/nominations`, payload: { projectId: await insertProject(t, orgCode(target)) } };
    },
  },
  'PUT /api/project-tours/:id/route': {
    allowed: REVIEWER, scoped: false, ok: 200,
    request: async (t) => {
      const tour = await insertTour(t, { status: 'nominating', projects: [await insertProject(t, orgCode('own'))], nominatedOnly: true });
      return { url: `/api/project-tours/${tour.id}/route`, payload: { stopIds: tour.stops } };
    },
  },
  'PUT /api/project-tours/:id/stops/:stopId/scores': {
    allowed: ['city_reviewer', 'district_operator', 'department_staff', 'leader'], scoped: true, ok: 200,
    request: async (t, target) => {
      const tour = await insertTour(t, { judges: target === 'own' ? await scopeActors(t) : [], projects: [await insertProject(t, orgCode('own'))] });
      return { url: `/api/project-tours/${tour.id}/stops/${tour.stops[0]}/scores`, payload: scoresFor(tour.criteria) };
    },
  },
  'POST /api/project-tours/:id/close': {
    allowed: REVIEWER, scoped: false, ok: 200,
    request: async (t) => ({ url: `/api/project-tours/${(await insertTour(t)).id}/close` }),
  },
};
