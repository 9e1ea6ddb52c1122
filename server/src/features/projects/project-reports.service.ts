import { AuditActions, AuditEntityTypes, type Locale } from '@hongtu/contracts';
import type { ProjectReport, ProjectReportList, SaveProjectReport } from '@hongtu/contracts/projects';
import {
  PROJECT_REPORT_TRANSITIONS,
  canTransitionProjectReport,
  checkProjectReport,
  fixedText,
  isProjectReportEditable,
  parsePeriodKey,
  periodKey as keyOfPeriod,
  projectProgress,
  projectReportActions,
  scheduleFromShares,
  storageInt,
  storageText,
  toScaled,
  type ProjectReportStatus,
  type ProjectReportTransition,
} from '@hongtu/domain';
import { parseAmountInput } from '../../db/amount-codec';
import { retryOnUniqueConflict } from '../../db/conflicts';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import { requireActor, type Actor, type RequestContext } from '../../platform/permissions/actor';
import { isInScope } from '../../platform/permissions/scope';
import { amountRequired, issuesError, scheduleOfRow, shanghaiMonth } from './projects.codec';
import { PROJECT_LABELS } from './projects.labels';
import { loadProject, type ScopedProjectRow } from './projects.read-model';
import type { ProjectReportRow } from './projects.table';
import { refreshDistrictMonth } from './project-totals';

/** "2026-03" → year and month; the contract has checked the form. */
export function monthOf(key: string): { year: number; month: number } {
  const p = parsePeriodKey(key);
  if (!p) throw new AppError(400, 'VALIDATION_FAILED');
  return p;
}

const reportState = (status: ProjectReportStatus, locale: Locale) =>
  new AppError(409, 'PROJECT_REPORT_STATE', { status: PROJECT_LABELS[locale].reportStatus[status] });

export function reportRepository(db: Executor) {
  return {
    find(projectId: number, year: number, month: number) {
      return db.selectFrom('project_reports').selectAll().where('project_id', '=', projectId).where('year', '=', year).where('month', '=', month).executeTakeFirst();
    },
    /** The year to date of the month before (same year), or null when it has no report (or in January). */
    async previousYtd(projectId: number, year: number, month: number): Promise<bigint | null> {
      if (month === 1) return null;
      const row = await db.selectFrom('project_reports').select('ytd_investment').where('project_id', '=', projectId).where('year', '=', year).where('month', '=', month - 1).executeTakeFirst();
      return row ? storageInt(row.ytd_investment) : null;
    },
    lastEvent(reportId: number) {
      return db.selectFrom('project_report_events').selectAll().where('report_id', '=', reportId).orderBy('id', 'desc').limit(1).executeTakeFirst();
    },
    events(reportId: number) {
      return db.selectFrom('project_report_events as e').leftJoin('users as u', 'u.id', 'e.actor_id')
        .select(['e.action', 'e.from_status', 'e.to_status', 'e.report_version', 'e.reason', 'e.at', 'u.display_name'])
        .where('e.report_id', '=', reportId).orderBy('e.id').execute();
    },
    addEvent(values: { report_id: number; action: string; from_status: string | null; to_status: string; report_version: number; reason: string | null; actor_id: number; at: string }) {
      return db.insertInto('project_report_events').values(values).execute();
    },
  };
}

/** A project's month as the API answers it: the report or the empty month, its progress against time, what the user may do. */
function toReport(project: ScopedProjectRow, actor: Actor, year: number, month: number, row: ProjectReportRow | undefined, previousYtd: bigint | null): Omit<ProjectReport, 'events'> {
  const status: ProjectReportStatus = row?.status ?? 'not_started';
  const annualPlan = storageInt(project.annual_plan);
  const ytd = row ? storageInt(row.ytd_investment) : null;
  const progress = projectProgress({ ytdInvestment: ytd ?? 0n, annualPlan, month, schedule: year === project.plan_year ? scheduleFromShares(scheduleOfRow(project)) : null });
  return {
    projectId: project.id,
    periodKey: keyOfPeriod({ year, month }),
    year,
    month,
    status,
    monthInvestment: row ? storageText(storageInt(row.month_investment)) : null,
    ytdInvestment: ytd === null ? null : storageText(ytd),
    progressText: row?.progress_text ?? '',
    problems: row?.problems ?? '',
    nextSteps: row?.next_steps ?? '',
    inStatistics: (row?.in_statistics ?? 0) === 1,
    version: row?.version ?? 0,
    reason: row?.reason ?? null,
    submittedAt: row?.submitted_at ?? null,
    approvedAt: row?.approved_at ?? null,
    updatedAt: row?.updated_at ?? null,
    previousYtd: previousYtd === null ? null : storageText(previousYtd),
    annualPlan: storageText(annualPlan),
    plannedYtd: storageText(progress.plannedYtd),
    timeProgress: fixedText(progress.timeProgress, 2),
    completion: ytd === null || progress.completion === null ? null : fixedText(progress.completion, 2),
    gap: ytd === null || progress.gap === null ? null : fixedText(progress.gap, 2),
    actions: projectReportActions({ role: actor.role, own: isInScope(actor, project.organisation_path), status }),
  };
}

/** Monthly reports of a project: filled and saved by the district, submitted, returned or approved by the city. */
export function createProjectReportService({ db, clock, audit }: Deps) {
  async function load(ctx: RequestContext, projectId: number, key: string): Promise<ProjectReport> {
    const actor = requireActor(ctx);
    const { year, month } = monthOf(key);
    const project = await loadProject(db, actor, projectId);
    const reports = reportRepository(db);
    const row = await reports.find(project.id, year, month);
    const report = toReport(project, actor, year, month, row, await reports.previousYtd(project.id, year, month));
    const events = row ? await reports.events(row.id) : [];
    return {
      ...report,
      events: events.map((e) => ({ action: e.action, fromStatus: e.from_status, toStatus: e.to_status, version: e.report_version, reason: e.reason, actorName: e.display_name, at: e.at })),
    };
  }

  /** The domain's checks of a report's amounts against the project and last month (422 with every issue). */
  async function assertReport(trx: Executor, ctx: RequestContext, project: ScopedProjectRow, year: number, month: number, monthInvestment: bigint, ytdInvestment: bigint) {
    const now = shanghaiMonth(clock.now());
    const issues = checkProjectReport({
      year, month, monthInvestment, ytdInvestment, previousYtd: await reportRepository(trx).previousYtd(project.id, year, month),
      planYear: project.plan_year, totalInvestment: storageInt(project.total_investment),
    }, now.year, now.month);
    if (issues.length > 0) throw issuesError(issues, ctx.locale);
  }

  /**
   * Moves a report (submit, return, approve). A retried move of the same version (a double click,
   * a lost answer) changes nothing the second time and answers the state it reached.
   */
  async function move(ctx: RequestContext, projectId: number, key: string, version: number, action: ProjectReportTransition, reason: string | null): Promise<ProjectReport> {
    const actor = requireActor(ctx);
    const { year, month } = monthOf(key);
    const { to } = PROJECT_REPORT_TRANSITIONS[action];
    await db.transaction().execute(async (trx) => {
      const project = await loadProject(trx, actor, projectId);
      const reports = reportRepository(trx);
      const row = await reports.find(project.id, year, month);
      if (!row) throw reportState('not_started', ctx.locale);
      if (row.status === to) {
        const last = await reports.lastEvent(row.id);
        if (last?.action === action && last.report_version === version + 1) return;
      }
      if (!canTransitionProjectReport(action, row.status)) throw reportState(row.status, ctx.locale);
      if (row.version !== version) throw staleVersion();
      // A submitted report is checked again: last month's report may have changed since it was saved.
      if (action === 'submit') await assertReport(trx, ctx, project, year, month, storageInt(row.month_investment), storageInt(row.ytd_investment));
      const at = clock.now().toISOString();
      const result = await trx.updateTable('project_reports')
        .set({
          status: to, version: row.version + 1, updated_at: at,
          ...(action === 'submit' ? { submitted_at: at, reason: null } : {}),
          ...(action === 'return' ? { reason } : {}),
          ...(action === 'approve' ? { approved_at: at } : {}),
        })
        .where('id', '=', row.id).where('version', '=', version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
      await reports.addEvent({ report_id: row.id, action, from_status: row.status, to_status: to, report_version: row.version + 1, reason, actor_id: actor.userId, at });
      await refreshDistrictMonth(trx, { organisationId: project.organisation_id, year }, month);
      const auditAction = { submit: AuditActions.projectReportSubmit, return: AuditActions.projectReportReturn, approve: AuditActions.projectReportApprove }[action];
      await audit.append(trx, ctx, {
        action: auditAction, entityType: AuditEntityTypes.projectReport, entityId: row.id,
        before: { project: project.code, period: key, status: row.status, version: row.version },
        after: { project: project.code, period: key, status: to, version: row.version + 1, ...(reason ? { reason } : {}) },
      });
    });
    return load(ctx, projectId, key);
  }

  return {
    get: load,

    /** Every report of a project, month by month, with its progress against time. */
    async list(ctx: RequestContext, projectId: number): Promise<ProjectReportList> {
      const actor = requireActor(ctx);
      const project = await loadProject(db, actor, projectId);
      const rows = await db.selectFrom('project_reports').selectAll().where('project_id', '=', project.id).orderBy('year').orderBy('month').execute();
      const ytdOf = new Map(rows.map((r) => [`${r.year}-${r.month}`, storageInt(r.ytd_investment)]));
      return { items: rows.map((r) => toReport(project, actor, r.year, r.month, r, r.month === 1 ? null : (ytdOf.get(`${r.year}-${r.month - 1}`) ?? null))) };
    },

    /**
     * Saves the month as a draft (a returned report stays returned until it is submitted again).
     * `version` is the one read (0 for a month without a report): a report changed since is
     * answered 409. Amounts are checked by the domain before anything is written.
     */
    async save(ctx: RequestContext, projectId: number, key: string, body: SaveProjectReport): Promise<ProjectReport> {
      const actor = requireActor(ctx);
      const { year, month } = monthOf(key);
      const project = await loadProject(db, actor, projectId);
      const monthAmount = parseAmountInput(body.monthInvestment ?? null, 'monthInvestment');
      const ytdAmount = parseAmountInput(body.ytdInvestment ?? null, 'ytdInvestment');
      if (monthAmount === null) throw amountRequired('monthInvestment', ctx.locale);
      if (ytdAmount === null) throw amountRequired('ytdInvestment', ctx.locale);
      const monthInvestment = toScaled(monthAmount);
      const ytdInvestment = toScaled(ytdAmount);
      const text = { progress_text: body.progressText ?? '', problems: body.problems ?? '', next_steps: body.nextSteps ?? '', in_statistics: body.inStatistics ? 1 : 0 };
      // Two first saves of the same month at once: the loser runs again, finds the report and answers 409.
      await retryOnUniqueConflict(() => db.transaction().execute(async (trx) => {
        const reports = reportRepository(trx);
        const row = await reports.find(project.id, year, month);
        const status: ProjectReportStatus = row?.status ?? 'not_started';
        if (!isProjectReportEditable(status)) throw reportState(status, ctx.locale);
        if ((row?.version ?? 0) !== body.version) throw staleVersion();
        await assertReport(trx, ctx, project, year, month, monthInvestment, ytdInvestment);
        const at = clock.now().toISOString();
        let id: number;
        let version: number;
        if (row) {
          const result = await trx.updateTable('project_reports')
            .set({ month_investment: monthInvestment, ytd_investment: ytdInvestment, ...text, version: row.version + 1, updated_by: actor.userId, updated_at: at })
            .where('id', '=', row.id).where('version', '=', row.version).executeTakeFirst();
          if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
          id = row.id;
          version = row.version + 1;
        } else {
          const inserted = await trx.insertInto('project_reports').values({
            project_id: project.id, organisation_id: project.organisation_id, year, month, month_investment: monthInvestment, ytd_investment: ytdInvestment,
            ...text, status: 'draft', reason: null, submitted_at: null, approved_at: null, updated_by: actor.userId, updated_at: at,
          }).returning(['id', 'version']).executeTakeFirstOrThrow();
          id = inserted.id;
          version = inserted.version;
        }
        const to = row?.status ?? 'draft';
        await reports.addEvent({ report_id: id, action: 'save', from_status: row?.status ?? null, to_status: to, report_version: version, reason: null, actor_id: actor.userId, at });
        // A draft is not counted; a returned report saved again is (its status stays).
        if (to !== 'draft') await refreshDistrictMonth(trx, { organisationId: project.organisation_id, year }, month);
        await audit.append(trx, ctx, {
          action: AuditActions.projectReportSave, entityType: AuditEntityTypes.projectReport, entityId: id,
          before: row ? { project: project.code, period: key, monthInvestment: storageText(storageInt(row.month_investment)), ytdInvestment: storageText(storageInt(row.ytd_investment)), inStatistics: row.in_statistics === 1, version: row.version } : null,
          after: { project: project.code, period: key, monthInvestment: storageText(monthInvestment), ytdInvestment: storageText(ytdInvestment), inStatistics: text.in_statistics === 1, version },
        });
      }));
      return load(ctx, projectId, key);
    },

    submit: (ctx: RequestContext, projectId: number, key: string, version: number) => move(ctx, projectId, key, version, 'submit', null),
    returnReport: (ctx: RequestContext, projectId: number, key: string, version: number, reason: string) => move(ctx, projectId, key, version, 'return', reason),
    approve: (ctx: RequestContext, projectId: number, key: string, version: number) => move(ctx, projectId, key, version, 'approve', null),
  };
}
export type ProjectReportService = ReturnType<typeof createProjectReportService>;
