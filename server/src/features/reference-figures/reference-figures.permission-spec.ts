import type { RouteCase } from '../../platform/permissions/route-case';
import { READERS, REVIEWER, orgCode } from '../../test/permission-fixtures';
import { insertDocumentFigure, insertReferenceFigure } from './reference-figures.test-helpers';

/**
 * reference-figures routes in the permission table. "own" is a figure of 武昌区 in a document
 * 武昌区 uploaded, "other" the same of 江岸区; the cross-check is of the district's month.
 * Accepting is the city reviewer's alone (a district never accepts figures into its own data).
 */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/reference-figures': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/reference-figures?periodKey=2026-03' }) },
  'POST /api/reference-figures': {
    allowed: REVIEWER, scoped: true, ok: 201,
    request: async (t, target) => {
      const organisationId = await t.orgId(orgCode(target));
      const figureId = await insertDocumentFigure(t.database.db, { organisationId, documentOrganisationId: organisationId, period: '2026-Q1' });
      return { url: '/api/reference-figures', payload: { figureId } };
    },
  },
  'DELETE /api/reference-figures/:id': {
    allowed: REVIEWER, scoped: true, ok: 204,
    request: async (t, target) => {
      const organisationId = await t.orgId(orgCode(target));
      const figureId = await insertDocumentFigure(t.database.db, { organisationId, documentOrganisationId: organisationId, period: '2026-Q1', status: 'accepted' });
      const id = await insertReferenceFigure(t.database.db, { organisationId, figureId, acceptedBy: await t.userId('reviewer') });
      return { url: `/api/reference-figures/${id}` };
    },
  },
  'GET /api/reference-figures/cross-check/:periodKey/:organisationId': {
    allowed: READERS, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `/api/reference-figures/cross-check/2026-03/${await t.orgId(orgCode(target))}` }),
  },
};
