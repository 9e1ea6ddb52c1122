import type { Executor } from '../../db/database';

/** Puts a policy straight into the library (tests only: no audit row, no checks). */
export async function insertPolicy(db: Executor, values: { title?: string; industries?: string[]; sizeClasses?: string[]; flags?: string[]; districtIds?: number[]; validTo?: string | null } = {}): Promise<number> {
  const now = '2026-12-01T00:00:00.000Z';
  const row = await db.insertInto('policies').values({
    title: values.title ?? '测试政策', issuer: '武汉市人民政府', document_number: null, issued_on: '2026-01-01', valid_from: '2026-01-01', valid_to: values.validTo === undefined ? null : values.validTo,
    industries: JSON.stringify(values.industries ?? []), size_classes: JSON.stringify(values.sizeClasses ?? []), flags: JSON.stringify(values.flags ?? []),
    district_ids: JSON.stringify(values.districtIds ?? []), withdrawn_at: null, demo_note: null, created_at: now, updated_at: now,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
