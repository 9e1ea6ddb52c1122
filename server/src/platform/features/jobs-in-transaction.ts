// Queuing a job as part of a change: the job exists exactly when the change does.
import type { Job } from '@hongtu/contracts';
import type { Db, Executor } from '../../db/database';
import type { Deps } from '../deps';
import { JobQueue, type EnqueueRequest } from '../jobs/job-queue';
import type { RequestContext } from '../permissions/actor';

/**
 * The transaction seen as a database whose `transaction()` is the transaction itself: the queue's
 * own enqueue (its checks, bounds and audit row) then writes through the caller's transaction.
 * Every other method is the transaction's, called on it (Kysely keeps its state in private fields).
 */
function joined(trx: Executor): Db {
  const transaction = () => ({ execute: <T>(work: (inner: Executor) => Promise<T>) => work(trx) });
  return new Proxy(trx, {
    get(target, property) {
      if (property === 'transaction') return transaction;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  }) as unknown as Db;
}

/**
 * Queues a job in the caller's transaction (the change's): a change rolled back queues nothing, a
 * committed one has its job even if this process stops right after the commit. Checked as the
 * queue's enqueue checks it (the kind's permission, payload, the user's bound on waiting jobs) and
 * audited in the same transaction. A runner finds it at its next look for work (pollMs).
 */
export async function enqueueWithin(trx: Executor, deps: Pick<Deps, 'jobs' | 'dialect' | 'clock' | 'audit'>, ctx: RequestContext, request: EnqueueRequest): Promise<Job> {
  const queue = new JobQueue(joined(trx), deps.dialect, deps.clock, deps.audit);
  queue.setHandlers(deps.jobs.handlers);
  return queue.enqueue(ctx, request);
}
