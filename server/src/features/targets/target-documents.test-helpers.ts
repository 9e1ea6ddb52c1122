import { fileStoreFor } from '../../platform/files/file-store';
import { SMALL_PDF } from '../../platform/files/test-photo';
import type { TestApp } from '../../test/test-app';

/** A PDF kept in the test store and recorded as a document of the year concerning the organisation. */
export async function insertTargetDocument(t: TestApp, organisationCode: string, year = 2026): Promise<number> {
  const key = await fileStoreFor(undefined).put(SMALL_PDF);
  const row = await t.database.db.insertInto('target_documents').values({
    year, kind: 'responsibility', organisation_id: await t.orgId(organisationCode), file_key: key, file_name: '目标责任书.pdf',
    media_type: 'application/pdf', size_bytes: SMALL_PDF.length, sha256: '0'.repeat(64), uploaded_by: null, created_at: '2026-01-10T02:00:00.000Z',
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
