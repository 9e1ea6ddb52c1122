import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import { isPhoneNumber, leadNameKey, type LeadStage } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { AuditTrail } from '../../platform/audit/audit-trail';
import type { RequestContext } from '../../platform/permissions/actor';
import { toSimplified } from '../../platform/text/chinese';
import { chinaToday } from './investment.read-model';

/** An enterprise's interest in an opportunity, sent through the portal. */
export interface PortalInterest {
  districtId: number;
  creditCode: string;
  enterpriseId: number | null;
  companyName: string;
  opportunityTitle: string;
  contactName: string;
  /** A phone number or an e-mail address; the lead keeps a phone, an e-mail goes into the note. */
  contact: string;
  text: string;
  now: Date;
}

/**
 * Interest from the portal becomes a lead of the opportunity's district (source 门户网站) — unless the
 * district already pursues that enterprise (same credit code): then the existing lead gets a note and
 * no second lead is made. In the caller's transaction, with the lead's own audit row.
 */
export async function recordPortalInterest(
  trx: Executor, audit: AuditTrail, ctx: RequestContext, input: PortalInterest,
): Promise<{ leadId: number; created: boolean }> {
  const at = input.now.toISOString();
  const today = chinaToday(input.now);
  const phone = isPhoneNumber(input.contact) ? input.contact.normalize('NFKC').trim() : '';
  const note = [`门户网站：${input.companyName} 对「${input.opportunityTitle}」表达投资意向`, input.text, phone ? '' : `联系方式：${input.contactName} ${input.contact}`]
    .filter((s) => s !== '').join('\n');
  const existing = await trx.selectFrom('investment_leads').select(['id', 'project_name', 'last_activity_on', 'version'])
    .where('organisation_id', '=', input.districtId).where('investor_credit_code', '=', input.creditCode)
    .orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (existing) {
    await trx.updateTable('investment_leads')
      .set({ last_activity_on: today > existing.last_activity_on ? today : existing.last_activity_on, version: existing.version + 1, updated_at: at })
      .where('id', '=', existing.id).execute();
    await trx.insertInto('investment_lead_events').values({
      lead_id: existing.id, organisation_id: input.districtId, kind: 'note', on_date: today, from_stage: null, to_stage: null, days_in_stage: null, text: note, actor_id: null, at,
    }).execute();
    await audit.append(trx, ctx, {
      action: AuditActions.leadContact, entityType: AuditEntityTypes.lead, entityId: existing.id,
      after: { project: existing.project_name, kind: 'note', on: today, via: 'portal', opportunity: input.opportunityTitle },
    });
    return { leadId: existing.id, created: false };
  }
  const projectName = `${input.opportunityTitle}（${input.companyName}）`.slice(0, 200);
  const values = {
    organisation_id: input.districtId, project_name: projectName, name_key: leadNameKey(toSimplified(projectName)), investor_name: input.companyName,
    investor_credit_code: input.creditCode, enterprise_id: input.enterpriseId, source: 'portal' as const, industry: '', intended_investment: 0n,
    stage: 'lead' as LeadStage, stage_since: today, contact_name: input.contactName, contact_phone: phone, owner_name: '', next_step: '', next_step_on: null,
    last_activity_on: today, activity_id: null, created_by: null, created_at: at, updated_at: at,
  };
  const row = await trx.insertInto('investment_leads').values(values).returning('id').executeTakeFirstOrThrow();
  await trx.insertInto('investment_lead_events').values({
    lead_id: row.id, organisation_id: input.districtId, kind: 'create', on_date: today, from_stage: null, to_stage: 'lead', days_in_stage: null, text: note, actor_id: null, at,
  }).execute();
  await audit.append(trx, ctx, {
    action: AuditActions.leadCreate, entityType: AuditEntityTypes.lead, entityId: row.id,
    after: { project_name: projectName, investor_name: input.companyName, investor_credit_code: input.creditCode, source: 'portal', stage: 'lead', contact_phone_set: phone !== '' },
  });
  return { leadId: row.id, created: true };
}

/** The stages of these leads (a portal submission shows its sender the stage of the lead it became). */
export async function leadStagesOf(db: Executor, ids: readonly number[]): Promise<Map<number, LeadStage>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('investment_leads').select(['id', 'stage']).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.id, r.stage]));
}
