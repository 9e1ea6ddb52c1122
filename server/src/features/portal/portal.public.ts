// What other features may use of portal (enforced by the lint rule on imports).
import type { Deps } from '../../platform/deps';

// The portal's page layout: every public page of the portal features is built with it.
export { html, raw, escapeHtml, isSafeHtml, type SafeHtml } from './portal-html';
export {
  renderPortalPage, sendPortalPage, sendPrivatePortalPage, sendPortalBody, portalLocaleOf, portalText, largeTextOf,
  PORTAL_SITE_NAME, PORTAL_CSP, type PortalPage,
} from './portal-layout';
export type { PortalOpportunityRow } from './portal.table';

/** A published opportunity (interest in it becomes a lead of its district), or null: draft, withdrawn, unknown. */
export async function findPublishedOpportunity(
  deps: Pick<Deps, 'db'>, id: number,
): Promise<{ id: number; title: string; districtId: number; projectId: number | null } | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const row = await deps.db.selectFrom('portal_opportunities')
    .select(['id', 'title', 'district_id', 'project_id'])
    .where('id', '=', id).where('status', '=', 'published')
    .executeTakeFirst();
  return row ? { id: row.id, title: row.title, districtId: row.district_id, projectId: row.project_id } : null;
}
