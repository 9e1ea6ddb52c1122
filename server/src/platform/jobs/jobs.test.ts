import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Job } from '@hongtu/contracts';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { workbook } from '../../features/spreadsheets/spreadsheets.test-helpers';
import { queueTargetsUpload } from '../../features/targets/targets.test-helpers';
import { AppError } from '../errors/app-error';
import type { RequestContext } from '../permissions/actor';
import { defineJob, type JobHandlers } from './job-handler';
import { JOB_LIMITS } from './job-queue';
import { secondServer, waitForJob } from './jobs.test-helpers';

const HEADER = ['组织编码', '组织名称', '指标编码', '指标名称', '单位', '目标值'];

/** How often each test kind ran, by job id (cleared for each database). */
const runs = new Map<number, number>();
const count = (id: number) => runs.set(id, (runs.get(id) ?? 0) + 1).get(id)!;

/** The runs of test.single under way, the most seen at once, and how to let each waiting run end. */
const single = { running: 0, most: 0, release: [] as (() => void)[] };

/** Kinds of these tests only, registered on the servers that run them. */
const handlers: JobHandlers = {
  'test.echo': defineJob({
    access: 'indicator.read', payload: z.object({ text: z.string() }),
    run: async (job) => {
      count(job.id);
      await job.progress({ done: 1, total: 2, phase: 'echo' });
      return { echo: job.payload.text, attempt: job.attempt, by: job.ctx.actor!.username };
    },
  }),
  'test.once': defineJob({ access: 'indicator.read', payload: z.object({}), maxAttempts: 1, run: async () => ({ ok: true }) }),
  // One at a time per server; each run waits until the test lets it end, and notes how many of its kind ran beside it.
  'test.single': defineJob({
    access: 'indicator.read', payload: z.object({}), perServer: 1,
    run: async () => {
      single.running += 1;
      single.most = Math.max(single.most, single.running);
      await new Promise<void>((resolve) => single.release.push(resolve));
      single.running -= 1;
      return { ok: true };
    },
  }),
  'test.crash': defineJob({
    access: 'indicator.read', payload: z.object({}),
    run: async (job) => {
      count(job.id);
      throw new Error('boom: a stack the user never sees');
    },
  }),
  'test.flaky': defineJob({
    access: 'indicator.read', payload: z.object({}),
    run: async (job) => {
      if (count(job.id) < 3) throw new Error('not yet');
      return { attempt: job.attempt };
    },
  }),
  'test.refuse': defineJob({
    access: 'indicator.read', payload: z.object({}),
    run: async (job) => {
      count(job.id);
      throw new AppError(422, 'IMPORT_TARGET_EMPTY');
    },
  }),
  'test.city': defineJob({ access: 'target.manage', payload: z.object({}), run: async () => ({ ok: true }) }),
  'test.steps': defineJob({
    access: 'indicator.read', payload: z.object({}),
    run: async (job) => {
      await job.progress({ done: 1, total: 3, phase: 'read' });
      await job.progress({ done: 2, total: 3, phase: 'draw' });
      await gate.reached();
      await job.progress({ done: 3, total: 3, phase: 'store' });
      return { ok: true };
    },
  }),
};

/** Holds test.steps half-way until the test lets it go on. */
const gate = (() => {
  let arrived: () => void = () => undefined;
  let release: () => void = () => undefined;
  let arrival = new Promise<void>((resolve) => { arrived = resolve; });
  let going = new Promise<void>((resolve) => { release = resolve; });
  return {
    reached: () => { arrived(); return going; },
    /** Waits for the handler to reach the gate. */
    arrival: () => arrival,
    open: () => {
      release();
      arrival = new Promise<void>((resolve) => { arrived = resolve; });
      going = new Promise<void>((resolve) => { release = resolve; });
    },
  };
})();

describeEachDialect('Jobs: a durable queue on the database, run by any app server', (dialect) => {
  let t: TestApp;
  let reviewer: string;
  let wuchang: string;
  let jiangan: string;
  /** A server that queues jobs and runs none (HONGTU_JOB_CONCURRENCY=0), with the test kinds. */
  let front: Awaited<ReturnType<typeof secondServer>>;

  /** The context of a request by a demo user (the test kinds are queued through the queue itself). */
  async function asUser(username: string): Promise<RequestContext> {
    const u = await t.database.db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'u.locale', 'u.organisation_id', 'o.name', 'o.path'])
      .where('u.username', '=', username).executeTakeFirstOrThrow();
    return {
      actor: {
        userId: u.id, username: u.username, displayName: u.display_name, role: u.role, organisationId: u.organisation_id,
        organisationName: u.name, organisationPath: u.path, locale: u.locale, sessionId: 'test',
      },
      ip: '127.0.0.1', requestId: `test-${username}`, locale: 'zh-CN', userAgent: null, audited: false,
    };
  }

  const enqueue = async (username: string, kind: string, payload: unknown = {}, options: { runAfter?: Date } = {}) =>
    (await front.app.jobs.queue.enqueue(await asUser(username), { kind, payload, ...options })).id;
  const row = (id: number) => t.database.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    runs.clear();
    t = await buildTestApp(dialect);
    // The test app's own server takes no jobs here: which server runs each job is the point.
    await t.app.jobs.runner.stop();
    reviewer = await t.login('reviewer');
    wuchang = await t.login('wuchang');
    jiangan = await t.login('jiangan');
    front = await secondServer(t, { jobs: { concurrency: 0, handlers } });
  });
  afterAll(async () => {
    await front.close();
    await t.close();
  });

  it('a targets dry run queued on one server is run by another: the upload is read from the database, the result served by the first', async () => {
    const file = await workbook([HEADER, ['420106', '武昌区', 'gdp', '', '', 1300], ['420102', '江岸区', 'gdp', '', '', 1500]]);
    const queued = await queueTargetsUpload(t, reviewer, 2070, file, { fileName: '目标.xlsx' });
    expect(queued.statusCode, queued.body).toBe(202);
    const job = queued.json() as Job;
    expect(job).toMatchObject({ kind: 'targets.import-check', status: 'queued', attempts: 0, maxAttempts: 3, result: null, error: null });
    const blob = await t.database.db.selectFrom('job_blobs').select(['file_name', 'size']).where('job_id', '=', job.id).executeTakeFirstOrThrow();
    expect(blob).toEqual({ file_name: '目标.xlsx', size: file.length });

    const worker = await secondServer(t, { jobs: { pollMs: 20 } });
    try {
      const done = await waitForJob(t, reviewer, job.id, { runner: worker.app });
      expect(done).toMatchObject({ status: 'succeeded', attempts: 1, progress: { done: 3, total: 3, phase: 'store' }, error: null });
      expect(done.result).toMatchObject({ fileName: '目标.xlsx', year: 2070, rowsParsed: 2, organisations: 2, inserts: 2, blocking: false });
      expect((await row(job.id)).lease_owner).toBe(worker.app.jobs.runner.owner);
      // The upload is gone once the job ended.
      expect(await t.database.db.selectFrom('job_blobs').select('job_id').where('job_id', '=', job.id).execute()).toEqual([]);

      // Its commit, queued on the first server, is run by the other as well.
      const commit = await t.app.inject({ method: 'POST', url: `/api/target-imports/${(done.result as { batchId: number }).batchId}/commit`, headers: { cookie: reviewer } });
      expect(commit.statusCode, commit.body).toBe(202);
      const committed = await waitForJob(t, reviewer, (commit.json() as Job).id, { runner: worker.app });
      expect(committed).toMatchObject({ status: 'succeeded', result: { status: 'committed', year: 2070, inserted: 2, repeated: false } });
      const audit = await t.database.db.selectFrom('audit_log').select(['action', 'entity_id', 'request_id']).where('action', 'in', ['job.enqueue', 'target.import'])
        .orderBy('id').execute();
      // Queuing is audited by the request; the import by the job, under the request that queued it.
      expect(audit.map((a) => a.action)).toEqual(['job.enqueue', 'job.enqueue', 'target.import']);
      expect(audit[2]!.request_id).toBe(audit[1]!.request_id);
    } finally {
      await worker.close();
    }
  });

  it('a job whose server stopped is taken over by another once its lease expires, and run again', async () => {
    const id = await enqueue('reviewer', 'test.echo', { text: '你好' });
    // A runner claims it and dies: its lease is never extended.
    const claimed = await front.app.jobs.queue.claim('dead-runner', ['test.echo'], [], 60_000);
    expect(claimed).toMatchObject({ id, status: 'running', attempts: 1, lease_owner: 'dead-runner' });

    const worker = await secondServer(t, { jobs: { pollMs: 20, handlers } });
    try {
      // Within the lease the job stays the dead runner's.
      worker.app.jobs.runner.wake();
      await worker.app.jobs.runner.idle();
      expect(await row(id)).toMatchObject({ status: 'running', lease_owner: 'dead-runner', attempts: 1 });
      expect(runs.get(id)).toBeUndefined();

      t.clock.advanceMinutes(2);
      const done = await waitForJob(t, reviewer, id, { runner: worker.app });
      expect(done).toMatchObject({ status: 'succeeded', attempts: 2, result: { echo: '你好', attempt: 2, by: 'reviewer' } });
      expect(runs.get(id)).toBe(1);
      expect((await row(id)).lease_owner).toBe(worker.app.jobs.runner.owner);
    } finally {
      await worker.close();
    }
  });

  it('a job whose servers kept stopping fails with JOB_INTERRUPTED once no attempt is left', async () => {
    const id = await enqueue('reviewer', 'test.once');
    await front.app.jobs.queue.claim('dead-runner', ['test.once'], [], 60_000);
    t.clock.advanceMinutes(2);
    const worker = await secondServer(t, { jobs: { pollMs: 20, handlers } });
    try {
      const done = await waitForJob(t, reviewer, id, { runner: worker.app, locale: 'en' });
      expect(done).toMatchObject({ status: 'failed', attempts: 1, error: { status: 503, code: 'JOB_INTERRUPTED' } });
      expect(done.error!.message).toContain('stopped too many times');
      const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'job.fail').where('entity_id', '=', String(id)).executeTakeFirstOrThrow();
      expect(audit).toMatchObject({ result: 'failed', entity_type: 'job', actor_name: 'reviewer', request_id: 'test-reviewer' });
    } finally {
      await worker.close();
    }
  });

  it('writes a job\'s progress at most every progressMs, and the last one with its outcome', async () => {
    const progressOf = async (id: number) => {
      const r = await row(id);
      return { status: r.status, done: r.progress_done, total: r.progress_total, phase: r.progress_phase };
    };
    // Within its first progressMs a job's progress stays in the runner: nothing is written before it ends.
    const quiet = await secondServer(t, { jobs: { pollMs: 20, handlers, progressMs: 60_000 } });
    try {
      const id = await enqueue('reviewer', 'test.steps');
      quiet.app.jobs.runner.wake();
      await gate.arrival();
      expect(await progressOf(id)).toEqual({ status: 'running', done: 0, total: null, phase: null });
      gate.open();
      await quiet.app.jobs.runner.idle();
      expect(await progressOf(id)).toEqual({ status: 'succeeded', done: 3, total: 3, phase: 'store' });
    } finally {
      await quiet.close();
    }
    // Past progressMs it is written when told (a lost lease would make the handler's call throw).
    const eager = await secondServer(t, { jobs: { pollMs: 20, handlers, progressMs: 0 } });
    try {
      const id = await enqueue('reviewer', 'test.steps');
      eager.app.jobs.runner.wake();
      await gate.arrival();
      expect(await progressOf(id)).toEqual({ status: 'running', done: 2, total: 3, phase: 'draw' });
      gate.open();
      await eager.app.jobs.runner.idle();
      expect(await progressOf(id)).toEqual({ status: 'succeeded', done: 3, total: 3, phase: 'store' });
    } finally {
      await eager.close();
    }
  });

  it('a runner claims, extends and finishes a job under its own lease; on SQLite those writes come from a connection of their own (a writer thread)', async () => {
    // SQLite's data_version changes on a connection when another connection commits, never for its own
    // commits; PostgreSQL's runners write through the server's pool, and only the lease is checked.
    const onSqlite = dialect === 'sqlite';
    const version = async () => (onSqlite ? Number((await sql<{ data_version: number }>`pragma data_version`.execute(front.database.db)).rows[0]!.data_version) : 0);
    const id = await enqueue('reviewer', 'test.echo', { text: 'w' });
    const before = await version();
    const claimed = await front.app.jobs.queue.claim('writer-check', ['test.echo'], [], 60_000);
    expect(claimed).toMatchObject({ id, status: 'running', lease_owner: 'writer-check', attempts: 1 });
    const afterClaim = await version();
    if (onSqlite) expect(afterClaim).not.toBe(before);
    expect(await front.app.jobs.queue.heartbeat(id, 'writer-check', 60_000, { done: 1, total: 2, phase: 'echo' })).toBe(true);
    expect(await front.app.jobs.queue.heartbeat(id, 'another-runner', 60_000)).toBe(false);
    expect(await front.app.jobs.queue.succeed(id, 'another-runner', { ok: false })).toBe(false);
    expect(await front.app.jobs.queue.succeed(id, 'writer-check', { ok: true })).toBe(true);
    if (onSqlite) expect(await version()).not.toBe(afterClaim);
    expect(await row(id)).toMatchObject({ status: 'succeeded', progress_done: 2, progress_total: 2, progress_phase: 'echo', result_json: '{"ok":true}' });
  });

  it('two servers taking jobs at the same time run each job once', async () => {
    const users = ['reviewer', 'leader', 'fgw', 'xisaishan'];
    const ids: number[] = [];
    for (const username of users) for (let i = 0; i < 3; i++) ids.push(await enqueue(username, 'test.echo', { text: `${username}-${i}` }));
    const one = await secondServer(t, { jobs: { pollMs: 20, concurrency: 2, handlers } });
    const two = await secondServer(t, { jobs: { pollMs: 20, concurrency: 2, handlers } });
    try {
      const finished = async () => (await t.database.db.selectFrom('jobs').select('id').where('id', 'in', ids).where('status', '=', 'succeeded').execute()).length;
      for (let read = 0; read < 2000 && (await finished()) < ids.length; read++) {
        await Promise.all([one.app.jobs.runner.idle(), two.app.jobs.runner.idle()]);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(ids.map((id) => runs.get(id))).toEqual(ids.map(() => 1));
      const rows = await t.database.db.selectFrom('jobs').select(['status', 'attempts', 'lease_owner']).where('id', 'in', ids).execute();
      expect(rows.every((r) => r.status === 'succeeded' && r.attempts === 1)).toBe(true);
      const owners = new Set([one.app.jobs.runner.owner, two.app.jobs.runner.owner]);
      expect(rows.every((r) => owners.has(r.lease_owner!))).toBe(true);
    } finally {
      await one.close();
      await two.close();
    }
  });

  it('a kind bounded per server runs one job at a time there, while other kinds still run beside it', async () => {
    const ids = [await enqueue('reviewer', 'test.single'), await enqueue('leader', 'test.single')];
    const runner = await secondServer(t, { jobs: { pollMs: 20, concurrency: 3, handlers } });
    try {
      await expect.poll(() => single.running, { timeout: 5_000 }).toBe(1);
      // Another kind is taken while the bounded one runs.
      const echo = await enqueue('fgw', 'test.echo', { text: 'beside' });
      await expect.poll(async () => (await row(echo)).status, { timeout: 5_000 }).toBe('succeeded');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(single.running).toBe(1);
      expect((await row(ids[1]!)).status).toBe('queued');
      single.release.shift()!();
      await expect.poll(async () => (await row(ids[1]!)).status, { timeout: 5_000 }).toBe('running');
      single.release.shift()!();
      await expect.poll(async () => (await Promise.all(ids.map(row))).map((r) => r.status), { timeout: 5_000 }).toEqual(['succeeded', 'succeeded']);
      expect(single.most).toBe(1);
    } finally {
      for (const release of single.release.splice(0)) release();
      await runner.close();
    }
  });

  describe('failures', () => {
    let worker: Awaited<ReturnType<typeof secondServer>>;
    beforeAll(async () => {
      worker = await secondServer(t, { jobs: { pollMs: 20, handlers } });
    });
    afterAll(() => worker.close());

    it('a handler that keeps failing ends failed after its max attempts, with a code and no stack', async () => {
      const id = await enqueue('reviewer', 'test.crash');
      const done = await waitForJob(t, reviewer, id, { runner: worker.app, locale: 'en' });
      expect(done).toMatchObject({ status: 'failed', attempts: 3, maxAttempts: 3, error: { status: 500, code: 'INTERNAL' } });
      expect(done.error!.message).toBe('Internal server error; please try again later (request test-reviewer)');
      expect(JSON.stringify(done)).not.toContain('boom');
      expect(runs.get(id)).toBe(3);
      const stored = await row(id);
      expect(stored).toMatchObject({ status: 'failed', error_code: 'INTERNAL', result_json: null });
      expect(JSON.stringify(stored)).not.toContain('boom');
      const fails = await t.database.db.selectFrom('audit_log').select('after_json').where('action', '=', 'job.fail').where('entity_id', '=', String(id)).execute();
      expect(fails.map((f) => JSON.parse(f.after_json!))).toEqual([{ kind: 'test.crash', attempts: 3, code: 'INTERNAL' }]);
    });

    it('a failure that may pass is run again: the third attempt succeeds', async () => {
      const id = await enqueue('reviewer', 'test.flaky');
      const done = await waitForJob(t, reviewer, id, { runner: worker.app });
      expect(done).toMatchObject({ status: 'succeeded', attempts: 3, result: { attempt: 3 }, error: null });
    });

    it('a refusal (an AppError below 500) is final at once, told in the reader\'s language', async () => {
      const id = await enqueue('reviewer', 'test.refuse');
      const done = await waitForJob(t, reviewer, id, { runner: worker.app, locale: 'zh-TW' });
      expect(done).toMatchObject({ status: 'failed', attempts: 1, error: { status: 422, code: 'IMPORT_TARGET_EMPTY' } });
      expect(done.error!.message).not.toBe('');
      expect(runs.get(id)).toBe(1);
    });

    it('a user who lost the permission since queuing gets the job refused when it runs', async () => {
      const ctx = await asUser('reviewer');
      const id = await enqueue('reviewer', 'test.city', {}, { runAfter: new Date(t.clock.now().getTime() + 60_000) });
      await t.database.db.updateTable('users').set({ role: 'leader' }).where('id', '=', ctx.actor!.userId).execute();
      try {
        t.clock.advanceMinutes(2);
        const done = await waitForJob(t, reviewer, id, { runner: worker.app });
        expect(done).toMatchObject({ status: 'failed', attempts: 1, error: { status: 403, code: 'FORBIDDEN' } });
      } finally {
        await t.database.db.updateTable('users').set({ role: 'city_reviewer' }).where('id', '=', ctx.actor!.userId).execute();
      }
    });
  });

  describe('who sees and cancels a job', () => {
    let ownJob: number;
    let cityJob: number;
    beforeAll(async () => {
      // Held back (run_after ahead), so that no server takes them during these tests.
      const later = new Date(t.clock.now().getTime() + 3_600_000);
      ownJob = await enqueue('wuchang', 'test.echo', { text: 'x' }, { runAfter: later });
      // A targets commit: the kind the test app's own server knows (cancelling asks for its permission).
      cityJob = await enqueue('reviewer', 'targets.import-commit', { batchId: 1 }, { runAfter: later });
    });
    const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

    it('a district reads its own jobs; another district\'s job answers 404, like a missing one, and is left out of its list', async () => {
      expect((await get(wuchang, `/api/jobs/${ownJob}`)).json()).toMatchObject({ id: ownJob, status: 'queued', createdByName: '武昌区发改局填报员' });
      const other = await get(jiangan, `/api/jobs/${ownJob}`);
      const missing = await get(jiangan, '/api/jobs/999999');
      expect(other.statusCode).toBe(404);
      expect(missing.statusCode).toBe(404);
      expect({ ...other.json(), requestId: null }).toEqual({ ...missing.json(), requestId: null });
      expect((await get(jiangan, `/api/jobs/${cityJob}`)).statusCode).toBe(404);
      expect((await get(wuchang, `/api/jobs/${cityJob}`)).statusCode).toBe(404);
      const ids = (cookie: string, query = '') => get(cookie, `/api/jobs${query}`).then((r) => (r.json().items as Job[]).map((j) => j.id));
      expect(await ids(jiangan)).not.toContain(ownJob);
      expect(await ids(wuchang)).toContain(ownJob);
      expect(await ids(wuchang)).not.toContain(cityJob);
      // The city sees its districts' jobs too; `mine` keeps its own.
      expect(await ids(reviewer)).toEqual(expect.arrayContaining([ownJob, cityJob]));
      expect(await ids(reviewer, '?mine=true')).not.toContain(ownJob);
      expect(await ids(reviewer, '?status=queued&kind=targets.import-commit')).toEqual([cityJob]);
    });

    it('cancels a queued job (its upload deleted, audited); a job no longer queued cannot be', async () => {
      const cancelled = await t.app.inject({ method: 'POST', url: `/api/jobs/${cityJob}/cancel`, headers: { cookie: reviewer } });
      expect(cancelled.statusCode, cancelled.body).toBe(200);
      expect(cancelled.json()).toMatchObject({ id: cityJob, status: 'cancelled' });
      expect(await t.database.db.selectFrom('audit_log').select('entity_id').where('action', '=', 'job.cancel').execute()).toEqual([{ entity_id: String(cityJob) }]);
      const again = await t.app.inject({ method: 'POST', url: `/api/jobs/${cityJob}/cancel`, headers: { cookie: reviewer, 'accept-language': 'en' } });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: 'JOB_NOT_QUEUED' });
      // A district holds no job kind's permission here: refused before the job is looked up.
      expect((await t.app.inject({ method: 'POST', url: `/api/jobs/${ownJob}/cancel`, headers: { cookie: wuchang } })).statusCode).toBe(403);
    });
  });

  describe('bounds', () => {
    it('keeps no upload over the limit, and at most a few waiting jobs per user', async () => {
      const ctx = await asUser('leader');
      const big = { fileName: 'big.xlsx', buffer: Buffer.alloc(JOB_LIMITS.blobBytes + 1) };
      await expect(front.app.jobs.queue.enqueue(ctx, { kind: 'test.echo', payload: { text: 'x' }, upload: big })).rejects.toMatchObject({ status: 413, code: 'JOB_TOO_LARGE' });
      const later = new Date(t.clock.now().getTime() + 3_600_000);
      for (let i = 0; i < JOB_LIMITS.activePerUser; i++) await front.app.jobs.queue.enqueue(ctx, { kind: 'test.echo', payload: { text: 'x' }, runAfter: later });
      await expect(front.app.jobs.queue.enqueue(ctx, { kind: 'test.echo', payload: { text: 'x' } })).rejects.toMatchObject({ status: 429, code: 'JOB_TOO_MANY' });
      // A payload its kind does not accept is refused before anything is stored.
      await expect(front.app.jobs.queue.enqueue(await asUser('reviewer'), { kind: 'test.echo', payload: { text: 1 } })).rejects.toThrow();
    });
  });
});
