import type { Insertable } from 'kysely';
import { creditCodeCheckChar } from '@hongtu/domain';
import type { TestApp } from '../../test/test-app';
import type { EnterpriseProblemsTable } from './enterprise-service.table';

/** Test support for enterprise service: records written directly (the API is what the tests exercise). */

let serial = 0;
/** A fresh valid 统一社会信用代码 (check character computed). */
export function nextCreditCode(): string {
  serial += 1;
  const body = `91420106${String(Date.now() % 1_000_000).padStart(6, '0')}${String(serial).padStart(3, '0')}`;
  return body + creditCodeCheckChar(body);
}

/** An enterprise of the registry, served by the organisation of that code. */
export async function insertEnterprise(t: TestApp, orgCode: string, name = '测试企业有限公司'): Promise<number> {
  const row = await t.database.db.insertInto('enterprises').values({
    credit_code: nextCreditCode(), name, name_pinyin: '', name_initials: '', organisation_id: await t.orgId(orgCode),
    created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z',
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A problem of the enterprise sent to the department, in the given state (version 1); its deadlines long past unless told. */
export async function insertServiceProblem(t: TestApp, enterpriseId: number, departmentId: number, change: Partial<Insertable<EnterpriseProblemsTable>> = {}): Promise<number> {
  const enterprise = await t.database.db.selectFrom('enterprises').select('organisation_id').where('id', '=', enterpriseId).executeTakeFirstOrThrow();
  const status = change.status ?? 'submitted';
  const row = await t.database.db.insertInto('enterprise_problems').values({
    enterprise_id: enterpriseId, organisation_id: enterprise.organisation_id, department_id: departmentId, category: 'finance', title: '流动资金贷款续贷困难',
    description: '', status, raised_via: 'district', visit_id: null, raised_on: '2026-01-05', acknowledge_due_on: '2026-01-06', answer_due_on: '2026-01-19',
    due_on: status === 'submitted' ? '2026-01-06' : status === 'acknowledged' ? '2026-01-19' : null,
    acknowledged_on: null, answered_on: null, closed_on: null, answer: null, satisfaction: null, raised_by: null,
    raised_at: '2026-01-05T02:00:00.000Z', updated_at: '2026-01-05T02:00:00.000Z', ...change,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A cultivation candidate of the enterprise: revenue in 万元 as decimal text (stored × 10^6). */
export async function insertCandidate(t: TestApp, enterpriseId: number, revenueWan = '2100', kind: 'industry' | 'retail' = 'industry'): Promise<number> {
  const enterprise = await t.database.db.selectFrom('enterprises').select('organisation_id').where('id', '=', enterpriseId).executeTakeFirstOrThrow();
  const row = await t.database.db.insertInto('cultivation_candidates').values({
    enterprise_id: enterpriseId, organisation_id: enterprise.organisation_id, kind, revenue_wan: BigInt(Math.round(Number(revenueWan) * 1e6)),
    revenue_month: '2025-12', expected_month: null, entered_month: null, created_at: 'x', updated_at: 'x',
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
