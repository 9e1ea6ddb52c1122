import type { RouteCase } from '../../platform/permissions/route-case';
import type { TestApp } from '../../test/test-app';
import { ADMIN, READERS } from '../../test/permission-fixtures';
import './territories.table';

/** The territorial scope in the permission table: read by every dashboard reader, kept by the administrator. */
async function pair(t: TestApp, zone: string, district: string) {
  return { organisationId: await t.orgId(zone), overlapsOrganisationId: await t.orgId(district) };
}

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/territories': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/territories' }) },
  'PUT /api/territories/settings': {
    allowed: ADMIN, scoped: false, ok: 200,
    request: async (t) => ({ url: '/api/territories/settings', payload: { cityId: await t.orgId('420100'), rankZonesSeparately: false } }),
  },
  'POST /api/territories/overlaps': {
    allowed: ADMIN, scoped: false, ok: 201,
    request: async (t) => ({ url: '/api/territories/overlaps', payload: { ...(await pair(t, 'WH-LKG', '420112')), kind: 'contains_part' } }),
  },
  'DELETE /api/territories/overlaps/:id': {
    allowed: ADMIN, scoped: false, ok: 204,
    request: async (t) => {
      const { organisationId, overlapsOrganisationId } = await pair(t, 'WH-CJXQ', '420116');
      const db = t.database.db;
      await db.deleteFrom('territory_overlaps').where('organisation_id', '=', organisationId).where('overlaps_organisation_id', '=', overlapsOrganisationId).execute();
      const row = await db.insertInto('territory_overlaps').values({
        city_id: await t.orgId('420100'), organisation_id: organisationId, overlaps_organisation_id: overlapsOrganisationId,
        kind: 'contains_part', created_by: null, created_at: 'x',
      }).returning('id').executeTakeFirstOrThrow();
      return { url: `/api/territories/overlaps/${row.id}` };
    },
  },
};
