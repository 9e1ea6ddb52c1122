import type { RouteCase } from '../permissions/route-case';
import type { TestApp } from '../../test/test-app';
import { REVIEWER, orgCode } from '../../test/permission-fixtures';

/**
 * A queued job of the target organisation, as the targets import's commit queues it, held back
 * (run_after far ahead) so that no runner takes it while the case runs.
 */
async function queuedJob(t: TestApp, target: 'own' | 'other'): Promise<number> {
  const now = t.clock.now().toISOString();
  const row = await t.database.db.insertInto('jobs').values({
    kind: 'targets.import-commit', payload_json: JSON.stringify({ batchId: 1 }),
    context_json: JSON.stringify({ ip: '127.0.0.1', requestId: 'spec', locale: 'zh-CN', userAgent: null }),
    status: 'queued', progress_done: 0, progress_total: null, progress_phase: null, attempts: 0, max_attempts: 3,
    run_after: '2999-01-01T00:00:00.000Z', lease_owner: null, lease_expires_at: null, result_json: null,
    error_status: null, error_code: null, error_params_json: null, created_by: await t.userId('reviewer'),
    organisation_id: await t.orgId(orgCode(target)), created_at: now, started_at: null, finished_at: null, updated_at: now,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Job routes in the permission table. A job belongs to the organisation of the user who queued
 * it: read by anyone signed in whose scope holds it (another district's job answers 404, like a
 * missing one); cancelled by whoever holds its kind's permission in that scope (a targets job:
 * the city reviewer).
 */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/jobs': { allowed: 'signed-in', scoped: false, ok: 200, request: async () => ({ url: '/api/jobs' }) },
  'GET /api/jobs/:id': {
    allowed: 'signed-in', scoped: true, ok: 200,
    request: async (t, target) => ({ url: `/api/jobs/${await queuedJob(t, target)}` }),
  },
  'POST /api/jobs/:id/cancel': {
    allowed: REVIEWER, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `/api/jobs/${await queuedJob(t, target)}/cancel` }),
  },
};
