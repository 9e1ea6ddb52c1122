import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { ReminderResult } from '@hongtu/contracts/notifications';
import { REMIND_INTERVAL_HOURS, beijingMinute, deadlineDay, latestInstant, periodLabel, type MessageKind } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { DELIVER_JOB } from './delivery.job';
import { lateUnitsOf } from './reminders.read-model';
import { externalSenders } from './senders';

/** A message to the district's operators about one of its months. */
export interface DistrictMessage {
  kind: MessageKind;
  periodKey: string;
  organisationId: number;
  reason: string | null;
}

/**
 * Stores a message for every active operator of the district, inside the caller's transaction (so
 * the message exists exactly when the change it tells of does). Returns the messages' ids.
 */
export async function storeDistrictMessage(trx: Executor, senderId: number | null, now: string, message: DistrictMessage): Promise<number[]> {
  const recipients = await trx.selectFrom('users').select(['id', 'organisation_id'])
    .where('organisation_id', '=', message.organisationId).where('role', '=', 'district_operator').where('status', '=', 'active')
    .orderBy('id').execute();
  if (recipients.length === 0) return [];
  const rows = await trx.insertInto('notifications').values(recipients.map((r) => ({
    recipient_id: r.id, organisation_id: r.organisation_id, kind: message.kind, period_key: message.periodKey,
    about_organisation_id: message.organisationId, reason: message.reason, sender_id: senderId, created_at: now, read_at: null,
  }))).returning('id').execute();
  return rows.map((r) => r.id);
}

export function createNotificationService(deps: Deps) {
  const { db, clock, audit, jobs } = deps;

  /**
   * After the transaction: hands the messages to the e-mail / SMS senders as one durable job (none
   * configured by default: the message centre is then the only channel).
   */
  async function deliver(ctx: RequestContext, ids: readonly number[]): Promise<void> {
    if (ids.length === 0 || externalSenders().length === 0) return;
    await jobs.enqueue(ctx, { kind: DELIVER_JOB, payload: { ids: [...ids] } });
  }

  return {
    deliver,

    /**
     * 催报: reminds every district of the actor's scope late with the month, in one transaction, logged.
     * A district reminded of the month within REMIND_INTERVAL_HOURS is left out (listed as skipped);
     * when every late district is, the request is refused with the time of the last reminder.
     */
    async remind(ctx: RequestContext, key: string): Promise<ReminderResult> {
      const actor = requireActor(ctx);
      const now = clock.now();
      const { reminded, skipped, ids } = await db.transaction().execute(async (trx) => {
        const { period, p, late, due, waiting } = await lateUnitsOf(trx, actor, key, now, deps.dialect === 'postgres');
        if (late.length === 0) {
          throw new AppError(409, 'NOTHING_TO_REMIND', { period: periodLabel(p, ctx.locale), deadline: deadlineDay(period.deadline) });
        }
        if (due.length === 0) {
          const last = latestInstant(waiting.map((w) => w.lastRemindedAt))!;
          const next = waiting.map((w) => w.nextAt).sort()[0]!;
          throw new AppError(409, 'REMINDED_RECENTLY', {
            period: periodLabel(p, ctx.locale, { withYear: true }), at: beijingMinute(last), next: beijingMinute(next), hours: REMIND_INTERVAL_HOURS,
          });
        }
        const at = now.toISOString();
        const all: number[] = [];
        const result = [];
        for (const u of due) {
          const stored = await storeDistrictMessage(trx, actor.userId, at, { kind: 'reminded', periodKey: key, organisationId: u.id, reason: null });
          all.push(...stored);
          result.push({ organisationId: u.id, organisationName: u.name, recipients: stored.length });
        }
        await audit.append(trx, ctx, {
          action: AuditActions.periodRemind, entityType: AuditEntityTypes.reportingPeriod, entityId: key,
          after: { deadline: period.deadline, organisations: result.map((r) => ({ id: r.organisationId, name: r.organisationName })), recipients: all.length },
        });
        return { reminded: result, skipped: waiting, ids: all };
      });
      await deliver(ctx, ids);
      return { periodKey: key, reminded, skipped, channels: ['in_app', ...externalSenders().map((s) => s.channel)] };
    },

    /** Marks the actor's own messages among `ids` read (all of them without ids); others' are never touched. */
    async markRead(ctx: RequestContext, ids: readonly number[] | undefined): Promise<{ unread: number }> {
      const actor = requireActor(ctx);
      await db.updateTable('notifications').set({ read_at: clock.now().toISOString() })
        .where('recipient_id', '=', actor.userId).where('read_at', 'is', null)
        .$if(ids !== undefined, (q) => q.where('id', 'in', ids!.length > 0 ? [...ids!] : [0]))
        .execute();
      return { unread: await unreadOf(db, actor.userId) };
    },
  };
}
export type NotificationService = ReturnType<typeof createNotificationService>;

export async function unreadOf(db: Executor, userId: number): Promise<number> {
  const row = await db.selectFrom('notifications').select((eb) => eb.fn.countAll().as('n')).where('recipient_id', '=', userId).where('read_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}
