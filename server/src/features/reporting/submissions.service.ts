import { AuditActions, AuditEntityTypes, type CheckReport, type DraftSaveResult, type FigureInput, type RejectedCell, type Submission } from '@hongtu/contracts';
import { SUBMISSION_TRANSITIONS, canTransition } from '@hongtu/domain';
import { retryOnUniqueConflict } from '../../db/conflicts';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import { translate } from '../../platform/i18n/messages';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { checkFigures } from './consistency';
import { assertEditable, parseFigureInput, parseFigureInputs, writeFigures, type FigureChange, type ParsedFigure } from './figure-writer';
import { figuresUnderCheck, loadMonth, toSubmission, type MonthContext } from './month-context';
import { reportingRepository } from './reporting.repository';

const SUBMITTED = SUBMISSION_TRANSITIONS.submit.to;
const WITHDRAWN = SUBMISSION_TRANSITIONS.withdraw.to;
const CELL_FIELDS = new Set<RejectedCell['field']>(['ytdValue', 'reportedYoy', 'note', 'adjustedBase', 'reportedYoyComparable', 'comparableReason', 'vintage', 'indicatorCode']);

/** A figure the draft save refused, as the cells to mark: the detail's field, the message in the caller's language. */
function rejectedCells(error: AppError, input: FigureInput, locale: RequestContext['locale']): RejectedCell[] {
  const message = translate(error.code, locale, error.params);
  const fields = (error.details ?? []).map((d) => /\.([A-Za-z]+)$/.exec(d.path)?.[1]).filter((f): f is RejectedCell['field'] => CELL_FIELDS.has(f as RejectedCell['field']));
  return (fields.length > 0 ? fields : ['ytdValue' as const]).map((field) => ({ indicatorCode: input.indicatorCode, field, code: error.code, message }));
}

/** The district's side of a month: fill, save drafts, dry-run the checks, submit, withdraw. */
export function createSubmissionService({ db, clock, audit }: Deps) {
  async function auditSave(trx: Executor, ctx: RequestContext, submissionId: number, changed: FigureChange[]): Promise<void> {
    if (changed.length === 0) return;
    await audit.append(trx, ctx, {
      action: AuditActions.submissionSave, entityType: AuditEntityTypes.submission, entityId: submissionId,
      before: changed.map((c) => ({ indicator: c.code, ytd: c.before, ...(c.basisBefore ? { basis: c.basisBefore } : {}), ...(c.vintage ? { vintage: c.vintage.before } : {}) })),
      after: changed.map((c) => ({ indicator: c.code, ytd: c.after, ...(c.basisAfter ? { basis: c.basisAfter } : {}), ...(c.vintage ? { vintage: c.vintage.after } : {}) })),
    });
  }

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
        await auditSave(trx, ctx, submission.id, changed);
      }));
      return reload(ctx, periodKey, organisationId);
    },

    /**
     * The grid's save: every figure whose cells are valid is saved as a draft (one transaction, one
     * audit row); a figure with a refused cell is left out and answered per cell with its localized
     * reason. A stale version, a closed period or a month with the city still refuse the whole save.
     */
    async saveDraft(ctx: RequestContext, periodKey: string, organisationId: number, inputs: FigureInput[]): Promise<DraftSaveResult> {
      const actor = requireActor(ctx);
      let rejected: RejectedCell[] = [];
      await retryOnUniqueConflict(() => db.transaction().execute(async (trx) => {
        rejected = [];
        const m = await loadMonth(trx, actor, periodKey, organisationId);
        assertEditable(m);
        let accepted: { parsed: ParsedFigure; input: FigureInput }[] = [];
        inputs.forEach((input, index) => {
          try {
            accepted.push({ parsed: parseFigureInput(m, input, index, ctx.locale), input });
          } catch (error) {
            if (!(error instanceof AppError) || error.status !== 400) throw error;
            rejected.push(...rejectedCells(error, input, ctx.locale));
          }
        });
        // A vintage moved backwards is refused before anything is written: leave that figure out and write the rest.
        for (;;) {
          if (accepted.length === 0) return;
          try {
            const { submission, changed } = await writeFigures(trx, m, accepted.map((a) => a.parsed), { actorId: actor.userId, now: clock.now().toISOString(), source: 'entered', locale: ctx.locale });
            await auditSave(trx, ctx, submission.id, changed);
            return;
          } catch (error) {
            const at = error instanceof AppError && error.code === 'VINTAGE_BACKWARDS' ? Number(/^figures\.(\d+)\./.exec(error.details?.[0]?.path ?? '')?.[1]) : NaN;
            const refused = accepted[at];
            if (!(error instanceof AppError) || !refused) throw error;
            rejected.push(...rejectedCells(error, refused.input, ctx.locale));
            accepted = accepted.filter((_a, i) => i !== at);
          }
        }
      }));
      return { submission: await reload(ctx, periodKey, organisationId), rejected };
    },

    /**
     * 撤回: the district takes a submitted month back (to draft) before the city has returned or
     * approved it, while the month could be edited. A repeated withdraw of the same version changes
     * nothing the second time.
     */
    async withdraw(ctx: RequestContext, periodKey: string, organisationId: number, version: number): Promise<Submission> {
      const actor = requireActor(ctx);
      await db.transaction().execute(async (trx) => {
        const m = await loadMonth(trx, actor, periodKey, organisationId);
        const repo = reportingRepository(trx);
        const s = m.submission;
        if (!s) throw new AppError(409, 'SUBMISSION_STATE', { status: 'not_started' });
        if (s.status === WITHDRAWN) {
          const last = await repo.lastEvent(s.id);
          if (last?.action === 'withdraw' && last.submission_version === version + 1) return;
        }
        if (!canTransition('withdraw', s.status)) throw new AppError(409, 'SUBMISSION_STATE', { status: s.status });
        assertEditable({ ...m, submission: { ...s, status: WITHDRAWN } });
        if (s.version !== version) throw staleVersion();
        const now = clock.now().toISOString();
        const next = await repo.updateSubmission(s.id, s.version, { status: WITHDRAWN, submitted_at: null, updated_at: now });
        if (!next) throw staleVersion();
        await repo.addEvent({ submission_id: s.id, action: 'withdraw', from_status: s.status, to_status: WITHDRAWN, submission_version: next.version, reason: null, actor_id: actor.userId, at: now });
        await audit.append(trx, ctx, {
          action: AuditActions.submissionWithdraw, entityType: AuditEntityTypes.submission, entityId: s.id,
          before: { status: s.status, version: s.version }, after: { status: WITHDRAWN, version: next.version },
        });
      });
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
