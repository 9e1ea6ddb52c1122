import type { z } from 'zod';
import type { JobProgress } from '@hongtu/contracts';
import type { Upload } from '../imports/upload';
import type { RequestContext } from '../permissions/actor';
import type { Action } from '../permissions/permissions';

/** A job as its handler sees it while it runs. */
export interface RunningJob<Payload> {
  id: number;
  kind: string;
  payload: Payload;
  /** 1 on the first run; more when a run failed or its server stopped and another took it over. */
  attempt: number;
  /**
   * The request that queued the job, with its user as they are now (role, organisation, scope):
   * the handler's use cases and audit rows take it like a request's.
   */
  ctx: RequestContext;
  /** The upload queued with the job (read from the database: any app server can run the job). */
  upload(): Promise<Upload>;
  /**
   * Records how far the job is (seen by GET /api/jobs/:id): written with the lease's next extension
   * when the runner's progressMs has not passed since the last write, else at once, and with the
   * outcome in any case. A lost lease makes it throw.
   */
  progress(progress: JobProgress): Promise<void>;
  /** Aborted when the server stops or the job's lease was lost. */
  signal: AbortSignal;
}

/**
 * What a feature runs for one kind of job (the manifest's `jobs`, by kind "<feature>.<what>"). A
 * job runs at least once: a run whose server stopped is run again by another, so a handler must be
 * safe to run twice (its writes are one transaction, checked against what is stored).
 */
export interface JobHandler<Payload = unknown, Result = unknown> {
  /** The permission the job acts with: required to queue it, again when it runs, and to cancel it. */
  access: Action;
  payload: z.ZodType<Payload>;
  /**
   * At most this many jobs of the kind run at once on one server (default: up to the runner's
   * concurrency). Kinds whose work waits for one worker thread (reports: the render worker) gain
   * nothing from running side by side, and their database reads then take the CPU from requests.
   */
  perServer?: number;
  /** Runs before giving up (default DEFAULT_MAX_ATTEMPTS). A refusal (an AppError below 500) is final at once. */
  maxAttempts?: number;
  /**
   * The wait before the next run once `failedRuns` runs have failed (default: the runner's
   * retryAfterMs, at once). Jobs that talk to an outside gateway grow it (see backoff).
   */
  retryDelayMs?(failedRuns: number): number;
  /** Its answer is kept as JSON and served as the job's result. */
  run(job: RunningJob<Payload>): Promise<Result>;
}

export const DEFAULT_MAX_ATTEMPTS = 3;

/**
 * A growing wait between runs: the first failed run waits delaysMs[0], the next delaysMs[1], and so
 * on; past the list's end the last one again.
 */
export function backoff(delaysMs: readonly number[]): (failedRuns: number) => number {
  if (delaysMs.length === 0) throw new Error('backoff: no delay');
  return (failedRuns) => delaysMs[Math.min(Math.max(failedRuns, 1), delaysMs.length) - 1]!;
}

/** Declares a handler with its payload type inferred from its schema. */
export function defineJob<Payload, Result>(handler: JobHandler<Payload, Result>): JobHandler<Payload, Result> {
  return handler;
}

/** The handlers of every kind, from the manifests (and, in tests, extra ones). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JobHandlers = Readonly<Record<string, JobHandler<any, unknown>>>;
