import type { RouteCase } from '../../platform/permissions/route-case';
import { READERS, REVIEWER, unique } from '../../test/permission-fixtures';
import './indicator-aliases.table';

/** The indicators' aliases in the permission table: the city's, not scoped to an organisation. */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/indicator-aliases': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/indicator-aliases' }) },
  'POST /api/indicator-aliases': {
    allowed: REVIEWER, scoped: false, ok: 201,
    request: async () => ({ url: '/api/indicator-aliases', payload: { indicatorCode: 'gdp', alias: unique('别名') } }),
  },
  'DELETE /api/indicator-aliases/:id': {
    allowed: REVIEWER, scoped: false, ok: 204,
    request: async (t) => {
      const indicator = await t.database.db.selectFrom('indicators').select('id').where('code', '=', 'gdp').executeTakeFirstOrThrow();
      const alias = unique('别名');
      const row = await t.database.db.insertInto('indicator_aliases').values({
        indicator_id: indicator.id, alias, alias_key: alias.toLowerCase(), origin: 'city', created_by: null, created_at: 'x', deleted_at: null,
      }).returning('id').executeTakeFirstOrThrow();
      return { url: `/api/indicator-aliases/${row.id}` };
    },
  },
};
