import { PERMISSIONS } from '@hongtu/domain';
import type { RouteCase } from '../../platform/permissions/route-case';
import type { TestApp } from '../../test/test-app';

/**
 * portal routes in the permission table. The opportunities are the city's (no own / other): only
 * the city's reviewer lists, writes, publishes and withdraws them. The public pages are not /api routes.
 */
const MANAGE = PERMISSIONS['portal_opportunity.manage'];

/** A land parcel stored directly in a status, at version 1. */
async function insertOpportunity(t: TestApp, status: 'draft' | 'published'): Promise<number> {
  const at = '2026-03-01T00:00:00.000Z';
  const row = await t.database.db.insertInto('portal_opportunities').values({
    kind: 'land', district_id: await t.orgId('420106'), project_id: null, title: '权限测试地块', summary: '简介', area_mu: '10', planned_use: '工业用地',
    location: '武昌区', conditions: null, contact_office: '区招商局', contact_phone: '027-88888888', status,
    published_at: status === 'published' ? at : null, withdrawn_at: null, created_by: null, created_at: at, updated_at: at,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/portal/opportunities': { allowed: MANAGE, scoped: false, ok: 200, request: async () => ({ url: '/api/portal/opportunities' }) },
  'POST /api/portal/opportunities': {
    allowed: MANAGE, scoped: false, ok: 201,
    request: async (t) => ({
      url: '/api/portal/opportunities',
      payload: { kind: 'land', districtId: await t.orgId('420106'), title: '权限测试地块', summary: '简介', areaMu: '10', plannedUse: '工业用地', location: '武昌区', contactOffice: '区招商局', contactPhone: '027-88888888' },
    }),
  },
  'POST /api/portal/opportunities/:id/publish': {
    allowed: MANAGE, scoped: false, ok: 200, request: async (t) => ({ url: `/api/portal/opportunities/${await insertOpportunity(t, 'draft')}/publish`, payload: { version: 1 } }),
  },
  'POST /api/portal/opportunities/:id/withdraw': {
    allowed: MANAGE, scoped: false, ok: 200, request: async (t) => ({ url: `/api/portal/opportunities/${await insertOpportunity(t, 'published')}/withdraw`, payload: { version: 1 } }),
  },
};
