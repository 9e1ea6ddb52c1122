import type { RouteCase } from '../../platform/permissions/route-case';
import { READERS, REVIEWER, orgCode } from '../../test/permission-fixtures';
import { insertProject } from '../projects/projects.test-helpers';
import { SCHEMATIC_BOUNDARY } from './project-dispatch.test-helpers';

/**
 * project-dispatch routes in the permission table (who may call them; own / other organisation).
 * The lists and boards read the reader's scope (a district sees its own projects only, tested in
 * project-dispatch.test.ts); the city approval names a project of 武昌区 (own) or 江岸区 (other).
 */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/project-dispatch/warnings': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/project-dispatch/warnings?period=2026-03' }) },
  'GET /api/project-dispatch/indicator-link': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/project-dispatch/indicator-link?period=2026-03' }) },
  'GET /api/project-dispatch/dashboard': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/project-dispatch/dashboard?period=2026-03' }) },
  'GET /api/project-dispatch/map': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/project-dispatch/map?period=2026-03' }) },
  'GET /api/project-dispatch/events': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/project-dispatch/events' }) },
  'PUT /api/project-dispatch/boundaries': {
    allowed: REVIEWER, scoped: false, ok: 200,
    request: async () => ({ url: '/api/project-dispatch/boundaries', payload: { name: '测试区界', source: '测试用示意图', geojson: SCHEMATIC_BOUNDARY } }),
  },
  'POST /api/projects/:id/city-approval': {
    allowed: REVIEWER, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `/api/projects/${await insertProject(t, orgCode(target), { level: 'district' })}/city-approval`, payload: { version: 1 } }),
  },
};
