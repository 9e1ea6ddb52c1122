import type { ContractItem, LeadDuplicate, LeadItem, LeadList, LeadListQuery } from '@hongtu/contracts/investment';
import { fromScaled, isLeadStale, leadIdleDays, leadNameKey, maskPhone, storageInt, toPlainString, type FundKind } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import { outOfScope } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/permissions/actor';
import { isInOwnScope } from '../../platform/permissions/scope';
import { toSimplified } from '../../platform/text/chinese';
import type { InvestmentContractRow, InvestmentLeadRow } from './investment.table';

/** Today's calendar date in China (UTC+8, no daylight saving). */
export const chinaToday = (now: Date): string => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** A stored amount (× 10^6) as exact text ("525.69"). */
export const amountOut = (raw: InvestmentLeadRow['intended_investment']): string => toPlainString(fromScaled(raw));

/** The number of idle days after which the city flags a lead stale (its setting, row 1). */
export async function staleDaysSetting(db: Executor): Promise<{ staleDays: number; version: number }> {
  const row = await db.selectFrom('investment_settings').select(['stale_days', 'version']).where('id', '=', 1).executeTakeFirstOrThrow();
  return { staleDays: row.stale_days, version: row.version };
}

/**
 * Leads are the business of the district that pursues them: a user sees those of the own subtree
 * (the city all, a district its own). A department's read grant, which opens a district's figures,
 * does not open its leads.
 */
export function leadsBase(db: Executor, actor: Pick<Actor, 'organisationPath'>) {
  return db.selectFrom('investment_leads as l')
    .innerJoin('organisations as o', 'o.id', 'l.organisation_id')
    .where('o.path', 'like', `${actor.organisationPath}%`)
    .selectAll('l')
    .select(['o.name as organisation_name', 'o.path as organisation_path']);
}
export type LeadJoinedRow = InvestmentLeadRow & { organisation_name: string; organisation_path: string };

/** One lead in the actor's scope, or the 404 of a missing one (audited as a denial when it exists elsewhere). */
export async function loadLead(db: Executor, actor: Pick<Actor, 'organisationPath'>, id: number): Promise<LeadJoinedRow> {
  const row = await leadsBase(db, actor).where('l.id', '=', id).executeTakeFirst();
  if (!row) throw outOfScope();
  return row;
}

export function toLeadItem(r: LeadJoinedRow, today: string, staleDays: number, duplicate: boolean): LeadItem {
  return {
    id: r.id, organisationId: r.organisation_id, organisationName: r.organisation_name,
    projectName: r.project_name, investorName: r.investor_name, investorCreditCode: r.investor_credit_code, enterpriseId: r.enterprise_id,
    source: r.source, industry: r.industry, intendedInvestment: amountOut(r.intended_investment),
    stage: r.stage, stageSince: r.stage_since, contactName: r.contact_name, contactPhoneMasked: maskPhone(r.contact_phone),
    ownerName: r.owner_name, nextStep: r.next_step, nextStepOn: r.next_step_on, lastActivityOn: r.last_activity_on,
    idleDays: leadIdleDays(r.last_activity_on, today), stale: isLeadStale(r.stage, r.last_activity_on, today, staleDays),
    duplicate, version: r.version,
    demo: r.demo_source ? { source: r.demo_source, file: r.source_file, quote: r.source_quote } : null,
  };
}

type DuplicateProbe = Pick<InvestmentLeadRow, 'id' | 'organisation_id' | 'name_key' | 'investor_credit_code'>;

/**
 * Other districts' leads on the same enterprise (credit code) or the same project (name key), for
 * each of the given leads. Found across the whole city whatever the reader's scope: each side is
 * told that another district pursues it, and which one, nothing more.
 */
export async function duplicatePursuits(db: Executor, leads: readonly DuplicateProbe[]) {
  const result = new Map<number, { match: 'enterprise' | 'name'; organisationId: number; organisationName: string; organisationPath: string; leadId: number }[]>();
  if (leads.length === 0) return result;
  const keys = [...new Set(leads.map((l) => l.name_key))];
  const codes = [...new Set(leads.flatMap((l) => (l.investor_credit_code ? [l.investor_credit_code] : [])))];
  const others = await db.selectFrom('investment_leads as l')
    .innerJoin('organisations as o', 'o.id', 'l.organisation_id')
    .select(['l.id', 'l.organisation_id', 'l.name_key', 'l.investor_credit_code', 'o.name', 'o.path'])
    .where((eb) => eb.or([
      eb('l.name_key', 'in', keys),
      ...(codes.length > 0 ? [eb('l.investor_credit_code', 'in', codes)] : []),
    ]))
    .orderBy('l.id')
    .limit(2000)
    .execute();
  for (const lead of leads) {
    type Found = { match: 'enterprise' | 'name'; organisationId: number; organisationName: string; organisationPath: string; leadId: number };
    const found: Found[] = [];
    for (const o of others) {
      if (o.organisation_id === lead.organisation_id) continue;
      const match = lead.investor_credit_code && o.investor_credit_code === lead.investor_credit_code ? 'enterprise' : o.name_key === lead.name_key ? 'name' : null;
      if (match) found.push({ match, organisationId: o.organisation_id, organisationName: o.name, organisationPath: o.path, leadId: o.id });
    }
    if (found.length > 0) result.set(lead.id, found);
  }
  return result;
}

/** What a reader is told of the other pursuits: the district, and the lead only when the reader may open it. */
export function duplicatesFor(actor: Pick<Actor, 'organisationPath'>, found: Awaited<ReturnType<typeof duplicatePursuits>>, leadId: number): LeadDuplicate[] {
  const seen = new Set<string>();
  return (found.get(leadId) ?? []).flatMap((d) => {
    const key = `${d.match}:${d.organisationId}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ match: d.match, organisationName: d.organisationName, leadId: isInOwnScope(actor, d.organisationPath) ? d.leadId : null }];
  });
}

/** Leads in the actor's scope, filtered, newest activity last, paged. */
export async function listLeads(db: Executor, actor: Actor, today: string, query: LeadListQuery): Promise<LeadList> {
  const { staleDays } = await staleDaysSetting(db);
  const base = filteredLeads(db, actor, today, staleDays, query);
  const total = await base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base.orderBy('l.last_activity_on').orderBy('l.id')
    .limit(query.pageSize).offset((query.page - 1) * query.pageSize).execute();
  const duplicates = await duplicatePursuits(db, rows);
  return { items: rows.map((r) => toLeadItem(r, today, staleDays, duplicates.has(r.id))), total: Number(total.n), staleDays };
}

/** The leads in the reader's scope with the list's filters (stage, district, name, stale), not yet ordered or paged. */
export function filteredLeads(db: Executor, actor: Actor, today: string, staleDays: number, query: Omit<LeadListQuery, 'page' | 'pageSize'>) {
  let base = leadsBase(db, actor);
  if (query.stage) base = base.where('l.stage', '=', query.stage);
  if (query.districtId !== undefined) base = base.where('l.organisation_id', '=', query.districtId);
  if (query.q) {
    // The name key is the Simplified, normalised project name: Traditional input finds it too.
    const simplified = toSimplified(query.q).replace(/[%_\\]/g, '');
    base = base.where((eb) => eb.or([eb('l.name_key', 'like', `%${leadNameKey(simplified)}%`), eb('l.investor_name', 'like', `%${simplified}%`)]));
  }
  if (query.stale !== undefined) {
    // Stale: idle for more than staleDays days and not yet in production.
    const limit = new Date(Date.parse(`${today}T00:00:00Z`) - staleDays * 86_400_000).toISOString().slice(0, 10);
    base = query.stale === 'true'
      ? base.where('l.stage', '!=', 'producing').where('l.last_activity_on', '<', limit)
      : base.where((eb) => eb.or([eb('l.stage', '=', 'producing'), eb('l.last_activity_on', '>=', limit)]));
  }
  return base;
}

export type ContractJoinedRow = InvestmentContractRow & { organisation_name: string; project_name: string; investor_name: string };

export function contractsBase(db: Executor, actor: Pick<Actor, 'organisationPath'>) {
  return db.selectFrom('investment_contracts as c')
    .innerJoin('investment_leads as l', 'l.id', 'c.lead_id')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .where('o.path', 'like', `${actor.organisationPath}%`)
    .selectAll('c')
    .select(['o.name as organisation_name', 'l.project_name', 'l.investor_name']);
}

export async function loadContract(db: Executor, actor: Pick<Actor, 'organisationPath'>, id: number): Promise<ContractJoinedRow> {
  const row = await contractsBase(db, actor).where('c.id', '=', id).executeTakeFirst();
  if (!row) throw outOfScope();
  return row;
}

/** Contracts with their funds in place, in the order given. */
export async function toContractItems(db: Executor, rows: readonly ContractJoinedRow[]): Promise<ContractItem[]> {
  if (rows.length === 0) return [];
  const funds = await db.selectFrom('investment_funds').select(['contract_id', 'month', 'kind', 'amount'])
    .where('contract_id', 'in', rows.map((r) => r.id)).orderBy('month').orderBy('kind').execute();
  return rows.map((r) => {
    const own = funds.filter((f) => f.contract_id === r.id);
    const inPlaceKind: FundKind = r.currency === 'yi_yuan' ? 'funds_in_place' : 'foreign_capital';
    const inPlace = own.filter((f) => f.kind === inPlaceKind).reduce((sum, f) => sum + storageInt(f.amount), 0n);
    return {
      id: r.id, leadId: r.lead_id, organisationId: r.organisation_id, organisationName: r.organisation_name,
      projectName: r.project_name, investorName: r.investor_name, kind: r.kind, currency: r.currency, amount: amountOut(r.amount),
      signedOn: r.signed_on, terms: r.terms, milestones: JSON.parse(r.milestones_json) as { name: string; dueOn: string }[],
      activityId: r.activity_id, projectId: r.project_id,
      funds: own.map((f) => ({ month: f.month, kind: f.kind, amount: amountOut(f.amount) })),
      inPlace: amountOut(inPlace), version: r.version,
    };
  });
}
