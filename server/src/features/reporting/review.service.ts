import { AuditEntityTypes, type Submission } from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import type { Executor } from '../../db/database';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { loadMonth, toSubmission, type MonthContext } from './month-context';
import { reportingRepository } from './reporting.repository';
import { SUBMISSION_TRANSITIONS, canTransition, type MessageKind, type SubmissionTransition } from '@hongtu/domain';
import { createNotificationService, storeDistrictMessage } from '../notifications/notifications.public';

interface Transition {
  /** A move of packages/domain SUBMISSION_TRANSITIONS; stored on the event and, as `submission.<action>`, in the trail. */
  action: Exclude<SubmissionTransition, 'submit'>;
  reason?: string | null;
  /** Extra writes inside the same transaction (e.g. marking returned figures). */
  apply?: (trx: Executor, m: MonthContext) => Promise<void>;
  approvedAt?: boolean;
  /** The message the district's operators receive (stored in the same transaction, then handed to the senders). */
  notify?: MessageKind;
}

/**
 * The city's side (return, approve, decide on revisions) and the district's
 * revision request. The reviewer never edits a figure: a return sends it back.
 * A repeated action of the same version changes state once.
 */
export function createReviewService(deps: Deps) {
  const { db, clock, audit } = deps;
  const notifications = createNotificationService(deps);
  async function transition(ctx: RequestContext, periodKey: string, organisationId: number, version: number, t: Transition): Promise<Submission> {
    const actor = requireActor(ctx);
    const { to } = SUBMISSION_TRANSITIONS[t.action];
    const messages = await db.transaction().execute(async (trx): Promise<number[]> => {
      const m = await loadMonth(trx, actor, periodKey, organisationId);
      const repo = reportingRepository(trx);
      const s = m.submission;
      if (!s) throw new AppError(409, 'SUBMISSION_STATE', { status: 'not_started' });
      if (s.status === to) {
        const last = await repo.lastEvent(s.id);
        if (last?.action === t.action && last.submission_version === version + 1) return [];
      }
      if (!canTransition(t.action, s.status)) throw new AppError(409, 'SUBMISSION_STATE', { status: s.status });
      if (s.version !== version) throw staleVersion();
      const now = clock.now().toISOString();
      await t.apply?.(trx, m);
      const next = await repo.updateSubmission(s.id, s.version, {
        status: to,
        reason: t.reason ?? null,
        updated_at: now,
        ...(t.approvedAt ? { approved_at: now } : {}),
      });
      if (!next) throw staleVersion();
      await repo.addEvent({ submission_id: s.id, action: t.action, from_status: s.status, to_status: to, submission_version: next.version, reason: t.reason ?? null, actor_id: actor.userId, at: now });
      await audit.append(trx, ctx, {
        action: `submission.${t.action}`, entityType: AuditEntityTypes.submission, entityId: s.id,
        before: { status: s.status, version: s.version }, after: { status: to, version: next.version, reason: t.reason ?? null },
      });
      return t.notify ? storeDistrictMessage(trx, actor.userId, now, { kind: t.notify, periodKey, organisationId, reason: t.reason ?? null }) : [];
    });
    await notifications.deliver(ctx, messages);
    return toSubmission(await loadMonth(db, actor, periodKey, organisationId), clock.now(), actor);
  }

  return {
    /** Returns the month (or some figures, each with a reason) to the district. */
    returnSubmission(ctx: RequestContext, periodKey: string, organisationId: number, request: { version: number; reason: string; figures?: { indicatorCode: string; reason: string }[] }) {
      return transition(ctx, periodKey, organisationId, request.version, {
        action: 'return', reason: request.reason, notify: 'returned',
        apply: async (trx, m) => {
          const byCode = new Map(m.indicators.map((i) => [i.code, i.id]));
          const targets = request.figures ?? m.indicators.filter((i) => m.figures.has(i.id)).map((i) => ({ indicatorCode: i.code, reason: request.reason }));
          for (const f of targets) {
            const indicatorId = byCode.get(f.indicatorCode);
            const figure = indicatorId === undefined ? undefined : m.figures.get(indicatorId);
            if (!figure) throw new AppError(400, 'UNKNOWN_INDICATOR', { code: f.indicatorCode }, [{ path: 'figures', message: f.indicatorCode }]);
            await trx.updateTable('figures').set({ returned: 1, return_reason: f.reason }).where('id', '=', figure.id).execute();
          }
        },
      });
    },

    approve(ctx: RequestContext, periodKey: string, organisationId: number, version: number) {
      return transition(ctx, periodKey, organisationId, version, { action: 'approve', approvedAt: true, notify: 'approved' });
    },

    /** After approval a correction needs a reason and the city's consent; it creates new versions. */
    requestRevision(ctx: RequestContext, periodKey: string, organisationId: number, version: number, reason: string) {
      return transition(ctx, periodKey, organisationId, version, { action: 'request_revision', reason });
    },

    decideRevision(ctx: RequestContext, periodKey: string, organisationId: number, request: { version: number; grant: boolean; reason?: string }) {
      return request.grant
        ? transition(ctx, periodKey, organisationId, request.version, { action: 'grant_revision', reason: request.reason ?? null })
        : transition(ctx, periodKey, organisationId, request.version, { action: 'refuse_revision', reason: request.reason ?? null });
    },
  };
}
export type ReviewService = ReturnType<typeof createReviewService>;
