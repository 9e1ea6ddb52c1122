import type { RouteCase } from '../../platform/permissions/route-case';
import { READERS, REVIEWER } from '../../test/permission-fixtures';
import './bulletins.table';

/** Published bulletins in the permission table: the city's, not scoped to one organisation. */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/bulletins/:period': {
    allowed: READERS, scoped: false, ok: 200,
    request: async (t) => {
      // A publication of the month for the city every test actor belongs to.
      const city = await t.orgId('420100');
      const db = t.database.db;
      const existing = await db.selectFrom('published_bulletins').select('id').where('city_id', '=', city).where('period_key', '=', '2026-03').executeTakeFirst();
      if (!existing) {
        const overview = { periodKey: '2026-03', timeProgress: '25', includesUnapproved: false, indicatorCodes: [], indicators: [], rows: [], averages: [] };
        const body = JSON.stringify(overview);
        const { createHash } = await import('node:crypto');
        await db.insertInto('published_bulletins').values({
          city_id: city, period_key: '2026-03', published_at: 'x', published_by: null, published_by_name: 'x', body_json: body, body_hash: createHash('sha256').update(body).digest('hex'),
        }).execute();
      }
      return { url: '/api/bulletins/2026-03' };
    },
  },
  'POST /api/bulletins/:period': { allowed: REVIEWER, scoped: false, ok: 201, request: async () => ({ url: '/api/bulletins/2026-03' }) },
};
