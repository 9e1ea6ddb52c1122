import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import { LEAD_STAGES, dec, enterpriseProblemDeadlines, projectNameKey, toScaled, type LeadStage } from '@hongtu/domain';
import { addWorkingDays, workingDaysBetween } from '@hongtu/domain/working-days';
import type { DatabaseHandle } from '../../connection';
import type { Executor } from '../../database';
import type { Clock } from '../../../platform/clock';
import { AuditTrail } from '../../../platform/audit/audit-trail';
import { toSimplified } from '../../../platform/text/chinese';
import { nameKeys } from '../../../features/enterprises/enterprise-names';
import { PROBLEM_GROUPS, SIGNING_GROUPS, type SigningGroup } from './document-investment';
import { DEMO_YEAR, SYNTHETIC_ENTERPRISES, SYNTHETIC_LEADS, SYNTHETIC_PROBLEMS, demoCreditCode, type SyntheticProblem } from './synthetic-investment';
import { splitTotal, spreadDates } from './split';

const CALENDAR = { addWorkingDays, workingDaysBetween };
const DOC = (file: string, quote: string) => ({ demo_source: 'document' as const, source_file: file, source_quote: quote });
const SYNTHETIC = { demo_source: 'synthetic' as const, source_file: null, source_quote: null };

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface Ctx { trx: Executor; orgs: Map<string, number>; now: string; serial: number }

async function addEnterprise(c: Ctx, org: string, e: { name: string; industryCode: string | null; sizeClass: string | null; headquartersKind?: string | null; flags?: string[] }, label: object, note: string) {
  const keys = nameKeys(e.name);
  const flags = new Set(e.flags ?? []);
  const row = await c.trx.insertInto('enterprises').values({
    credit_code: demoCreditCode(org, ++c.serial), name: e.name, name_pinyin: keys.pinyin, name_initials: keys.initials, legal_form: null,
    industry_code: e.industryCode, address: null, organisation_id: c.orgs.get(org)!, size_class: e.sizeClass, headquarters_kind: e.headquartersKind ?? null,
    fortune500: flags.has('fortune500') ? 1 : 0, private500: flags.has('private500') ? 1 : 0, demo_note: note, created_at: c.now, updated_at: c.now, ...label,
  }).returning(['id', 'credit_code']).executeTakeFirstOrThrow();
  return row;
}

interface LeadInput {
  org: string; projectName: string; investor: string; enterprise: { id: number; credit_code: string } | null; source: SigningGroup['sources'][number];
  industry: string; amount: bigint; stage: LeadStage; createdOn: string; stageDays: number; activityId: number | null; label: object; serial: number;
}

/** A lead with its history: recorded, then each stage reached `stageDays` later, up to its stage. */
async function addLead(c: Ctx, l: LeadInput): Promise<{ id: number; signedOn: string }> {
  const organisationId = c.orgs.get(l.org)!;
  const reached = LEAD_STAGES.indexOf(l.stage);
  const stageSince = addDays(l.createdOn, reached * l.stageDays);
  const row = await c.trx.insertInto('investment_leads').values({
    organisation_id: organisationId, project_name: l.projectName, name_key: projectNameKey(toSimplified(l.projectName)), investor_name: l.investor,
    investor_credit_code: l.enterprise?.credit_code ?? null, enterprise_id: l.enterprise?.id ?? null, source: l.source, industry: l.industry,
    intended_investment: l.amount, stage: l.stage, stage_since: stageSince, contact_name: '演示联系人', contact_phone: `139${String(27000000 + l.serial).padStart(8, '0')}`,
    owner_name: '区招商局演示专员', next_step: '', next_step_on: null, last_activity_on: stageSince, activity_id: l.activityId, created_by: null, created_at: c.now, updated_at: c.now, ...l.label,
  }).returning('id').executeTakeFirstOrThrow();
  const events = [{ kind: 'create', on_date: l.createdOn, from_stage: null, to_stage: 'lead' as LeadStage, days_in_stage: null }];
  for (let s = 1; s <= reached; s++) {
    events.push({ kind: 'stage', on_date: addDays(l.createdOn, s * l.stageDays), from_stage: LEAD_STAGES[s - 1]! as never, to_stage: LEAD_STAGES[s]!, days_in_stage: l.stageDays as never });
  }
  await c.trx.insertInto('investment_lead_events').values(events.map((e) => ({ ...e, lead_id: row.id, organisation_id: organisationId, text: null, actor_id: null, at: c.now }))).execute();
  return { id: row.id, signedOn: addDays(l.createdOn, 2 * l.stageDays) };
}

async function addContract(c: Ctx, leadId: number, org: string, amount: bigint, signedOn: string, activityId: number | null, label: object) {
  return c.trx.insertInto('investment_contracts').values({
    lead_id: leadId, organisation_id: c.orgs.get(org)!, kind: 'domestic', currency: 'yi_yuan', amount, signed_on: signedOn, terms: '', milestones_json: '[]',
    activity_id: activityId, project_id: null, created_by: null, created_at: c.now, updated_at: c.now, ...label,
  }).returning('id').executeTakeFirstOrThrow();
}

/** The signings a document counts: its trips, its leads at 签约 and their contracts (amounts the document's total split, else synthetic). */
async function loadSigningGroup(c: Ctx, g: SigningGroup): Promise<{ leads: number; contracts: number }> {
  const cite = DOC(g.file, g.quote);
  const dates = spreadDates(g.from, g.to, g.count);
  const trips: number[] = [];
  for (const [i, city] of g.trips.entries()) {
    const row = await c.trx.insertInto('investment_activities').values({
      organisation_id: c.orgs.get(g.organisationCode)!, kind: 'trip', name: `赴${city}招商引资活动`, held_on: dates[Math.floor((i * g.count) / g.trips.length)]!, place: city,
      created_by: null, created_at: c.now, ...cite,
    }).returning('id').executeTakeFirstOrThrow();
    trips.push(row.id);
  }
  const amounts = g.total ? splitTotal(toScaled(dec(g.total)), g.count) : null;
  const year = g.from.slice(0, 4);
  for (let i = 0; i < g.count; i++) {
    const named = g.named[i];
    const enterprise = named
      ? await addEnterprise(c, g.organisationCode, { name: named.investor, industryCode: null, sizeClass: null, headquartersKind: named.headquartersKind, flags: named.flags }, cite,
        '名称、500强类别与华中总部见所引文件；统一社会信用代码为演示生成')
      : null;
    const amount = amounts ? amounts[i]! : toScaled(dec(String(3 + ((i * 7) % 28))));
    const activityId = trips.length ? trips[i % trips.length]! : null;
    const lead = await addLead(c, {
      org: g.organisationCode, projectName: named?.project ?? `${year}年签约项目${String(i + 1).padStart(2, '0')}（演示名称）`, investor: named?.investor ?? `演示投资方${i + 1}`,
      enterprise, source: g.sources[i % g.sources.length]!, industry: '', amount, stage: 'signed', createdOn: addDays(dates[i]!, -40), stageDays: 20,
      activityId, label: cite, serial: ++c.serial,
    });
    await addContract(c, lead.id, g.organisationCode, amount, dates[i]!, activityId, g.total ? cite : SYNTHETIC);
  }
  return { leads: g.count, contracts: g.count };
}

const DEPARTMENTS = ['WH-SWJ', 'WH-FGW'];

async function addProblem(c: Ctx, p: { org: string; enterpriseId: number; department: string; category: SyntheticProblem['category']; title: string; raisedOn: string; status: SyntheticProblem['status']; closedBy?: string; closeText: string }, label: object) {
  const deadlines = enterpriseProblemDeadlines(CALENDAR, p.raisedOn, p.category);
  const acknowledged = p.status === 'submitted' ? null : deadlines.acknowledgeDueOn;
  const answered = p.status === 'answered' || p.status === 'closed' ? addWorkingDays(p.raisedOn, 3) : null;
  const closed = p.status === 'closed' ? (p.closedBy ?? addWorkingDays(p.raisedOn, 5)) : null;
  const dueOn = p.status === 'submitted' ? deadlines.acknowledgeDueOn : p.status === 'acknowledged' ? deadlines.answerDueOn : null;
  const answer = answered ? '已协调相关部门办理，办理结果已告知企业。' : null;
  const row = await c.trx.insertInto('enterprise_problems').values({
    enterprise_id: p.enterpriseId, organisation_id: c.orgs.get(p.org)!, department_id: c.orgs.get(p.department)!, category: p.category, title: p.title, description: '',
    status: p.status, raised_via: 'district', visit_id: null, raised_on: p.raisedOn, acknowledge_due_on: deadlines.acknowledgeDueOn, answer_due_on: deadlines.answerDueOn,
    due_on: dueOn, acknowledged_on: acknowledged, answered_on: answered, closed_on: closed, closed_by_city: closed ? 1 : 0, answer, satisfaction: null,
    raised_by: null, raised_at: c.now, updated_at: c.now, ...label,
  }).returning('id').executeTakeFirstOrThrow();
  const events: Array<{ action: string; from_status: string | null; to_status: string; text: string | null; due_on: string | null }> = [
    { action: 'raise', from_status: null, to_status: 'submitted', text: null, due_on: deadlines.acknowledgeDueOn },
  ];
  if (acknowledged) events.push({ action: 'acknowledge', from_status: 'submitted', to_status: 'acknowledged', text: null, due_on: deadlines.answerDueOn });
  if (answered) events.push({ action: 'answer', from_status: 'acknowledged', to_status: 'answered', text: answer, due_on: null });
  if (closed) events.push({ action: 'close', from_status: 'answered', to_status: 'closed', text: p.closeText, due_on: null });
  await c.trx.insertInto('enterprise_problem_events').values(events.map((e) => ({ ...e, problem_id: row.id, satisfaction: null, actor_id: null, at: c.now }))).execute();
}

/**
 * Loads the investment-attraction and enterprise-service demo: what the seeds count (004's 57
 * signings of 805.8 亿元 on the trips to 北京, 深圳 and 杭州; 001's 22 signings of 汉阳区 with the two
 * 500-list headquarters it names; 000's 18 problems of 江岸区, 10 solved), each row citing its file
 * and sentence, and a synthetic current year labelled so. Does nothing when leads exist already.
 */
export async function seedInvestmentDemo(database: DatabaseHandle, clock: Clock): Promise<boolean> {
  const { db } = database;
  if (await db.selectFrom('investment_leads').select('id').limit(1).executeTakeFirst()) return false;
  const now = clock.now().toISOString();
  const audit = new AuditTrail(db, database.dialect, clock);
  return db.transaction().execute(async (trx) => {
    const orgs = new Map((await trx.selectFrom('organisations').select(['id', 'code']).execute()).map((o) => [o.code, o.id]));
    const needed = [...SIGNING_GROUPS.map((g) => g.organisationCode), ...PROBLEM_GROUPS.map((g) => g.organisationCode), ...SYNTHETIC_LEADS.map((l) => l.organisationCode), ...DEPARTMENTS];
    if (needed.some((code) => !orgs.has(code))) return false;
    const c: Ctx = { trx, orgs, now, serial: 0 };
    let leads = 0;
    let problems = 0;
    for (const g of SIGNING_GROUPS) leads += (await loadSigningGroup(c, g)).leads;

    const enterprises = new Map<string, number[]>();
    for (const e of SYNTHETIC_ENTERPRISES) {
      const row = await addEnterprise(c, e.organisationCode, e, SYNTHETIC, '演示企业（虚构）');
      enterprises.set(e.organisationCode, [...(enterprises.get(e.organisationCode) ?? []), row.id]);
    }
    for (const g of PROBLEM_GROUPS) {
      const raised = spreadDates(g.from, g.to, g.collected);
      for (let i = 0; i < g.collected; i++) {
        const category = (['approval', 'land', 'finance', 'labour', 'utilities', 'policy', 'other'] as const)[i % 7];
        await addProblem(c, {
          org: g.organisationCode, enterpriseId: enterprises.get(g.organisationCode)![i % 6]!, department: DEPARTMENTS[i % 2]!, category,
          title: `企业发展问题${i + 1}（演示标题）`, raisedOn: raised[i]!, status: i < g.solved ? 'closed' : 'answered', closedBy: i < g.solved ? g.to : undefined,
          closeText: '已解决（据所引文件）',
        }, DOC(g.file, g.quote));
        problems++;
      }
    }
    for (const [i, p] of SYNTHETIC_PROBLEMS.entries()) {
      await addProblem(c, {
        org: p.organisationCode, enterpriseId: enterprises.get(p.organisationCode)![p.enterprise]!, department: DEPARTMENTS[i % 2]!, category: p.category,
        title: p.title, raisedOn: p.raisedOn, status: p.status, closeText: '经协调已解决',
      }, SYNTHETIC);
      problems++;
    }
    for (const l of SYNTHETIC_LEADS) {
      const amount = toScaled(dec(l.intendedInvestment));
      const lead = await addLead(c, {
        org: l.organisationCode, projectName: l.projectName, investor: `${l.projectName}投资方`, enterprise: null, source: l.source, industry: l.industry, amount,
        stage: l.stage, createdOn: l.createdOn, stageDays: 20, activityId: null, label: SYNTHETIC, serial: ++c.serial,
      });
      leads++;
      if (LEAD_STAGES.indexOf(l.stage) >= LEAD_STAGES.indexOf('signed')) await addContract(c, lead.id, l.organisationCode, amount, lead.signedOn, null, SYNTHETIC);
    }
    await audit.append(trx, null, { action: AuditActions.systemSeedDemo, entityType: AuditEntityTypes.system, after: { investmentDemo: { leads, problems, year: DEMO_YEAR } } });
    return true;
  });
}
