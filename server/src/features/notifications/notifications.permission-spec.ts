import type { RouteCase } from '../../platform/permissions/route-case';
import { READERS, REVIEWER, nextPeriodYear } from '../../test/permission-fixtures';

/** notifications routes in the permission table (who may call them; own / other organisation). */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/notifications/todos': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/notifications/todos' }) },
  'GET /api/notifications/messages': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/notifications/messages' }) },
  'POST /api/notifications/messages/read': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/notifications/messages/read', payload: {} }) },
  'GET /api/notifications/reminders': {
    allowed: REVIEWER, scoped: false, ok: 200,
    request: async (t) => {
      const year = nextPeriodYear() + 100;
      await t.database.db.insertInto('reporting_periods').values({ year, month: 6, deadline: '2000-01-01T00:00:00.000Z', status: 'open', created_at: 'x' }).execute();
      return { url: `/api/notifications/reminders?periodKey=${year}-06` };
    },
  },
  'POST /api/notifications/reminders': {
    allowed: REVIEWER, scoped: false, ok: 200,
    // A month of its own whose deadline has passed: every district in the reviewer's scope is late.
    request: async (t) => {
      const year = nextPeriodYear() + 100;
      await t.database.db.insertInto('reporting_periods').values({ year, month: 5, deadline: '2000-01-01T00:00:00.000Z', status: 'open', created_at: 'x' }).execute();
      return { url: '/api/notifications/reminders', payload: { periodKey: `${year}-05` } };
    },
  },
};
