// Generating a report (the job reports.generate): the latest published snapshot of the span's last
// month, refused on unapproved data unless provisional, the document model built from it with every
// figure's submission, version and approval, Word and Excel rendered — built and drawn in the render
// worker, this thread reading only what it needs from the database — and the archive row written
// with its audit row in one transaction (the document model as the worker's gzip bytes). A job that
// runs twice writes one row (its job id is unique).
import { AuditActions, AuditEntityTypes, type OrganisationKind } from '@hongtu/contracts';
import { REPORT_JOB_PHASES, type GenerateReportBody, type ReportJobPhase, type ReportSummary } from '@hongtu/contracts/reports';
import { can, isReportingUnit, reportSpan } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { fileStoreFor } from '../../platform/files/file-store';
import { AppError, notFound } from '../../platform/errors/app-error';
import type { RunningJob } from '../../platform/jobs/job-handler';
import { requireActor, type Actor, type RequestContext } from '../../platform/permissions/actor';
import { assertInOwnScope } from '../../platform/permissions/scope';
import { createDashboardReadModel } from '../dashboards/dashboards.public';
import { isApprovedStatus, submissionApprovals, submissionApprovalsOfMonths } from '../reporting/reporting.public';
import { createReportTemplateService } from './report-templates.service';
import { dispatchInput } from './reports.dispatch';
import { makeReportInWorker, type ApprovalNeed, type FoundApprovals, type SourceApproval } from './reports.parts';
import { createReportsReadModel } from './reports.read-model';
import { latestSnapshot, snapshotMonths } from './reports.snapshot';

export type GeneratePayload = GenerateReportBody & { organisationId: number };

export interface ReportTarget {
  id: number;
  name: string;
  kind: OrganisationKind;
  path: string;
}

/** The submissions the approval check read: its month, its units and what it found of them. */
interface CheckedApprovals {
  year: number;
  month: number;
  organisationIds: ReadonlySet<number>;
  approvals: ReadonlyMap<number, SourceApproval>;
}

/** The calendar day in Beijing time (made once: a formatter with a time zone costs about a millisecond to make). */
const BEIJING_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' });

/** 2026年12月3日, the day in Beijing time. */
function dateLine(at: Date): string {
  const parts = BEIJING_DAY.formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return `${part('year')}年${part('month')}月${part('day')}日`;
}

/** The issuing office as the seeds sign: 武汉市发展和改革委员会, 武昌区发展和改革局. */
const issuerOf = (target: ReportTarget) => `${target.name}${target.kind === 'city' ? '发展和改革委员会' : '发展和改革局'}`;

export function createReportsService(deps: Deps) {
  const { db, clock, audit } = deps;
  const store = () => fileStoreFor(deps.config.filesDir);
  const read = createReportsReadModel(deps);
  const templates = createReportTemplateService(deps);
  const dashboards = createDashboardReadModel(deps);

  /** A template's bytes, when the caller's unit may use it (its own, one above or below it). */
  const templateBytes = (ctx: RequestContext, id: number) => templates.bytes(ctx, id).catch((error: unknown) => {
    throw error instanceof AppError && error.status === 404 ? new AppError(404, 'REPORT_TEMPLATE_NOT_FOUND') : error;
  });

  /**
   * The unit a report is generated for: the one asked, else the caller's own; within the caller's
   * own subtree (a district only its own, the city itself or any district; read grants never count),
   * else 404 as for a missing unit; the city or a district / zone, else 400.
   */
  async function targetOf(actor: Actor, organisationId: number | undefined): Promise<ReportTarget> {
    const org = await db.selectFrom('organisations').select(['id', 'name', 'kind', 'path'])
      .where('id', '=', organisationId ?? actor.organisationId).executeTakeFirst();
    if (!org) throw notFound();
    assertInOwnScope(actor, org.path);
    if (org.kind !== 'city' && !isReportingUnit(org.kind)) throw new AppError(400, 'REPORT_SCOPE_INVALID');
    return org;
  }

  /** Refuses a snapshot whose month has figures not approved in the report's units (unless provisional). */
  async function assertApproved(target: ReportTarget, snapshot: NonNullable<Awaited<ReturnType<typeof latestSnapshot>>>, year: number, month: number, monthWords: string) {
    const units = target.kind === 'city' ? snapshot.overview.rows : snapshot.overview.rows.filter((r) => r.organisationId === target.id);
    const ids = target.kind === 'city' ? units.map((r) => r.organisationId) : [target.id];
    const approvals = await submissionApprovals(db, ids, year, month);
    const names = new Map(units.map((r) => [r.organisationId, r.organisationName]));
    const pending = [...approvals.entries()].filter(([, a]) => !isApprovedStatus(a.status)).map(([id]) => names.get(id) ?? (id === target.id ? target.name : String(id)));
    if (pending.length > 0 || snapshot.overview.includesUnapproved) {
      throw new AppError(409, 'REPORT_UNAPPROVED', { month: monthWords, count: Math.max(pending.length, 1), names: pending.slice(0, 5).join('、') + (pending.length > 5 ? '等' : '') });
    }
    return { year, month, organisationIds: new Set(ids), approvals };
  }

  /**
   * The submissions of each month the document's figure sources cite (the render worker asks): the
   * months the approval check has already read (their units all among those it read) as it read
   * them, the others all at once.
   */
  async function approvalsOf(needs: ApprovalNeed[], checked: CheckedApprovals | null): Promise<FoundApprovals> {
    const isChecked = (need: ApprovalNeed) => checked !== null && need.year === checked.year && need.month === checked.month
      && need.organisationIds.every((id) => checked.organisationIds.has(id));
    const rest = needs.filter((need) => !isChecked(need));
    const read = await submissionApprovalsOfMonths(db, rest);
    const readOf = new Map(rest.map((need, i) => [need, read[i]!]));
    return new Map<string, ReadonlyMap<number, SourceApproval>>(needs.map((need) => [need.periodKey, readOf.get(need) ?? checked!.approvals]));
  }

  async function generate(job: RunningJob<GeneratePayload>): Promise<ReportSummary> {
    const done = await db.selectFrom('reports').select('id').where('job_id', '=', job.id).executeTakeFirst();
    if (done) return read.summary(done.id);
    // The job's progress by phase (the job runner writes it at most every few seconds, the last with the outcome).
    const phase = (p: ReportJobPhase) => job.progress({ done: REPORT_JOB_PHASES.indexOf(p), total: REPORT_JOB_PHASES.length, phase: p });
    const actor = requireActor(job.ctx);
    const { kind, period, provisional } = job.payload;
    const target = await targetOf(actor, job.payload.organisationId);
    if (provisional && !can(actor.role, 'figure.review')) throw new AppError(403, 'REPORT_PROVISIONAL_FORBIDDEN', {}, undefined, 'denied');
    const months = snapshotMonths(period);
    const periodWords = `${months.year}年${reportSpan(period)?.words ?? period}`;
    const monthWords = `${months.year}年${months.monthNumber}月`;

    await phase('snapshot');
    const snapshot = await latestSnapshot(db, target, months.month);
    if (!snapshot) throw new AppError(409, 'REPORT_SNAPSHOT_MISSING', { period: periodWords, month: monthWords });
    const checked = provisional ? null : await assertApproved(target, snapshot, months.year, months.monthNumber, monthWords);
    const previous = months.previous ? await latestSnapshot(db, target, months.previous) : null;

    await phase('text');
    const groups = await db.selectFrom('organisation_groups').select(['id', 'name']).orderBy('id').execute();
    // The cards as published with the month; judged now for a month published before they were kept.
    const cards = kind === 'project-dispatch' ? [] : (snapshot.cards ?? await dashboards.snapshotCards(job.ctx, months.month, snapshot.overview));
    const dispatch = kind === 'project-dispatch' ? await dispatchInput(deps, job.ctx, months.month, target.kind === 'city' ? undefined : target.id) : null;
    // The house-style template the caller's unit may use (404 when it may not, as at the request).
    const template = job.payload.templateId !== undefined ? await templateBytes(job.ctx, job.payload.templateId) : undefined;
    // Built, drawn, serialised and hashed in the render worker; this thread reads what it asks for.
    let progress = Promise.resolve();
    let progressFailed: { error: unknown } | null = null;
    const made = await makeReportInWorker({
      kind, periodKey: period, scope: { organisationId: target.id, name: target.name, isCity: target.kind === 'city' },
      groups, cards, dispatch, locale: job.ctx.locale, issuer: issuerOf(target), dateLine: dateLine(clock.now()), provisional,
    }, { snapshotJson: snapshot.bodyJson, previousJson: previous?.bodyJson ?? null }, template, {
      approvals: (needs) => approvalsOf(needs, checked),
      phase: (p) => {
        progress = progress.then(() => phase(p)).catch((error: unknown) => { progressFailed ??= { error }; });
      },
    });
    await progress;
    if (progressFailed) throw (progressFailed as { error: unknown }).error;
    const docx = Buffer.from(made.docx.buffer, made.docx.byteOffset, made.docx.byteLength);
    const xlsx = Buffer.from(made.xlsx.buffer, made.xlsx.byteOffset, made.xlsx.byteLength);
    // The document model as the worker gzipped it: stored as bytes, never turned into text on this thread.
    const documentGz = Buffer.from(made.documentGz.buffer, made.documentGz.byteOffset, made.documentGz.byteLength);

    const files = store();
    const [docxKey, xlsxKey] = [await files.put(docx), await files.put(xlsx)];
    let archived: { id: number; created: boolean };
    try {
      archived = await db.transaction().execute(async (trx) => {
        const again = await trx.selectFrom('reports').select('id').where('job_id', '=', job.id).executeTakeFirst();
        if (again) return { id: again.id, created: false };
        const last = await trx.selectFrom('reports').select((eb) => eb.fn.max('revision').as('n'))
          .where('kind', '=', kind).where('period_key', '=', period).where('organisation_id', '=', target.id).executeTakeFirst();
        const revision = Number(last?.n ?? 0) + 1;
        const now = clock.now().toISOString();
        const row = await trx.insertInto('reports').values({
          kind, period_key: period, organisation_id: target.id, revision, provisional: provisional ? 1 : 0, title: made.title,
          snapshot_hash: snapshot.hash, snapshot_published_at: snapshot.publishedAt, document_json: '', document_gz: documentGz,
          docx_key: docxKey, docx_sha256: made.docxSha256, xlsx_key: xlsxKey, xlsx_sha256: made.xlsxSha256,
          template_id: job.payload.templateId ?? null, job_id: job.id, generated_by: actor.userId, generated_at: now,
        }).returning('id').executeTakeFirstOrThrow();
        await audit.append(trx, job.ctx, {
          action: AuditActions.reportGenerate, entityType: AuditEntityTypes.report, entityId: row.id,
          after: { title: made.title, kind, period, organisationId: target.id, revision, provisional, snapshotHash: snapshot.hash, docxSha256: made.docxSha256, xlsxSha256: made.xlsxSha256 },
        });
        return { id: row.id, created: true };
      });
    } catch (error) {
      await Promise.all([files.remove(docxKey), files.remove(xlsxKey)]);
      throw error;
    }
    // Another run of the same job archived it first: its files stand, these are not needed.
    if (!archived.created) await Promise.all([files.remove(docxKey), files.remove(xlsxKey)]);
    await phase('archived');
    return read.summary(archived.id);
  }

  return {
    /** What the request can check at once: the unit asked for (scope and kind). */
    async target(ctx: RequestContext, body: Pick<GenerateReportBody, 'organisationId' | 'templateId' | 'provisional'>): Promise<ReportTarget> {
      const actor = requireActor(ctx);
      const target = await targetOf(actor, body.organisationId);
      // Issuing on data not yet approved is the city's decision (its reviewer approves the data).
      if (body.provisional && !can(actor.role, 'figure.review')) throw new AppError(403, 'REPORT_PROVISIONAL_FORBIDDEN', {}, undefined, 'denied');
      if (body.templateId !== undefined) await templateBytes(ctx, body.templateId);
      return target;
    },
    generate,
  };
}
