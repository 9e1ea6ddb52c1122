import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { JobProgress } from '@hongtu/contracts';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/conflicts';
import { AppError, forbidden } from '../errors/app-error';
import type { RequestContext } from '../permissions/actor';
import { can } from '../permissions/permissions';
import { contextOf } from './job-context';
import type { JobFailure, JobQueue } from './job-queue';
import type { JobRow } from './jobs.table';

export interface JobRunnerOptions {
  /** Jobs this server runs at once; 0: it runs none (it still queues them for the others). */
  concurrency: number;
  /** How often an idle runner looks for work queued by other servers (its own wake it at once). */
  pollMs: number;
  /** How long a claimed job stays this runner's without a heartbeat (by the application's clock). */
  leaseMs: number;
  /** How often a running job's lease is extended (with its progress, if it moved since it was written). */
  heartbeatMs: number;
  /**
   * A job's progress is written at most this often, and not in its first such span: a job that ends
   * sooner writes it only with its outcome (on SQLite each write is a synchronous commit).
   */
  progressMs: number;
  /** Wait before a failed attempt is run again (a kind with its own retryDelayMs waits that instead). */
  retryAfterMs: number;
  /** On stop: how long running jobs may take to finish before the runner leaves them to their lease. */
  stopGraceMs: number;
  /** How often expired leases at their last attempt and jobs queued too long are ended. */
  sweepMs: number;
}

export const DEFAULT_RUNNER_OPTIONS: JobRunnerOptions = {
  concurrency: 2,
  pollMs: 1000,
  leaseMs: 60_000,
  heartbeatMs: 15_000,
  progressMs: 2000,
  retryAfterMs: 0,
  stopGraceMs: 10_000,
  sweepMs: 60_000,
};

/** The lease of a running job went to another runner (this server was too slow or stalled). */
class LeaseLost extends Error {
  constructor() {
    super('job lease lost');
  }
}

/** What the user is told of a failed run, and whether running it again may help. */
function failureOf(error: unknown, ctx: RequestContext | null): JobFailure & { audit: 'denied' | 'failed' | 'none' } {
  if (error instanceof AppError) return { status: error.status, code: error.code, params: error.params, retry: error.status >= 500, audit: error.audit };
  // A concurrent writer created the same row: the next run finds it.
  if (isUniqueViolation(error)) return { status: 409, code: 'CONFLICT', params: {}, retry: true, audit: 'failed' };
  return { status: 500, code: 'INTERNAL', params: { requestId: ctx?.requestId ?? '' }, retry: true, audit: 'failed' };
}

/**
 * Runs jobs of the durable queue in this app server (started by buildApp when the app is ready,
 * stopped when it closes): it polls every pollMs, and at once when this process queues a job or a
 * run ends; it claims jobs under a lease, at most `concurrency` at a time, and extends their
 * leases while they run. A job whose server stopped is taken over by another runner once its lease
 * expires, and run again up to its max attempts (then it fails with JOB_INTERRUPTED).
 */
export class JobRunner {
  /** This runner's name in `lease_owner`: host, process and a random part (two apps in one process differ). */
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  readonly #options: JobRunnerOptions;
  #active = new Map<number, { kind: string; done: Promise<void>; abort: AbortController }>();
  #timer: NodeJS.Timeout | null = null;
  #running = false;
  #stopping = false;
  #ticking: Promise<void> | null = null;
  #again = false;
  #lastSweep = 0;
  #idle: (() => void)[] = [];

  constructor(
    private readonly queue: JobQueue,
    private readonly db: Db,
    options: Partial<JobRunnerOptions>,
    private readonly log: FastifyBaseLogger,
  ) {
    this.#options = { ...DEFAULT_RUNNER_OPTIONS, ...options };
  }

  start(): void {
    if (this.#running || this.#options.concurrency <= 0) return;
    this.#running = true;
    this.wake();
  }

  /** Looks for work now (this process queued a job). */
  wake(): void {
    if (!this.#running) return;
    if (this.#ticking) {
      this.#again = true;
      return;
    }
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#ticking = this.#tick().finally(() => {
      this.#ticking = null;
      this.#schedule();
      this.#notifyIdle();
    });
  }

  /** Resolves once no job of this runner is running and it is not looking for work (tests wait for it). */
  idle(): Promise<void> {
    if (this.#isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  /** Stops claiming; running jobs get stopGraceMs to end, then are left to their lease (another server takes them over). */
  async stop(): Promise<void> {
    if (!this.#running) {
      await this.queue.closeWriter();
      return;
    }
    this.#running = false;
    this.#stopping = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#ticking;
    const running = [...this.#active.values()];
    for (const job of running) job.abort.abort();
    let grace: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(running.map((j) => j.done)),
      new Promise<void>((resolve) => { grace = setTimeout(resolve, this.#options.stopGraceMs); }),
    ]);
    clearTimeout(grace);
    await this.queue.closeWriter();
  }

  #isIdle(): boolean {
    return this.#active.size === 0 && this.#ticking === null && !this.#again;
  }

  #notifyIdle(): void {
    if (!this.#isIdle()) return;
    for (const resolve of this.#idle.splice(0)) resolve();
  }

  #schedule(): void {
    if (!this.#running) return;
    if (this.#again) {
      this.#again = false;
      this.wake();
      return;
    }
    this.#timer = setTimeout(() => this.wake(), this.#options.pollMs);
    this.#timer.unref();
  }

  async #tick(): Promise<void> {
    try {
      if (Date.now() - this.#lastSweep >= this.#options.sweepMs) {
        this.#lastSweep = Date.now();
        await this.queue.sweep();
      }
      while (this.#running && this.#active.size < this.#options.concurrency) {
        const kinds = this.#claimableKinds();
        if (kinds.length === 0) break;
        const exclude = [...this.#active.keys()];
        const work = await this.queue.hasWork(kinds, exclude);
        if (!work.claimable) {
          // The oldest candidate is a job whose last attempt's server stopped: end it, then look again.
          if (work.expired && (await this.queue.sweep()) > 0) continue;
          break;
        }
        const job = await this.queue.claim(this.owner, kinds, exclude, this.#options.leaseMs);
        if (!job) break;
        this.#run(job);
      }
    } catch (error) {
      this.log.error({ err: error }, 'job runner: looking for work failed');
    }
  }

  /** The kinds this server may take one more job of: those under their handler's perServer bound. */
  #claimableKinds(): string[] {
    const running = new Map<string, number>();
    for (const { kind } of this.#active.values()) running.set(kind, (running.get(kind) ?? 0) + 1);
    return Object.entries(this.queue.handlers)
      .filter(([kind, handler]) => handler.perServer === undefined || (running.get(kind) ?? 0) < handler.perServer)
      .map(([kind]) => kind);
  }

  #run(job: JobRow): void {
    const abort = new AbortController();
    const done = this.#execute(job, abort).finally(() => {
      this.#active.delete(job.id);
      if (this.#running) this.wake();
      else this.#notifyIdle();
    });
    this.#active.set(job.id, { kind: job.kind, done, abort });
  }

  async #execute(job: JobRow, abort: AbortController): Promise<void> {
    const { queue, owner } = this;
    const { leaseMs, heartbeatMs, progressMs, retryAfterMs } = this.#options;
    let lost = false;
    // The progress told by the handler and not written yet; when it was last written (the claim at first).
    let unwritten: JobProgress | undefined;
    let progressWritten = Date.now();
    const beat = async () => {
      if (lost) throw new LeaseLost();
      const progress = unwritten;
      unwritten = undefined;
      if (progress) progressWritten = Date.now();
      if (await queue.heartbeat(job.id, owner, leaseMs, progress)) return;
      lost = true;
      abort.abort();
      throw new LeaseLost();
    };
    const progress = async (told: JobProgress) => {
      if (lost) throw new LeaseLost();
      unwritten = told;
      if (Date.now() - progressWritten >= progressMs) await beat();
    };
    const heartbeat = setInterval(() => void beat().catch(() => undefined), heartbeatMs);
    heartbeat.unref();
    let ctx: RequestContext | null = null;
    try {
      const handler = queue.handlers[job.kind]!;
      ctx = await contextOf(this.db, job);
      // The user may have lost the permission (or been disabled) since the job was queued.
      if (!ctx.actor || !can(ctx.actor.role, handler.access)) throw forbidden();
      const payload: unknown = handler.payload.parse(JSON.parse(job.payload_json));
      const result = await handler.run({
        id: job.id, kind: job.kind, payload, attempt: job.attempts, ctx, signal: abort.signal,
        upload: async () => {
          const upload = await queue.upload(job.id);
          if (!upload) throw new Error(`job ${job.id}: its upload is gone`);
          return upload;
        },
        progress,
      });
      clearInterval(heartbeat);
      if (!(await queue.succeed(job.id, owner, result, unwritten))) this.log.warn({ job: job.id }, 'job runner: the lease was lost before the job ended; its result is dropped');
    } catch (error) {
      clearInterval(heartbeat);
      if (lost || error instanceof LeaseLost) {
        this.log.warn({ job: job.id }, 'job runner: the lease was lost; another server runs the job');
        return;
      }
      if (this.#stopping && abort.signal.aborted) {
        await queue.release(job.id, owner).catch(() => undefined);
        return;
      }
      const failure = failureOf(error, ctx);
      if (failure.code === 'INTERNAL' || failure.status >= 500) this.log.error({ err: error, job: job.id, kind: job.kind }, 'job failed');
      try {
        const handler = queue.handlers[job.kind];
        await queue.fail(job, owner, failure, ctx, handler?.retryDelayMs?.(job.attempts) ?? retryAfterMs);
      } catch (failError) {
        this.log.error({ err: failError, job: job.id }, 'job runner: recording a failure failed');
      }
    } finally {
      clearInterval(heartbeat);
    }
  }
}
