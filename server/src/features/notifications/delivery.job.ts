import { z } from 'zod';
import { isLocale, parsePeriodKey, periodLabel, deadlineDay } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { translate } from '../../platform/i18n/messages';
import { backoff, defineJob, type JobHandlers } from '../../platform/jobs/job-handler';
import { externalSenders, type Outgoing, type Sender } from './senders';

export const DELIVER_JOB = 'notifications.deliver';

/** Waits before the next run after a gateway failed: a gateway down for a while is not asked again at once. */
export const DELIVERY_RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 1_800_000] as const;

const TEXT = { returned: 'NOTIFY_RETURNED', reminded: 'NOTIFY_REMINDED', approved: 'NOTIFY_APPROVED' } as const;

/**
 * Delivery of stored messages by e-mail and SMS: one durable job per batch (platform/jobs), tried
 * again when a gateway fails, after a growing wait (30 s, 2 min, 10 min, 30 min). A message goes out at least once (a job run twice may send twice);
 * the message centre has it whatever happens here.
 */
export function deliveryJobs({ db }: Deps, senders: () => Sender[] = externalSenders): JobHandlers {
  return {
    [DELIVER_JOB]: defineJob({
      access: 'figure.review',
      payload: z.strictObject({ ids: z.array(z.number().int().positive()).min(1).max(2000) }),
      maxAttempts: DELIVERY_RETRY_DELAYS_MS.length + 1,
      retryDelayMs: backoff(DELIVERY_RETRY_DELAYS_MS),
      run: async (job) => {
        const rows = await db.selectFrom('notifications as n')
          .innerJoin('users as u', 'u.id', 'n.recipient_id')
          .innerJoin('organisations as o', 'o.id', 'n.about_organisation_id')
          .select(['n.id', 'n.kind', 'n.period_key', 'n.reason', 'u.id as user_id', 'u.username', 'u.display_name', 'u.phone', 'u.locale', 'o.name'])
          .where('n.id', 'in', job.payload.ids)
          .orderBy('n.id')
          .execute();
        const deadlines = new Map<string, string>();
        for (const key of new Set(rows.map((r) => r.period_key))) {
          const p = parsePeriodKey(key)!;
          const period = await db.selectFrom('reporting_periods').select('deadline').where('year', '=', p.year).where('month', '=', p.month).executeTakeFirst();
          deadlines.set(key, period ? deadlineDay(period.deadline) : '');
        }
        const channels = senders();
        let sent = 0;
        await job.progress({ done: 0, total: rows.length * channels.length, phase: 'send' });
        for (const r of rows) {
          const locale = isLocale(r.locale) ? r.locale : 'zh-CN';
          const p = parsePeriodKey(r.period_key)!;
          const message: Outgoing = {
            notificationId: r.id,
            recipient: { userId: r.user_id, username: r.username, displayName: r.display_name, phone: r.phone },
            text: translate(TEXT[r.kind], locale, { organisation: r.name, period: periodLabel(p, locale), reason: r.reason ?? '', deadline: deadlines.get(r.period_key) ?? '' }),
          };
          for (const sender of channels) {
            await sender.send(message, job.signal);
            sent++;
          }
        }
        return { messages: rows.length, sent, channels: channels.map((c) => c.channel) };
      },
    }),
  };
}
