import type { Insertable } from 'kysely';
import { fileStoreFor } from '../../platform/files/file-store';
import { ONE_PIXEL_JPEG } from '../../platform/files/test-photo';
import type { TestApp } from '../../test/test-app';
import type { PortalSubmissionsTable } from './portal-submissions.table';

/** A tip-like submission routed to the organisation of that code (written directly; the API is what tests exercise). */
export async function insertSubmission(t: TestApp, orgCode: string, change: Partial<Insertable<PortalSubmissionsTable>> = {}): Promise<number> {
  const at = t.clock.now().toISOString();
  const row = await t.database.db.insertInto('portal_submissions').values({
    kind: 'tip', organisation_id: await t.orgId(orgCode), account_id: null, company_name: null, opportunity_id: null, title: '关于园区配套的建议',
    body: '建议增加公交线路', contact_name: '李先生', contact: '13912345678', consent_at: at, consent_version: 'test', status: 'received',
    lead_id: null, problem_id: null, tracking_hash: null, erased_at: null, created_at: at, updated_at: at, ...change,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A one-pixel photo kept in the tests' file store, as a tip's attachment columns. */
export async function storedAttachment() {
  const key = await fileStoreFor(undefined).put(ONE_PIXEL_JPEG);
  return { attachment_key: key, attachment_name: '现场照片.jpg', attachment_type: 'image/jpeg', attachment_bytes: ONE_PIXEL_JPEG.length };
}
