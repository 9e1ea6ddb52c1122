import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import { PROJECT_MILESTONES, plannedInvestmentBy, toScaled, dec } from '@hongtu/domain';
import type { DatabaseHandle } from '../../connection';
import type { Clock } from '../../../platform/clock';
import { AuditTrail } from '../../../platform/audit/audit-trail';
import { toSimplified } from '../../../platform/text/chinese';
import { projectNameKey } from '@hongtu/domain';
import { DEMO_REPORTED_THROUGH, DOCUMENT_PROJECTS, SYNTHETIC_PROJECTS, type DemoProject } from './document-projects';
import { seedProjectDispatchDemo } from '../project-dispatch-demo/load';
import { seedProjectToursDemo } from '../project-tours-demo/load';
import { rebuildProjectTotals } from '../../../features/projects/projects.public';

const wan = (n: number) => toScaled(dec(n));

/** 形象进度 of the synthetic reports, by month (a building going up). */
const PROGRESS = [
  '桩基施工完成约60%', '桩基施工全部完成，开始承台施工', '地下室底板浇筑', '地下室结构施工', '地下室结构封顶', '主体结构施工至5层',
  '主体结构施工至10层', '主体结构施工至15层', '主体结构施工至20层', '主体结构封顶，开始二次结构', '幕墙施工', '机电安装',
];

function columns(p: DemoProject, organisationId: number, code: string, now: string) {
  const dates: Record<string, string | null> = {};
  for (const m of PROJECT_MILESTONES) {
    dates[`planned_${m}`] = p.planned[m] ?? null;
    dates[`actual_${m}`] = p.actual[m] ?? null;
  }
  return {
    organisation_id: organisationId, code, name: p.name, name_key: projectNameKey(toSimplified(p.name)), level: p.level, category: p.category,
    industry: p.industry, owner_name: '', owner_credit_code: null, total_investment: wan(p.totalInvestment), annual_plan: wan(p.annualPlan),
    plan_year: p.planYear, schedule_json: null, year_status: p.yearStatus, stage: p.stage,
    ...(dates as Record<`${'planned' | 'actual'}_${(typeof PROJECT_MILESTONES)[number]}`, string | null>),
    contact_leader: '', responsible_department: '区发改局', task_force: '重大项目工作专班', address: '', longitude: null, latitude: null, tags_json: '[]',
    source: p.source ? 'document' : 'synthetic', source_ref: p.source?.file ?? null, source_quote: p.source?.quote ?? null,
    created_by: null, created_at: now, updated_by: null, updated_at: now,
  };
}

/**
 * Loads the major-projects demo: the projects the seed documents name (with their file and
 * sentence; what the sentence does not state is synthetic) and a few synthetic projects of the
 * demo year with approved reports through October. Does nothing when projects exist already.
 */
export async function seedProjectsDemo(database: DatabaseHandle, clock: Clock): Promise<boolean> {
  const { db } = database;
  if (await db.selectFrom('projects').select('id').limit(1).executeTakeFirst()) return false;
  const now = clock.now().toISOString();
  const audit = new AuditTrail(db, database.dialect, clock);
  await db.transaction().execute(async (trx) => {
    const orgs = new Map((await trx.selectFrom('organisations').select(['id', 'code']).execute()).map((o) => [o.code, o.id]));
    const counters = new Map<string, number>();
    let projects = 0;
    let reports = 0;
    for (const p of [...DOCUMENT_PROJECTS, ...SYNTHETIC_PROJECTS]) {
      const organisationId = orgs.get(p.organisationCode);
      if (organisationId === undefined) continue;
      const prefix = `${p.organisationCode}-${p.planYear}`;
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      const row = await trx.insertInto('projects').values(columns(p, organisationId, `${prefix}-${String(n).padStart(3, '0')}`, now)).returning('id').executeTakeFirstOrThrow();
      projects++;
      if (!('pace' in p)) continue;
      const synthetic = p as (typeof SYNTHETIC_PROJECTS)[number];
      const pace = BigInt(Math.round(synthetic.pace * 100));
      let previous = 0n;
      for (let month = synthetic.firstMonth; month <= DEMO_REPORTED_THROUGH.month; month++) {
        const ytd = (plannedInvestmentBy(wan(p.annualPlan), month, null) * pace) / 100n / 10_000n * 10_000n;
        const report = await trx.insertInto('project_reports').values({
          project_id: row.id, organisation_id: organisationId, year: DEMO_REPORTED_THROUGH.year, month,
          month_investment: ytd - previous, ytd_investment: ytd, progress_text: PROGRESS[month - 1]!, problems: '', next_steps: PROGRESS[month] ?? '',
          in_statistics: 1, status: 'approved', reason: null, submitted_at: now, approved_at: now, updated_by: null, updated_at: now,
        }).returning(['id', 'version']).executeTakeFirstOrThrow();
        await trx.insertInto('project_report_events').values({
          report_id: report.id, action: 'approve', from_status: 'submitted', to_status: 'approved', report_version: report.version, reason: null, actor_id: null, at: now,
        }).execute();
        previous = ytd;
        reports++;
      }
    }
    // The dispatch's demo: schematic boundaries, the documents' mass starts and signings, the synthetic projects on the map.
    const dispatch = await seedProjectDispatchDemo(trx, orgs, now);
    // Seed 000's city tour with its cited stops, its criteria and scores illustrative.
    const tours = await seedProjectToursDemo(trx, orgs, now);
    // The districts' stored totals the dashboard reads, from what was just written.
    await rebuildProjectTotals(trx);
    await audit.append(trx, null, { action: AuditActions.systemSeedProjectsDemo, entityType: AuditEntityTypes.system, after: { projects, reports, ...dispatch, ...tours } });
  });
  return true;
}
