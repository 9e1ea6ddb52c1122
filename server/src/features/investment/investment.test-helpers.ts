import type { Insertable } from 'kysely';
import type { TestApp } from '../../test/test-app';
import { unique } from '../../test/permission-fixtures';
import type { InvestmentContractsTable, InvestmentLeadsTable } from './investment.table';

/** Test support for investment attraction: records written directly (the API is what the tests exercise). */

/** A lead of the organisation of that code, at the stage given (version 1). */
export async function insertLead(t: TestApp, orgCode: string, change: Partial<Insertable<InvestmentLeadsTable>> = {}): Promise<number> {
  const name = unique('测试项目');
  const row = await t.database.db.insertInto('investment_leads').values({
    organisation_id: await t.orgId(orgCode), project_name: name, name_key: name.toLowerCase(), investor_name: '测试投资方', investor_credit_code: null, enterprise_id: null,
    source: 'door_knocking', industry: '智能制造', intended_investment: 10_000_000n, stage: 'negotiation', stage_since: '2026-02-01',
    contact_name: '王经理', contact_phone: '13812345678', owner_name: '招商专班', next_step: '', next_step_on: null, last_activity_on: '2026-02-01',
    activity_id: null, created_by: null, created_at: '2026-02-01T02:00:00.000Z', updated_at: '2026-02-01T02:00:00.000Z', ...change,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A signed contract on a new lead of that organisation (10 亿元, signed 15 February 2026). */
export async function insertContract(t: TestApp, orgCode: string, change: Partial<Insertable<InvestmentContractsTable>> = {}): Promise<number> {
  const leadId = await insertLead(t, orgCode, { stage: 'signed', stage_since: '2026-02-15' });
  const row = await t.database.db.insertInto('investment_contracts').values({
    lead_id: leadId, organisation_id: await t.orgId(orgCode), kind: 'domestic', currency: 'yi_yuan', amount: 1_000_000_000n, signed_on: '2026-02-15',
    terms: '', milestones_json: '[]', activity_id: null, project_id: null, created_by: null, created_at: '2026-02-15T02:00:00.000Z', updated_at: '2026-02-15T02:00:00.000Z', ...change,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A 招商活动 of that organisation. */
export async function insertActivity(t: TestApp, orgCode: string): Promise<number> {
  const row = await t.database.db.insertInto('investment_activities').values({
    organisation_id: await t.orgId(orgCode), kind: 'signing_conference', name: unique('签约大会'), held_on: '2026-02-15', place: '', created_by: null, created_at: '2026-02-15T02:00:00.000Z',
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
