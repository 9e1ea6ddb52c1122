import { fileStoreFor } from '../../platform/files/file-store';
import { ONE_PIXEL_JPEG } from '../../platform/files/test-photo';
import type { TestApp } from '../../test/test-app';
import { multipart } from '../projects/projects.test-helpers';

/** Test support for attachments. */

/** A photo kept in the test store and recorded on the project (or on a problem of it). */
export async function insertAttachment(t: TestApp, projectId: number, problemId: number | null = null): Promise<number> {
  const project = await t.database.db.selectFrom('projects').select('organisation_id').where('id', '=', projectId).executeTakeFirstOrThrow();
  const key = await fileStoreFor(undefined).put(ONE_PIXEL_JPEG);
  const row = await t.database.db.insertInto('attachments').values({
    parent_kind: problemId === null ? 'project' : 'problem', project_id: projectId, report_id: null, problem_id: problemId, organisation_id: project.organisation_id,
    file_key: key, file_name: '现场照片.jpg', media_type: 'image/jpeg', size_bytes: ONE_PIXEL_JPEG.length, sha256: '0'.repeat(64),
    taken_at: null, latitude: null, longitude: null, uploaded_by: null, created_at: '2026-03-05T02:00:00.000Z',
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A multipart upload of one file under the given name (the declared type is what a browser would say of the name). */
export function upload(file: Buffer, fileName: string) {
  return multipart(file, fileName);
}
