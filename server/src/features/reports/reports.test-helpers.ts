import type { ReportDocument } from '@hongtu/contracts/reports';
import { fileStoreFor } from '../../platform/files/file-store';
import type { TestApp } from '../../test/test-app';

/**
 * An archived report of an organisation (by code) written straight into the archive, with small files,
 * in the form rows had before migration 0292 (the document model as JSON text only).
 */
export async function insertReport(
  t: TestApp, organisationCode: string, options: { revision?: number; title?: string; period?: string; document?: ReportDocument } = {},
): Promise<number> {
  const db = t.database.db;
  const org = await db.selectFrom('organisations').select(['id', 'name']).where('code', '=', organisationCode).executeTakeFirstOrThrow();
  const user = await db.selectFrom('users').select('id').where('username', '=', 'reviewer').executeTakeFirstOrThrow();
  const title = options.title ?? `${org.name}2022年1-9月经济运行简报`;
  const period = options.period ?? '2022-09';
  const document: ReportDocument = options.document ?? {
    kind: 'monthly-bulletin', title, issuer: org.name, dateLine: '2022年10月20日', periodKey: period, scopeOrganisationId: org.id,
    scopeName: org.name, provisional: false, blocks: [{ kind: 'heading', level: 1, text: '主要经济指标' }], sources: [],
  };
  const store = fileStoreFor(undefined);
  const revision = options.revision ?? 1 + Number((await db.selectFrom('reports').select((eb) => eb.fn.max('revision').as('n'))
    .where('organisation_id', '=', org.id).where('kind', '=', 'monthly-bulletin').where('period_key', '=', period).executeTakeFirst())?.n ?? 0);
  const row = await db.insertInto('reports').values({
    kind: 'monthly-bulletin', period_key: period, organisation_id: org.id, revision, provisional: 0, title,
    snapshot_hash: '0'.repeat(64), snapshot_published_at: '2022-10-15T00:00:00.000Z', document_json: JSON.stringify(document),
    docx_key: await store.put(Buffer.from('docx')), docx_sha256: 'x', xlsx_key: await store.put(Buffer.from('xlsx')), xlsx_sha256: 'x',
    template_id: null, job_id: null, generated_by: user.id, generated_at: '2022-10-20T00:00:00.000Z',
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
