// Builders shared by the features' permission specs (<feature>.permission-spec.ts): the actors all
// belong to 武昌区 (420106); "other" targets belong to 江岸区 (420102). Each case makes its own records.
import type { TestApp } from './test-app';

export const ORG_OWN = '420106';
export const ORG_OTHER = '420102';
export const orgCode = (target: 'own' | 'other') => (target === 'own' ? ORG_OWN : ORG_OTHER);
let counter = 0;
export const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function street(t: TestApp, target: 'own' | 'other'): Promise<number> {
  const parent = await t.orgId(orgCode(target));
  const row = await t.database.db
    .insertInto('organisations')
    .values({ code: unique('st'), name: '测试街道', kind: 'street', parent_id: parent, path: '', division_code: null, created_at: 'x', updated_at: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const parentRow = await t.database.db.selectFrom('organisations').select('path').where('id', '=', parent).executeTakeFirstOrThrow();
  await t.database.db.updateTable('organisations').set({ path: `${parentRow.path}${row.id}/` }).where('id', '=', row.id).execute();
  return row.id;
}

export async function user(t: TestApp, target: 'own' | 'other'): Promise<number> {
  const org = await t.orgId(orgCode(target));
  const row = await t.database.db
    .insertInto('users')
    .values({
      username: unique('u'), display_name: '测试用户', password_hash: 'x', role: 'leader', organisation_id: org,
      status: 'active', created_at: 'x', updated_at: 'x', password_changed_at: 'x',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function group(t: TestApp): Promise<number> {
  const row = await t.database.db.insertInto('organisation_groups').values({ code: unique('g'), name: '测试组', created_at: 'x' }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A fresh reporting period (a year of its own) so cases never share state. */
let yearCounter = 0;
let targetYearCounter = 0;
/** A year no other case uses, for periods opened by a case. */
export const nextPeriodYear = () => 2030 + (yearCounter++ % 60);
/** A month to go with nextPeriodYear. */
export const currentPeriodMonth = () => 1 + (yearCounter % 12);
/** A year of its own for a target written by a case. */
export const nextTargetYear = () => 2000 + (targetYearCounter++ % 100);
export async function freshPeriod(t: TestApp): Promise<{ id: number; key: string }> {
  const year = 3000 + yearCounter++;
  const row = await t.database.db.insertInto('reporting_periods')
    .values({ year, month: 3, deadline: '2999-01-01T00:00:00.000Z', status: 'open', created_at: 'x' })
    .returning('id').executeTakeFirstOrThrow();
  return { id: row.id, key: `${year}-03` };
}

/** A district-month of the target organisation in the given workflow state, version 1. */
export async function month(t: TestApp, target: 'own' | 'other', status?: 'draft' | 'submitted' | 'approved' | 'revision_requested') {
  const period = await freshPeriod(t);
  const organisationId = await t.orgId(orgCode(target));
  if (status) {
    await t.database.db.insertInto('submissions')
      .values({ period_id: period.id, organisation_id: organisationId, status, submitted_at: null, approved_at: null, reason: null, updated_at: 'x' })
      .execute();
  }
  return `/api/submissions/${period.key}/${organisationId}`;
}

export const ADMIN = ['system_admin'] as const;
export const REVIEWER = ['city_reviewer'] as const;
export const OPERATOR = ['district_operator'] as const;
export const READERS = ['system_admin', 'city_reviewer', 'district_operator', 'department_staff', 'leader', 'auditor'] as const;
