// Messages that wait in an outbox with no live job to send them: written while their writer could
// queue no job (their bound on waiting jobs), or left by a job that ended without sending them (its
// runs spent while the gateway was down, its officer disabled). Each server looks for them at start
// and every OUTBOX_SWEEP_MS, and queues one send job for them as a user who wrote them — so a message
// never waits for some unrelated later change to be sent.
import type { FastifyInstance } from 'fastify';
import { type SqlBool, sql } from 'kysely';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { activeActorOf } from '../../platform/jobs/job-context';
import type { RequestContext } from '../../platform/permissions/actor';
import { can } from '../../platform/permissions/permissions';

/** An outbox of account messages: its table, and the kind of job that sends its rows. */
export interface MessageOutbox {
  table: 'enterprise_account_message_sends' | 'portal_submission_sends';
  kind: string;
}

/**
 * The outbox rows no live job holds: none was queued for them, or theirs ended (done, failed or
 * cancelled) without sending them. The send jobs take these when they run; the sweep looks for them.
 */
export const heldByNoLiveJob = sql<SqlBool>`(job_id is null or job_id not in (select id from jobs where status in ('queued', 'running')))`;

/** How often each server looks for waiting messages no live job holds. */
export const OUTBOX_SWEEP_MS = 5 * 60_000;

/** The newest waiting rows whose writers are tried, in turn, as the job's user. */
const WRITERS_TRIED = 20;

/**
 * Queues one send job for the outbox's messages that no live job holds, as the newest of their
 * writers who may queue it now (active, holding the kind's permission, under their bound on waiting
 * jobs); the job takes them all when it runs. Nothing is queued while a job of the kind is queued or
 * running. Returns the job's id, or null when none was needed or nobody could queue it.
 */
export async function sweepOutbox(deps: Deps, outbox: MessageOutbox): Promise<number | null> {
  const { db } = deps;
  // A job of the kind that waits or runs takes them (a running one at its next run, or the next sweep after it).
  const liveJob = await db.selectFrom('jobs').select('id').where('kind', '=', outbox.kind).where('status', 'in', ['queued', 'running']).limit(1).executeTakeFirst();
  if (liveJob) return null;
  const orphans = await db.selectFrom(outbox.table).select(['queued_by', 'job_id'])
    .where(heldByNoLiveJob)
    .orderBy('created_at', 'desc').orderBy('message_id', 'desc').limit(WRITERS_TRIED).execute();
  if (orphans.length === 0) return null;
  // Rows written before their writer was kept name the user of their last job.
  const jobIds = orphans.filter((o) => o.queued_by === null && o.job_id !== null).map((o) => o.job_id!);
  const jobUsers = new Map(jobIds.length === 0 ? [] : (await db.selectFrom('jobs').select(['id', 'created_by']).where('id', 'in', jobIds).execute()).map((j) => [j.id, j.created_by]));
  const writers = [...new Set(orphans.map((o) => o.queued_by ?? (o.job_id === null ? undefined : jobUsers.get(o.job_id))).filter((id): id is number => id !== undefined))];
  const handler = deps.jobs.handlers[outbox.kind];
  if (!handler) throw new Error(`no handler for job kind ${outbox.kind}`);
  for (const userId of writers) {
    const actor = await activeActorOf(db, userId, `outbox-sweep:${outbox.table}`);
    if (!actor || !can(actor.role, handler.access)) continue;
    const ctx: RequestContext = { actor, ip: '127.0.0.1', requestId: `outbox-sweep:${outbox.table}`, locale: actor.locale, userAgent: null, audited: false };
    try {
      return (await deps.jobs.enqueue(ctx, { kind: outbox.kind, payload: {} })).id;
    } catch (error) {
      if (error instanceof AppError && error.status === 429) continue;
      throw error;
    }
  }
  return null;
}

/** Sweeps the outbox when the server is ready and every `everyMs` after, until it closes. */
export function sweepOutboxRegularly(app: FastifyInstance, deps: Deps, outbox: MessageOutbox, everyMs = OUTBOX_SWEEP_MS): void {
  let timer: NodeJS.Timeout | null = null;
  const sweep = () => sweepOutbox(deps, outbox).then(
    (jobId) => { if (jobId !== null) app.log.info({ jobId, outbox: outbox.table }, 'outbox sweep queued a send job'); },
    (error: unknown) => { app.log.warn({ error: String(error), outbox: outbox.table }, 'outbox sweep failed'); },
  );
  app.addHook('onReady', async () => {
    await sweep();
    timer = setInterval(() => void sweep(), everyMs);
    timer.unref();
  });
  app.addHook('onClose', async () => { if (timer) clearInterval(timer); });
}
