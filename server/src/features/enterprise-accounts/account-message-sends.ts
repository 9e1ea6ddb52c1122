// Sending messages to enterprise accounts durably: the rows to send are written and their job
// queued in the transaction that stores the message, so a change rolled back sends nothing and a
// committed one is sent even when its server stops right after the commit. A gateway's refusal
// fails the run; the job runs again after a growing wait (ACCOUNT_MESSAGE_RETRY). What every
// feature sending account messages shares is here (portal-submissions.sends.ts uses it with its
// own outbox); the account's own messages (confirmed, rejected) wait in enterprise_account_message_sends.
import { z } from 'zod';
import type { Db, Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { enqueueWithin } from '../../platform/features/jobs-in-transaction';
import { backoff, defineJob, type JobHandlers } from '../../platform/jobs/job-handler';
import type { RequestContext } from '../../platform/permissions/actor';
import { sendAccountMessage } from './account-messages';
import { type MessageOutbox, heldByNoLiveJob } from './message-outbox-sweep';

export const ENTERPRISE_ACCOUNT_JOBS = { send: 'enterprise-accounts.send-messages' } as const;

/** The accounts' own messages waiting to go out, and the job kind that sends them. */
export const ACCOUNT_MESSAGE_OUTBOX: MessageOutbox = { table: 'enterprise_account_message_sends', kind: ENTERPRISE_ACCOUNT_JOBS.send };

/** Waits between a send job's runs: 30 s, 2 min, 10 min, 30 min, then 2 h. */
export const ACCOUNT_MESSAGE_RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 1_800_000, 7_200_000] as const;

/** A send job's runs and the waits between them (about 2 h 45 min from the first run to the last). */
export const ACCOUNT_MESSAGE_RETRY = {
  maxAttempts: ACCOUNT_MESSAGE_RETRY_DELAYS_MS.length + 1,
  retryDelayMs: backoff(ACCOUNT_MESSAGE_RETRY_DELAYS_MS),
};

/** Failed runs after which a message is given up (its contact or the gateway keeps refusing it): two jobs' runs. */
export const MAX_ACCOUNT_MESSAGE_ATTEMPTS = 2 * ACCOUNT_MESSAGE_RETRY.maxAttempts;

/**
 * Queues a send job in the caller's transaction. Null when the user may queue no more jobs now
 * (their bound on waiting jobs) or not this kind: the rows then wait without a job until the next
 * job of the kind or the outbox sweep (message-outbox-sweep.ts) takes them — the change itself is
 * never refused for it.
 */
export async function queueSendJob(trx: Executor, deps: Deps, ctx: RequestContext, kind: string): Promise<number | null> {
  try {
    return (await enqueueWithin(trx, deps, ctx, { kind, payload: {} })).id;
  } catch (error) {
    if (error instanceof AppError && (error.status === 429 || error.status === 403)) return null;
    throw error;
  }
}

/** A message waiting in an outbox, with the failed runs so far. */
export interface WaitingMessage {
  messageId: number;
  attempts: number;
  /** What the server's log names beside the message (never contact details). */
  about?: string;
}

export interface SendFailure extends WaitingMessage {
  reason: string;
}

/**
 * Tries each waiting message once: `sent` when it went out (or needs no sending any more: the
 * account deleted, the message gone), `failed` with its failed runs when the gateway refused it.
 */
export async function sendWaiting(
  db: Db, rows: readonly WaitingMessage[],
  outbox: { sent(messageId: number): Promise<void>; failed(messageId: number, attempts: number): Promise<void> },
): Promise<{ sent: number; failures: SendFailure[] }> {
  const failures: SendFailure[] = [];
  let sent = 0;
  for (const row of rows) {
    try {
      if ((await sendAccountMessage(db, row.messageId)) === 'sent') sent++;
      await outbox.sent(row.messageId);
    } catch (error) {
      const attempts = row.attempts + 1;
      failures.push({ ...row, attempts, reason: (error as Error).message });
      await outbox.failed(row.messageId, attempts);
    }
  }
  return { sent, failures };
}

/** The run's failure as the server's log records it (the runner logs it with the job's id and kind, and runs the job again while it has runs left). */
export class AccountMessagesNotSent extends Error {
  constructor(what: string, failures: readonly SendFailure[], gaveUp: number) {
    super(`${what}: ${failures.length} message(s) not sent${gaveUp ? `, ${gaveUp} given up` : ''}: ${
      failures.map((f) => `message ${f.messageId} (${f.about ? `${f.about}, ` : ''}attempt ${f.attempts}): ${f.reason}`).join('; ')}`);
    this.name = 'AccountMessagesNotSent';
  }
}

/** Inside the officer's transaction: the account's messages to send, and the job that sends them. */
export async function queueAccountMessages(trx: Executor, deps: Deps, ctx: RequestContext, messageIds: readonly number[], at: string): Promise<void> {
  if (messageIds.length === 0) return;
  const jobId = await queueSendJob(trx, deps, ctx, ENTERPRISE_ACCOUNT_JOBS.send);
  await trx.insertInto('enterprise_account_message_sends').values(messageIds.map((id) => ({ message_id: id, job_id: jobId, queued_by: ctx.actor?.userId ?? null, created_at: at }))).execute();
}

export function enterpriseAccountJobs({ db }: Deps): JobHandlers {
  return {
    [ENTERPRISE_ACCOUNT_JOBS.send]: defineJob({
      // Queued by the officer who confirmed or rejected the sign-up.
      access: 'enterprise_account.confirm',
      payload: z.strictObject({}),
      ...ACCOUNT_MESSAGE_RETRY,
      run: async (job) => {
        // Messages no live job holds come along: queued while the officer could queue none, or left
        // by a job that ended without sending them (its runs spent, its officer disabled).
        await db.updateTable('enterprise_account_message_sends').set({ job_id: job.id }).where(heldByNoLiveJob).execute();
        const rows = await db.selectFrom('enterprise_account_message_sends').select(['message_id as messageId', 'attempts'])
          .where('job_id', '=', job.id).orderBy('message_id').execute();
        const { sent, failures } = await sendWaiting(db, rows, {
          sent: async (id) => { await db.deleteFrom('enterprise_account_message_sends').where('message_id', '=', id).execute(); },
          failed: async (id, attempts) => { await db.updateTable('enterprise_account_message_sends').set({ attempts }).where('message_id', '=', id).execute(); },
        });
        if (failures.length === 0) return { sent, messages: rows.length };
        const gaveUp = failures.filter((f) => f.attempts >= MAX_ACCOUNT_MESSAGE_ATTEMPTS).map((f) => f.messageId);
        if (gaveUp.length > 0) await db.deleteFrom('enterprise_account_message_sends').where('message_id', 'in', gaveUp).execute();
        throw new AccountMessagesNotSent('enterprise accounts', failures, gaveUp.length);
      },
    }),
  };
}
