import { sql } from 'kysely';
import { AuditActions, AuditEntityTypes, type Job, type JobProgress, type JobSummary } from '@hongtu/contracts';
import type { DialectName } from '../../db/connection';
import type { Db, Executor } from '../../db/database';
import type { AuditTrail } from '../audit/audit-trail';
import type { Clock } from '../clock';
import { AppError, forbidden, outOfScope } from '../errors/app-error';
import type { Upload } from '../imports/upload';
import { requireActor, type RequestContext } from '../permissions/actor';
import { can } from '../permissions/permissions';
import { isInScope } from '../permissions/scope';
import { DEFAULT_MAX_ATTEMPTS, type JobHandlers } from './job-handler';
import { jobWriterFor, type JobWriter } from './job-writer';
import type { Updateable } from 'kysely';
import type { JobRow, JobsTable } from './jobs.table';
import { jobSummary } from './job-view';
import { contextOf, type StoredContext } from './job-context';

/** Bounds of the queue: what one job may carry and how many one user may have waiting. */
export const JOB_LIMITS = {
  /** The upload a job keeps in the database (the largest upload any import accepts). */
  blobBytes: 5 * 1024 * 1024,
  /** Jobs one user may have queued or running at once. */
  activePerUser: 5,
  /** A job nobody took within this time (no server runs its kind) fails as expired. */
  queuedMs: 24 * 3_600_000,
  listed: 50,
} as const;

/** How a run ended in failure: the error the user is told, and whether another run may succeed. */
export interface JobFailure {
  status: number;
  code: string;
  params: Record<string, string | number>;
  retry: boolean;
  /** As an AppError says: 'denied' for a refusal (the user lost the permission), recorded so. */
  audit?: 'denied' | 'failed' | 'none';
}

export interface EnqueueRequest {
  kind: string;
  payload: unknown;
  upload?: Upload;
  /** Not run before this time (default: at once). */
  runAfter?: Date;
}

type Listener = () => void;

const finished = ['succeeded', 'failed', 'cancelled'] as const;

/**
 * The durable job queue on the application's database (SQLite or PostgreSQL): queued by a use
 * case (with its upload, if any, in job_blobs), claimed by the runner of any app server under a
 * lease, ended with a result or an error code. Each request's audit row is written in the same
 * transaction as the change to the job.
 */
export class JobQueue {
  #handlers: JobHandlers = {};
  #listeners: Listener[] = [];
  /** SQLite: the writer thread of the runners' bookkeeping (job-writer.ts), found at its first use. */
  #writer: Promise<JobWriter | null> | null = null;

  constructor(
    private readonly db: Db,
    private readonly dialect: DialectName,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  /** The handlers of every kind (buildApp sets them once the features' handlers are made). */
  setHandlers(handlers: JobHandlers): void {
    this.#handlers = handlers;
  }

  get handlers(): JobHandlers {
    return this.#handlers;
  }

  /** Called after each job this process queues (the runner of this server wakes at once). */
  onEnqueued(listener: Listener): void {
    this.#listeners.push(listener);
  }

  /**
   * Queues a job for the caller: they must hold its kind's permission; the upload is kept with it
   * (at most JOB_LIMITS.blobBytes); a user has at most JOB_LIMITS.activePerUser jobs waiting.
   * The job belongs to the caller's organisation (who may see it follows from that).
   */
  async enqueue(ctx: RequestContext, request: EnqueueRequest): Promise<Job> {
    const actor = requireActor(ctx);
    const handler = this.#handlers[request.kind];
    if (!handler) throw new Error(`no handler for job kind ${request.kind}`);
    if (!can(actor.role, handler.access)) throw forbidden();
    const payload = handler.payload.parse(request.payload);
    const upload = request.upload;
    if (upload && upload.buffer.byteLength > JOB_LIMITS.blobBytes) {
      throw new AppError(413, 'JOB_TOO_LARGE', { limit: `${Math.round(JOB_LIMITS.blobBytes / 1024 / 1024)} MiB` });
    }
    const now = this.clock.now().toISOString();
    const context: StoredContext = { ip: ctx.ip, requestId: ctx.requestId, locale: ctx.locale, userAgent: ctx.userAgent };
    const id = await this.db.transaction().execute(async (trx) => {
      const active = await trx.selectFrom('jobs').select((eb) => eb.fn.countAll().as('n'))
        .where('created_by', '=', actor.userId).where('status', 'in', ['queued', 'running']).executeTakeFirstOrThrow();
      if (Number(active.n) >= JOB_LIMITS.activePerUser) throw new AppError(429, 'JOB_TOO_MANY', { limit: JOB_LIMITS.activePerUser });
      const row = await trx.insertInto('jobs').values({
        kind: request.kind, payload_json: JSON.stringify(payload), context_json: JSON.stringify(context), status: 'queued',
        progress_done: 0, progress_total: null, progress_phase: null, attempts: 0, max_attempts: handler.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        run_after: request.runAfter?.toISOString() ?? now, lease_owner: null, lease_expires_at: null, result_json: null,
        error_status: null, error_code: null, error_params_json: null, created_by: actor.userId, organisation_id: actor.organisationId,
        created_at: now, started_at: null, finished_at: null, updated_at: now,
      }).returning('id').executeTakeFirstOrThrow();
      if (upload) {
        await trx.insertInto('job_blobs').values({ job_id: row.id, file_name: upload.fileName, size: upload.buffer.byteLength, bytes: upload.buffer, created_at: now }).execute();
      }
      await this.audit.append(trx, ctx, {
        action: AuditActions.jobEnqueue, entityType: AuditEntityTypes.job, entityId: row.id,
        after: { kind: request.kind, payload, ...(upload ? { file: upload.fileName, bytes: upload.buffer.byteLength } : {}) },
      });
      return row.id;
    });
    for (const listener of this.#listeners) listener();
    return (await this.get(ctx, id))!;
  }

  /** A job as the caller may see it: 404 when missing or outside their scope (audited as a denial then). */
  async get(ctx: RequestContext, id: number): Promise<Job> {
    const actor = requireActor(ctx);
    const row = await this.#select(this.db).where('j.id', '=', id).executeTakeFirst();
    if (!row) throw new AppError(404, 'NOT_FOUND');
    if (!isInScope(actor, row.organisation_path)) throw outOfScope();
    return { ...jobSummary(row, ctx.locale), result: row.status === 'succeeded' && row.result_json !== null ? JSON.parse(row.result_json) as unknown : null };
  }

  /** The newest jobs of the caller's scope (the city: its whole tree; a district: its own), or only theirs. */
  async list(ctx: RequestContext, query: { status?: JobRow['status']; kind?: string; mine: boolean }): Promise<JobSummary[]> {
    const actor = requireActor(ctx);
    let select = this.#select(this.db).where('o.path', 'like', `${actor.organisationPath}%`);
    if (query.mine) select = select.where('j.created_by', '=', actor.userId);
    if (query.status) select = select.where('j.status', '=', query.status);
    if (query.kind) select = select.where('j.kind', '=', query.kind);
    const rows = await select.orderBy('j.id', 'desc').limit(JOB_LIMITS.listed).execute();
    return rows.map((row) => jobSummary(row, ctx.locale));
  }

  /**
   * Cancels a queued job (409 once a server took it). The caller needs the job in their scope and
   * the permission of its kind; a role that holds no job kind's permission is refused before the
   * job is looked up, so that it learns nothing of jobs it could not cancel anyway; a role that holds
   * some is refused a job of another kind (403) before its scope is checked (404).
   */
  async cancel(ctx: RequestContext, id: number): Promise<Job> {
    const actor = requireActor(ctx);
    if (!Object.values(this.#handlers).some((h) => can(actor.role, h.access))) throw forbidden();
    await this.db.transaction().execute(async (trx) => {
      const row = await this.#select(trx).where('j.id', '=', id).executeTakeFirst();
      if (!row) throw new AppError(404, 'NOT_FOUND');
      const handler = this.#handlers[row.kind];
      const mayCancel = handler !== undefined && can(actor.role, handler.access);
      // A job of a kind the caller may never cancel is refused as such wherever it is (a district
      // operator cancels document uploads, never a targets import); one it may is 404 outside its scope.
      if (!mayCancel) throw forbidden();
      if (!isInScope(actor, row.organisation_path)) throw outOfScope();
      const now = this.clock.now().toISOString();
      const result = await trx.updateTable('jobs').set({ status: 'cancelled', finished_at: now, updated_at: now })
        .where('id', '=', id).where('status', '=', 'queued').executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new AppError(409, 'JOB_NOT_QUEUED');
      await trx.deleteFrom('job_blobs').where('job_id', '=', id).execute();
      await this.audit.append(trx, ctx, { action: AuditActions.jobCancel, entityType: AuditEntityTypes.job, entityId: id, after: { kind: row.kind } });
    });
    return this.get(ctx, id);
  }

  #select(db: Executor) {
    return db.selectFrom('jobs as j')
      .innerJoin('organisations as o', 'o.id', 'j.organisation_id')
      .innerJoin('users as u', 'u.id', 'j.created_by')
      .select([
        'j.id', 'j.kind', 'j.status', 'j.progress_done', 'j.progress_total', 'j.progress_phase', 'j.attempts', 'j.max_attempts',
        'j.result_json', 'j.error_status', 'j.error_code', 'j.error_params_json', 'j.created_by', 'u.display_name as created_by_name',
        'j.organisation_id', 'o.path as organisation_path', 'j.created_at', 'j.started_at', 'j.finished_at',
      ]);
  }

  // The runners' side. On SQLite their writes go through the writer thread when the database is a file.

  #sqliteWriter(): Promise<JobWriter | null> {
    if (this.dialect !== 'sqlite') return Promise.resolve(null);
    this.#writer ??= jobWriterFor(this.db);
    return this.#writer;
  }

  /** Ends the writer thread, if one was started (the runner stops: the app closes). */
  async closeWriter(): Promise<void> {
    const writer = await this.#writer;
    this.#writer = null;
    await writer?.close();
  }

  /**
   * Whether a job may be claimed now, or a lease has expired: one cheap read, so that an idle
   * server's polling takes no write lock (SQLite) and writes nothing.
   */
  async hasWork(kinds: readonly string[], exclude: readonly number[]): Promise<{ claimable: boolean; expired: boolean }> {
    if (kinds.length === 0) return { claimable: false, expired: false };
    const now = this.clock.now().toISOString();
    const row = await this.db.selectFrom('jobs').select(['status', 'lease_expires_at', 'attempts', 'max_attempts'])
      .where('kind', 'in', kinds).where('run_after', '<=', now)
      .where((eb) => eb.or([eb('status', '=', 'queued'), eb.and([eb('status', '=', 'running'), eb('lease_expires_at', '<', now)])]))
      .$if(exclude.length > 0, (q) => q.where('id', 'not in', exclude))
      .orderBy('id').limit(1).executeTakeFirst();
    if (!row) return { claimable: false, expired: false };
    const expired = row.status === 'running';
    return { claimable: !expired || row.attempts < row.max_attempts, expired };
  }

  /**
   * Takes the oldest job this runner can run: a queued one, or one whose lease expired (its server
   * stopped) with attempts left. PostgreSQL: one UPDATE of the row a FOR UPDATE SKIP LOCKED
   * subquery picked (concurrent runners pick different rows); SQLite: the same in one BEGIN
   * IMMEDIATE transaction (one writer at a time), made by the writer thread when the database is a file.
   */
  async claim(owner: string, kinds: readonly string[], exclude: readonly number[], leaseMs: number): Promise<JobRow | undefined> {
    if (kinds.length === 0) return undefined;
    const now = this.clock.now();
    const at = now.toISOString();
    const until = new Date(now.getTime() + leaseMs).toISOString();
    const candidate = (db: Executor) => db.selectFrom('jobs').select('id')
      .where('kind', 'in', kinds).where('run_after', '<=', at)
      .where((eb) => eb.or([
        eb('status', '=', 'queued'),
        eb.and([eb('status', '=', 'running'), eb('lease_expires_at', '<', at), eb('attempts', '<', eb.ref('max_attempts'))]),
      ]))
      .$if(exclude.length > 0, (q) => q.where('id', 'not in', exclude))
      .orderBy('id').limit(1);
    const claimed = {
      status: 'running' as const, lease_owner: owner, lease_expires_at: until, updated_at: at,
      attempts: sql<number>`attempts + 1`, started_at: sql<string>`coalesce(started_at, ${at})`,
    };
    const writer = await this.#sqliteWriter();
    if (writer) return writer.run('claim', { owner, kinds, exclude, at, until });
    if (this.dialect === 'postgres') {
      return this.db.updateTable('jobs').set(claimed)
        .where('id', '=', candidate(this.db).forUpdate().skipLocked())
        .returningAll().executeTakeFirst();
    }
    return this.db.transaction().execute(async (trx) => {
      const row = await candidate(trx).executeTakeFirst();
      if (!row) return undefined;
      return trx.updateTable('jobs').set(claimed).where('id', '=', row.id).returningAll().executeTakeFirst();
    });
  }

  /** Extends the lease (and records progress, if given); false when the lease was lost to another runner. */
  async heartbeat(id: number, owner: string, leaseMs: number, progress?: JobProgress): Promise<boolean> {
    const now = this.clock.now();
    const writer = await this.#sqliteWriter();
    if (writer) return writer.run('heartbeat', { id, owner, until: new Date(now.getTime() + leaseMs).toISOString(), at: now.toISOString(), progress });
    const result = await this.db.updateTable('jobs')
      .set({
        lease_expires_at: new Date(now.getTime() + leaseMs).toISOString(), updated_at: now.toISOString(),
        ...(progress ? { progress_done: progress.done, progress_total: progress.total, progress_phase: progress.phase } : {}),
      })
      .where('id', '=', id).where('lease_owner', '=', owner).where('status', '=', 'running').executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** The upload of a job. */
  async upload(id: number): Promise<Upload | undefined> {
    const row = await this.db.selectFrom('job_blobs').select(['file_name', 'bytes']).where('job_id', '=', id).executeTakeFirst();
    return row ? { fileName: row.file_name, buffer: row.bytes } : undefined;
  }

  /**
   * The run succeeded: its result kept, its upload deleted, its last progress (not written yet) with
   * them, as done. False when the lease had been lost.
   */
  async succeed(id: number, owner: string, result: unknown, progress?: JobProgress): Promise<boolean> {
    const now = this.clock.now().toISOString();
    const writer = await this.#sqliteWriter();
    if (writer) return writer.run('succeed', { id, owner, resultJson: result === undefined ? null : JSON.stringify(result), at: now, progress });
    return this.db.transaction().execute(async (trx) => {
      const updated = await trx.updateTable('jobs')
        .set({
          status: 'succeeded', result_json: result === undefined ? null : JSON.stringify(result), finished_at: now, updated_at: now,
          lease_expires_at: null, error_status: null, error_code: null, error_params_json: null,
          ...(progress
            ? { progress_done: progress.total ?? progress.done, progress_total: progress.total, progress_phase: progress.phase }
            : { progress_done: sql<number>`coalesce(progress_total, progress_done)` }),
        })
        .where('id', '=', id).where('lease_owner', '=', owner).where('status', '=', 'running').executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) return false;
      await trx.deleteFrom('job_blobs').where('job_id', '=', id).execute();
      return true;
    });
  }

  /**
   * The run failed: queued again when the failure may pass and attempts are left, else failed for
   * good with its code (audited, the upload deleted). False when the lease had been lost.
   */
  async fail(job: JobRow, owner: string, failure: JobFailure, ctx: RequestContext | null, retryAfterMs: number): Promise<'retry' | 'failed' | 'lost'> {
    const now = this.clock.now();
    const at = now.toISOString();
    const error = { error_status: failure.status, error_code: failure.code, error_params_json: JSON.stringify(failure.params) };
    const again = failure.retry && job.attempts < job.max_attempts;
    return this.db.transaction().execute(async (trx) => {
      const values: Updateable<JobsTable> = again
        ? { status: 'queued', run_after: new Date(now.getTime() + retryAfterMs).toISOString(), ...error }
        : { status: 'failed', finished_at: at, ...error };
      const updated = await trx.updateTable('jobs').set({ ...values, lease_expires_at: null, updated_at: at })
        .where('id', '=', job.id).where('lease_owner', '=', owner).where('status', '=', 'running').executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) return 'lost';
      if (again) return 'retry';
      await trx.deleteFrom('job_blobs').where('job_id', '=', job.id).execute();
      await this.audit.append(trx, ctx, {
        action: AuditActions.jobFail, entityType: AuditEntityTypes.job, entityId: job.id, result: failure.audit === 'denied' ? 'denied' : 'failed',
        after: { kind: job.kind, attempts: job.attempts, code: failure.code },
      });
      return 'failed';
    });
  }

  /** The server stops before the job ended: queued again at once for another server (the run counts as an attempt). */
  async release(id: number, owner: string): Promise<void> {
    const at = this.clock.now().toISOString();
    const writer = await this.#sqliteWriter();
    if (writer) return writer.run('release', { id, owner, at });
    await this.db.updateTable('jobs').set({ status: 'queued', lease_owner: null, lease_expires_at: null, run_after: at, updated_at: at })
      .where('id', '=', id).where('lease_owner', '=', owner).where('status', '=', 'running').execute();
  }

  /**
   * Ends what no runner will: a job whose lease expired with no attempt left (its servers kept
   * stopping: JOB_INTERRUPTED), a job queued longer than JOB_LIMITS.queuedMs (JOB_EXPIRED). Each is
   * audited as failed and its upload deleted.
   */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    const at = now.toISOString();
    const stale = new Date(now.getTime() - JOB_LIMITS.queuedMs).toISOString();
    const rows = await this.db.selectFrom('jobs').select(['id', 'kind', 'status', 'attempts', 'context_json', 'created_by'])
      .where((eb) => eb.or([
        eb.and([eb('status', '=', 'running'), eb('lease_expires_at', '<', at), eb('attempts', '>=', eb.ref('max_attempts'))]),
        eb.and([eb('status', '=', 'queued'), eb('run_after', '<', stale)]),
      ]))
      .orderBy('id').limit(100).execute();
    let ended = 0;
    for (const row of rows) {
      const code = row.status === 'running' ? 'JOB_INTERRUPTED' : 'JOB_EXPIRED';
      const done = await this.db.transaction().execute(async (trx) => {
        const updated = await trx.updateTable('jobs')
          .set({ status: 'failed', error_status: 503, error_code: code, error_params_json: '{}', finished_at: at, updated_at: at, lease_expires_at: null })
          .where('id', '=', row.id).where('status', '=', row.status)
          .$if(row.status === 'running', (q) => q.where('lease_expires_at', '<', at))
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) return false;
        await trx.deleteFrom('job_blobs').where('job_id', '=', row.id).execute();
        const ctx = await contextOf(trx, row);
        await this.audit.append(trx, ctx, {
          action: AuditActions.jobFail, entityType: AuditEntityTypes.job, entityId: row.id, result: 'failed',
          after: { kind: row.kind, attempts: row.attempts, code },
        });
        return true;
      });
      if (done) ended++;
    }
    return ended;
  }
}

/** Which statuses end a job (its upload is gone then). */
export const FINISHED_STATUSES = finished;
