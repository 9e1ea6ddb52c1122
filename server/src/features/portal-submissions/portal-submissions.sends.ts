// Sending the messages that tell senders of a move to their contact (e-mail / SMS), durably: the
// rows to send are written and their job queued in the move's own transaction, so a move rolled
// back sends nothing and a committed one is sent even when its server stops right after the
// commit (another server, or this one restarted, runs the job). A message goes out at least once.
import { z } from 'zod';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import type { HookScope } from '../../platform/features/hooks';
import { defineJob, type JobHandlers } from '../../platform/jobs/job-handler';
import {
  ACCOUNT_MESSAGE_RETRY, AccountMessagesNotSent, MAX_ACCOUNT_MESSAGE_ATTEMPTS, heldByNoLiveJob, queueSendJob, sendWaiting, type MessageOutbox,
} from '../enterprise-accounts/enterprise-accounts.public';

export const PORTAL_SUBMISSION_JOBS = { send: 'portal-submissions.send' } as const;

/** The senders' messages waiting to go out, and the job kind that sends them. */
export const PORTAL_SUBMISSION_OUTBOX: MessageOutbox = { table: 'portal_submission_sends', kind: PORTAL_SUBMISSION_JOBS.send };

/** Failed runs after which a message is given up (its contact or the gateway keeps refusing it). */
export const MAX_SEND_ATTEMPTS = MAX_ACCOUNT_MESSAGE_ATTEMPTS;

export interface MessageToSend {
  messageId: number;
  submissionId: number;
}

/**
 * Inside the move's transaction: the messages to send, and the job that sends them. When the
 * mover may queue no more jobs now (their bound on waiting jobs), the rows wait without a job until
 * the next job of this kind or the outbox sweep (message-outbox-sweep.ts) takes them: the move itself
 * is never refused for it.
 */
export async function queueSends(trx: Executor, scope: HookScope, messages: readonly MessageToSend[], at: string): Promise<void> {
  if (messages.length === 0) return;
  const jobId = await queueSendJob(trx, scope.deps, scope.ctx, PORTAL_SUBMISSION_JOBS.send);
  await trx.insertInto('portal_submission_sends')
    .values(messages.map((m) => ({ message_id: m.messageId, submission_id: m.submissionId, job_id: jobId, queued_by: scope.ctx.actor?.userId ?? null, created_at: at })))
    .execute();
}

export function portalSubmissionJobs({ db }: Deps): JobHandlers {
  return {
    [PORTAL_SUBMISSION_JOBS.send]: defineJob({
      // Queued by whoever moved the submission, its lead or its ticket: every role that may move one reads the enterprise service.
      access: 'enterprise_service.read',
      payload: z.strictObject({}),
      // Runs again after a growing wait while the gateway refuses (30 s, 2 min, 10 min …).
      ...ACCOUNT_MESSAGE_RETRY,
      run: async (job) => {
        // Messages no live job holds come along: queued while the mover could queue none, or left by a
        // job that ended without sending them (its runs spent, its mover disabled, its servers stopping).
        await db.updateTable('portal_submission_sends').set({ job_id: job.id }).where(heldByNoLiveJob).execute();
        const rows = await db.selectFrom('portal_submission_sends').select(['message_id', 'submission_id', 'attempts'])
          .where('job_id', '=', job.id).orderBy('message_id').execute();
        const { sent, failures } = await sendWaiting(db, rows.map((r) => ({ messageId: r.message_id, attempts: r.attempts, about: `submission ${r.submission_id}` })), {
          sent: async (id) => { await db.deleteFrom('portal_submission_sends').where('message_id', '=', id).execute(); },
          failed: async (id, attempts) => { await db.updateTable('portal_submission_sends').set({ attempts }).where('message_id', '=', id).execute(); },
        });
        if (failures.length === 0) return { sent, messages: rows.length };
        // Given up for good after MAX_SEND_ATTEMPTS runs; the rest are taken by the next job once this one's runs are spent.
        const gaveUp = failures.filter((f) => f.attempts >= MAX_SEND_ATTEMPTS).map((f) => f.messageId);
        if (gaveUp.length > 0) await db.deleteFrom('portal_submission_sends').where('message_id', 'in', gaveUp).execute();
        // The runner logs the failure with the job's id and kind, and runs the job again while it has runs left.
        throw new AccountMessagesNotSent('portal submissions', failures, gaveUp.length);
      },
    }),
  };
}
