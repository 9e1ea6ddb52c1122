import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { ProjectImportCommit } from '@hongtu/contracts/projects';
import { checkProjectReport, dec, isProjectReportEditable, toScaled } from '@hongtu/domain';
import type { AuditTrail } from '../../platform/audit/audit-trail';
import type { Clock } from '../../platform/clock';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { commitBatch, type BatchWriter } from '../../platform/imports/import-batches';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { assertInScope } from '../../platform/permissions/scope';
import { organisationsRepository } from '../organisations/organisations.public';
import { PROJECTS_IMPORT_KIND } from './project-import-check';
import type { StoredProjectBatch } from './project-import-batch';
import { insertReportEvents, insertReports, monthReportsOf, planFactsOf, previousYtdsOf, updateReports, type ReportEvent, type ReportUpdate } from './project-import-reads';
import { refreshDistrictYears, type DistrictYear } from './project-totals';
import { readProjectInput, shanghaiMonth } from './projects.codec';
import { nextProjectCode } from './projects.service';

const stale = () => new AppError(409, 'PROJECT_IMPORT_STALE');

type Plan = { stored: StoredProjectBatch; organisationCode: string };

/**
 * The writer of a district's project workbook: every project it changes must still be at the
 * version the dry run saw, every report too, and last month's reports must still agree with the
 * months imported (409 otherwise, nothing written). Projects are created ('imported') or updated,
 * reports saved as drafts (a returned one stays returned), one audit row names them all.
 */
function projectsWriter(audit: AuditTrail, clock: Clock): BatchWriter<Plan, ProjectImportCommit> {
  return {
    kind: PROJECTS_IMPORT_KIND,
    async authorize(trx, actor, batch) {
      const organisation = batch.organisation_id === null ? undefined : await organisationsRepository(trx).findById(batch.organisation_id);
      assertInScope(actor, organisation?.path);
    },
    async repeated(trx, ctx, batch) {
      await audit.append(trx, ctx, {
        action: AuditActions.projectImportRepeat, entityType: AuditEntityTypes.importBatch, entityId: batch.id, after: { committedAt: batch.committed_at },
      });
      return { batchId: batch.id, status: 'committed', created: 0, updated: 0, reports: 0, repeated: true };
    },
    async plan(trx, _ctx, batch) {
      const stored = JSON.parse(batch.rows_json) as StoredProjectBatch;
      const organisation = (await organisationsRepository(trx).findById(batch.organisation_id!))!;
      const ids = stored.projects.filter((p) => p.id !== null).map((p) => p.id!);
      const current = new Map<number, { version: number; organisation_id: number }>();
      for (let i = 0; i < ids.length; i += 500) {
        for (const row of await trx.selectFrom('projects').select(['id', 'version', 'organisation_id']).where('id', 'in', ids.slice(i, i + 500)).execute()) current.set(row.id, row);
      }
      for (const p of stored.projects) {
        if (p.id === null) {
          if (p.code && (await trx.selectFrom('projects').select('id').where('code', '=', p.code).executeTakeFirst())) throw stale();
          continue;
        }
        const now = current.get(p.id);
        if (!now || now.version !== p.version || now.organisation_id !== organisation.id) throw stale();
      }
      const month = shanghaiMonth(clock.now());
      const reportProjects = stored.reports.filter((r) => r.projectId !== null).map((r) => r.projectId!);
      // One transaction is one connection: read one after the other.
      const rows = await monthReportsOf(trx, reportProjects, stored.year, stored.month);
      const previous = await previousYtdsOf(trx, reportProjects, stored.year, stored.month);
      const facts = await planFactsOf(trx, reportProjects);
      for (const r of stored.reports) {
        if (r.projectId === null) continue;
        const row = rows.get(r.projectId);
        if ((row?.version ?? 0) !== r.version || (row && !isProjectReportEditable(row.status))) throw stale();
        // Last month's report may have changed since the dry run.
        const project = stored.projects.find((p) => p.id === r.projectId)?.input;
        const plan = project ? readProjectInput(project, 'zh-CN').facts : facts.get(r.projectId);
        if (!plan) throw stale();
        const issues = checkProjectReport({
          year: stored.year, month: stored.month, monthInvestment: toScaled(dec(r.monthInvestment)), ytdInvestment: toScaled(dec(r.ytdInvestment)),
          previousYtd: stored.month === 1 ? null : (previous.get(r.projectId) ?? null), planYear: plan.planYear, totalInvestment: plan.totalInvestment,
        }, month.year, month.month);
        if (issues.length > 0) throw stale();
      }
      return { plan: { stored, organisationCode: organisation.code } };
    },
    async apply(trx, ctx, batch, { stored, organisationCode }, now) {
      const actor = requireActor(ctx);
      const organisationId = batch.organisation_id!;
      const projectIds: number[] = [];
      const created: string[] = [];
      const updated: string[] = [];
      // The district-years whose stored totals change: the month's, and each project's plan year before and after.
      const totals: DistrictYear[] = [{ organisationId, year: stored.year }];
      const changing = stored.projects.filter((p) => p.id !== null).map((p) => p.id!);
      for (let i = 0; i < changing.length; i += 500) {
        for (const row of await trx.selectFrom('projects').select('plan_year').distinct().where('id', 'in', changing.slice(i, i + 500)).execute()) totals.push({ organisationId, year: row.plan_year });
      }
      for (const p of stored.projects) {
        const { facts, values } = readProjectInput(p.input, ctx.locale);
        totals.push({ organisationId, year: facts.planYear });
        if (p.id === null) {
          const code = p.code ?? (await nextProjectCode(trx, organisationCode, facts.planYear));
          const row = await trx.insertInto('projects').values({
            ...values, organisation_id: organisationId, code, source: 'imported', source_ref: batch.file_name, source_quote: null,
            created_by: actor.userId, created_at: now, updated_by: actor.userId, updated_at: now,
          }).returning('id').executeTakeFirstOrThrow();
          projectIds.push(row.id);
          created.push(code);
        } else {
          const result = await trx.updateTable('projects')
            .set({ ...values, version: p.version + 1, updated_by: actor.userId, updated_at: now })
            .where('id', '=', p.id).where('version', '=', p.version).executeTakeFirst();
          if (Number(result.numUpdatedRows) !== 1) throw stale();
          projectIds.push(p.id);
          updated.push(p.code ?? String(p.id));
        }
      }
      const reported: string[] = [];
      const targets = stored.reports.map((r) => r.projectId ?? projectIds[r.projectIndex!]!);
      const existing = await monthReportsOf(trx, targets, stored.year, stored.month);
      const fresh: Parameters<typeof insertReports>[1][number][] = [];
      const events: ReportEvent[] = [];
      const changes: ReportUpdate[] = [];
      for (const [i, r] of stored.reports.entries()) {
        const projectId = targets[i]!;
        const values = {
          month_investment: toScaled(dec(r.monthInvestment)), ytd_investment: toScaled(dec(r.ytdInvestment)),
          progress_text: r.progressText, problems: r.problems, next_steps: r.nextSteps, in_statistics: r.inStatistics ? 1 : 0, updated_by: actor.userId, updated_at: now,
        };
        const row = existing.get(projectId);
        if (row) {
          if (row.version !== r.version) throw stale();
          changes.push({
            id: row.id, version: r.version, monthInvestment: values.month_investment, ytdInvestment: values.ytd_investment,
            progressText: values.progress_text, problems: values.problems, nextSteps: values.next_steps, inStatistics: values.in_statistics,
          });
          events.push({ report_id: row.id, action: 'import', from_status: row.status, to_status: row.status, report_version: row.version + 1, reason: null, actor_id: actor.userId, at: now });
        } else {
          fresh.push({
            ...values, project_id: projectId, organisation_id: organisationId, year: stored.year, month: stored.month,
            status: 'draft', reason: null, submitted_at: null, approved_at: null,
          });
        }
        reported.push(String(projectId));
      }
      if ((await updateReports(trx, changes, actor.userId, now)) !== changes.length) throw stale();
      for (const inserted of (await insertReports(trx, fresh)).values()) {
        events.push({ report_id: inserted.id, action: 'import', from_status: null, to_status: 'draft', report_version: inserted.version, reason: null, actor_id: actor.userId, at: now });
      }
      await insertReportEvents(trx, events);
      await refreshDistrictYears(trx, totals);
      await audit.append(trx, ctx, {
        action: AuditActions.projectImport, entityType: AuditEntityTypes.importBatch, entityId: batch.id,
        after: { batchId: batch.id, file: batch.file_name, sha256: batch.file_sha256, period: `${stored.year}-${String(stored.month).padStart(2, '0')}`, created, updated, reports: reported },
      });
      return { batchId: batch.id, status: 'committed', created: created.length, updated: updated.length, reports: reported.length, repeated: false };
    },
  };
}

/**
 * Commits a checked project workbook, all or nothing (the pipeline's commitBatch with the projects
 * writer). Refused when the dry run found problems (422) or anything it read changed since (409);
 * committing a committed batch answers it again and writes nothing.
 */
export function createProjectImportCommit(deps: Deps) {
  const writer = projectsWriter(deps.audit, deps.clock);
  return (ctx: RequestContext, batchId: number): Promise<ProjectImportCommit> => commitBatch(deps, ctx, batchId, writer);
}
