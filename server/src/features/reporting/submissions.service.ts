import { AuditActions, AuditEntityTypes, type CheckReport, type FigureInput, type Submission } from '@hongtu/contracts';
import { SUBMISSION_TRANSITIONS } from '@hongtu/domain';
import { retryOnUniqueConflict } from '../../db/conflicts';
import type { Deps } from '../../platform/deps';

const SUBMITTED = SUBMISSION_TRANSITIONS.submit.to;
import { AppError, staleVersion } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { checkFigures } from './consistency';
import { assertEditable, parseFigureInputs, writeFigures } from './figure-writer';
import { figuresUnderCheck, loadMonth, toSubmission, type MonthContext } from './month-context';
import { reportingRepository } from './reporting.repository';

/** The district's side of a month: fill, save drafts, dry-run the checks, submit. */
export function createSubmissionService({ db, clock, audit }: Deps) {
  async function reload(ctx: RequestContext, periodKey: string, organisationId: number): Promise<Submission> {
    const actor = requireActor(ctx);
    return toSubmission(await loadMonth(db, actor, periodKey, organisationId), clock.now(), actor);
  }

  function report(m: MonthContext, ctx: RequestContext, overrides?: Parameters<typeof figuresUnderCheck>[1]): CheckReport {
    const findings = checkFigures(figuresUnderCheck(m, overrides), ctx.locale);
    return { findings, blocking: findings.some((f) => f.severity === 'error') };
  }

  return {
    get: reload,

    /** Saves figures as a draft; every changed figure becomes a new version. */
    async save(ctx: RequestContext, periodKey: string, organisationId: number, inputs: FigureInput[]): Promise<Submission> {
      const actor = requireActor(ctx);
      // The first save of a month creates its submission: a concurrent first save of another
      // indicator loses that race through no fault of its own, and is run again.
      await retryOnUniqueConflict(() => db.transaction().execute(async (trx) => {
        const m = await loadMonth(trx, actor, periodKey, organisationId);
        assertEditable(m);
        const parsed = parseFigureInputs(m, inputs, ctx.locale);
        const { submission, changed } = await writeFigures(trx, m, parsed, { actorId: actor.userId, now: clock.now().toISOString(), source: 'entered', locale: ctx.locale });
        if (changed.length > 0) {
          await audit.append(trx, ctx, {
            action: AuditActions.submissionSave, entityType: AuditEntityTypes.submission, entityId: submission.id,
            before: changed.map((c) => ({ indicator: c.code, ytd: c.before, ...(c.basisBefore ? { basis: c.basisBefore } : {}), ...(c.vintage ? { vintage: c.vintage.before } : {}) })),
            after: changed.map((c) => ({ indicator: c.code, ytd: c.after, ...(c.basisAfter ? { basis: c.basisAfter } : {}), ...(c.vintage ? { vintage: c.vintage.after } : {}) })),
          });
        }
      }));
      return reload(ctx, periodKey, organisationId);
    },

    /** Dry run: checks the given (unsaved) figures, or the saved ones; writes nothing. */
    async check(ctx: RequestContext, periodKey: string, organisationId: number, inputs?: FigureInput[]): Promise<CheckReport> {
      const m = await loadMonth(db, requireActor(ctx), periodKey, organisationId);
      if (!inputs) return report(m, ctx);
      const parsed = parseFigureInputs(m, inputs, ctx.locale);
      return report(m, ctx, new Map(parsed.map((p) => [p.indicatorId, {
        ytd: p.ytd, reportedYoy: p.reportedYoy, note: p.note, adjustedBase: p.adjustedBase, reportedYoyComparable: p.reportedYoyComparable,
      }])));
    },

    /**
     * Submits the month. A retried or double-clicked submit of the same version
     * changes nothing the second time and answers the submitted state.
     */
    async submit(ctx: RequestContext, periodKey: string, organisationId: number, version: number): Promise<Submission> {
      const actor = requireActor(ctx);
      await db.transaction().execute(async (trx) => {
        const m = await loadMonth(trx, actor, periodKey, organisationId);
        const repo = reportingRepository(trx);
        const s = m.submission;
        if (s && s.status === SUBMITTED) {
          const last = await repo.lastEvent(s.id);
          if (last?.action === 'submit' && last.submission_version === version + 1) return;
        }
        if (!s) throw new AppError(409, 'SUBMISSION_STATE', { status: 'not_started' });
        assertEditable(m);
        if (s.version !== version) throw staleVersion();
        const checks = report(m, ctx);
        if (checks.blocking) {
          throw new AppError(422, 'CHECK_FAILED', {}, checks.findings.filter((f) => f.severity === 'error').map((f) => ({ path: `figures.${f.indicatorCode}`, message: f.message })));
        }
        const now = clock.now().toISOString();
        const late = s.late === 1 || now > m.period.deadline;
        const next = await repo.updateSubmission(s.id, s.version, { status: SUBMITTED, submitted_at: now, late: late ? 1 : 0, reason: null, updated_at: now });
        if (!next) throw staleVersion();
        await trx.updateTable('figures').set({ returned: 0 }).where('submission_id', '=', s.id).execute();
        await repo.addEvent({ submission_id: s.id, action: 'submit', from_status: s.status, to_status: SUBMITTED, submission_version: next.version, reason: null, actor_id: actor.userId, at: now });
        await audit.append(trx, ctx, {
          action: AuditActions.submissionSubmit, entityType: AuditEntityTypes.submission, entityId: s.id,
          before: { status: s.status, version: s.version }, after: { status: SUBMITTED, version: next.version, late },
        });
      });
      return reload(ctx, periodKey, organisationId);
    },
  };
}
export type SubmissionService = ReturnType<typeof createSubmissionService>;
