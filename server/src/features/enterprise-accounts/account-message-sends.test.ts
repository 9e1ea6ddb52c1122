import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditActions } from '@hongtu/contracts';
import { AuditTrail, type AuditEvent } from '../../platform/audit/audit-trail';
import type { Deps } from '../../platform/deps';
import { createEdge } from '../../platform/http/edge';
import type { RequestContext } from '../../platform/permissions/actor';
import type { Executor } from '../../db/database';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import Fastify from 'fastify';
import { ACCOUNT_MESSAGE_OUTBOX, ACCOUNT_MESSAGE_RETRY_DELAYS_MS, ENTERPRISE_ACCOUNT_JOBS } from './account-message-sends';
import { sweepOutbox, sweepOutboxRegularly } from './message-outbox-sweep';
import { createEnterpriseAccountReview } from './enterprise-accounts.review';
import { createEnterpriseSession, enterpriseCookieName } from './enterprise-session';
import { insertAccount } from './enterprise-accounts.test-helpers';
import { capturingProofSender, useProofSender, type ProofSender } from './proof-sender';

/** A gateway that is down: every message refused, each try counted. */
function refusingSender(): ProofSender & { tries: number } {
  const sender = { tries: 0, canSend: () => true, async send() { sender.tries += 1; throw new Error('gateway answered 502'); } };
  return sender;
}

describeEachDialect('enterprise accounts: the messages of a confirmation or rejection, sent by a job with backoff', (dialect) => {
  let t: TestApp;
  let sent: ReturnType<typeof capturingProofSender>;

  beforeAll(async () => { t = await buildTestApp(dialect); });
  afterAll(async () => { useProofSender(null); await t.close(); });
  beforeEach(() => { sent = capturingProofSender(); useProofSender(sent); });

  /** The jobs due now have run (the runner looks for work now rather than at its next poll). */
  const runDue = async () => {
    t.app.jobs.runner.wake();
    await t.app.jobs.runner.idle();
  };
  const outbox = () => t.database.db.selectFrom('enterprise_account_message_sends').select(['message_id', 'job_id', 'attempts']).orderBy('message_id').execute();
  const jobOf = (id: number) => t.database.db.selectFrom('jobs').select(['status', 'attempts', 'run_after', 'updated_at']).where('id', '=', id).executeTakeFirstOrThrow();
  const messagesOf = async (accountId: number) => (await t.database.db.selectFrom('enterprise_account_messages').select('id').where('account_id', '=', accountId).execute()).map((m) => m.id);
  const count = async (table: 'enterprise_account_messages' | 'enterprise_account_message_sends' | 'jobs') =>
    Number((await t.database.db.selectFrom(table).select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const confirm = async (id: number, username = 'wuchang') =>
    t.app.inject({ method: 'POST', url: `/api/enterprise-accounts/${id}/confirm`, headers: { cookie: await t.login(username) } });

  it('a confirmation while the gateway is down is committed; its message goes out once a later run finds the gateway back', async () => {
    const refusing = refusingSender();
    useProofSender(refusing);
    const id = await insertAccount(t, '420106');
    const response = await confirm(id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: 'confirmed' });
    const [messageId] = await messagesOf(id);
    const [waiting] = await outbox();
    expect(waiting).toMatchObject({ message_id: messageId, attempts: 0 });

    await runDue();
    expect(refusing.tries).toBe(1);
    // The confirmation stands; the message waits, its job queued again for later.
    const account = await t.database.db.selectFrom('enterprise_accounts').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    expect(account.status).toBe('confirmed');
    expect(await outbox()).toEqual([{ message_id: messageId, job_id: waiting!.job_id, attempts: 1 }]);
    const job = await jobOf(waiting!.job_id!);
    expect(job).toMatchObject({ status: 'queued', attempts: 1 });
    expect(Date.parse(job.run_after) - Date.parse(job.updated_at)).toBe(ACCOUNT_MESSAGE_RETRY_DELAYS_MS[0]);
    // Not run again before its wait is over.
    await runDue();
    expect(refusing.tries).toBe(1);

    useProofSender(sent);
    t.clock.advanceMinutes(ACCOUNT_MESSAGE_RETRY_DELAYS_MS[0] / 60_000);
    await runDue();
    expect(sent.messages).toMatchObject([{ channel: 'email', to: 'zhang@example.com' }]);
    expect(sent.messages[0]!.text).toContain('已确认');
    expect(await outbox()).toEqual([]);
    expect(await jobOf(waiting!.job_id!)).toMatchObject({ status: 'succeeded', attempts: 2 });
  });

  it('a gateway that keeps refusing: each wait longer than the last, the job ends after its runs, the next job sends what was left', async () => {
    const refusing = refusingSender();
    useProofSender(refusing);
    const rejectedId = await insertAccount(t, '420106');
    const rejected = await t.app.inject({ method: 'POST', url: `/api/enterprise-accounts/${rejectedId}/reject`, headers: { cookie: await t.login('reviewer') }, payload: { reason: '材料不符' } });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const jobId = (await outbox())[0]!.job_id!;
    const waits: number[] = [];
    for (;;) {
      await runDue();
      const job = await jobOf(jobId);
      if (job.status !== 'queued') {
        expect(job).toMatchObject({ status: 'failed', attempts: ACCOUNT_MESSAGE_RETRY_DELAYS_MS.length + 1 });
        break;
      }
      const wait = Date.parse(job.run_after) - Date.parse(job.updated_at);
      waits.push(wait);
      t.clock.advanceMinutes(wait / 60_000);
    }
    expect(waits).toEqual([30_000, 120_000, 600_000, 1_800_000, 7_200_000]);
    expect(refusing.tries).toBe(6);
    expect((await outbox()).map((r) => r.attempts)).toEqual([6]);

    useProofSender(sent);
    const confirmedId = await insertAccount(t, '420106');
    expect((await confirm(confirmedId)).statusCode).toBe(200);
    await runDue();
    // Two messages of two jobs' runs: compared without their order.
    expect(sent.messages.map((m) => m.text).sort()).toEqual(['您的企业入驻申请状态已更新：已确认，可查看可能适用的政策', '您的企业入驻申请状态已更新：未通过 — 材料不符'].sort());
    expect(await outbox()).toEqual([]);
  });

  it('an account deleted on request while its message waits: the waiting row goes with the message, nothing is sent later', async () => {
    useProofSender(refusingSender());
    const id = await insertAccount(t, '420106');
    expect((await confirm(id)).statusCode).toBe(200);
    const messageId = (await outbox()).at(-1)!.message_id;
    const cookie = `${enterpriseCookieName(false)}=${await createEnterpriseSession(t.database.db, t.clock.now(), id)}`;
    const deleted = await t.app.inject({
      method: 'POST', url: '/portal/account/delete', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'confirm=yes',
    });
    expect(deleted.statusCode).toBe(200);
    expect((await outbox()).filter((r) => r.message_id === messageId)).toEqual([]);
    expect(await messagesOf(id)).toEqual([]);
    useProofSender(sent);
    t.clock.advanceMinutes(ACCOUNT_MESSAGE_RETRY_DELAYS_MS[0] / 60_000);
    await runDue();
    expect(sent.messages.filter((m) => m.to === 'zhang@example.com')).toEqual([]);
  });

  it('a confirmation rolled back after its message was stored: no message, no send job, nothing sent', async () => {
    const id = await insertAccount(t, '420106');
    const user = await t.database.db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['u.id', 'u.role', 'o.id as organisationId', 'o.path']).where('u.username', '=', 'wuchang').executeTakeFirstOrThrow();
    const ctx: RequestContext = {
      actor: { userId: user.id, username: 'wuchang', displayName: '武昌', role: user.role, organisationId: user.organisationId, organisationName: '', organisationPath: user.path, locale: 'zh-CN', sessionId: 'test' },
      ip: '192.0.2.20', requestId: 'rollback', locale: 'zh-CN', userAgent: null, audited: false,
    };
    /** The trail refuses the confirmation's own row (written last in its transaction): the whole change is rolled back. */
    class FailingTrail extends AuditTrail {
      override async append(trx: Executor, actx: RequestContext | null, event: AuditEvent): Promise<void> {
        if (event.action === AuditActions.enterpriseAccountConfirm) throw new Error('the audit trail is unavailable');
        return super.append(trx, actx, event);
      }
    }
    const { database, clock } = t;
    const deps: Deps = {
      db: database.db, dialect: database.dialect, clock, audit: new FailingTrail(database.db, database.dialect, clock),
      config: { secureCookies: false }, edge: createEdge(database, clock).edge, jobs: t.app.jobs.queue,
    };
    const kindJobs = async () => Number((await t.database.db.selectFrom('jobs').select((e) => e.fn.countAll().as('n')).where('kind', '=', ENTERPRISE_ACCOUNT_JOBS.send).executeTakeFirstOrThrow()).n);
    const before = await Promise.all([count('enterprise_account_messages'), count('enterprise_account_message_sends'), kindJobs()]);
    await expect(createEnterpriseAccountReview(deps).confirm(ctx, id)).rejects.toThrow('the audit trail is unavailable');
    expect(await Promise.all([count('enterprise_account_messages'), count('enterprise_account_message_sends'), kindJobs()])).toEqual(before);
    const account = await t.database.db.selectFrom('enterprise_accounts').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    expect(account.status).toBe('pending_confirmation');
    await runDue();
    expect(sent.messages).toEqual([]);
  });

  describe('the outbox sweep: messages no live job holds get one', () => {
    const deps = (): Deps => ({
      db: t.database.db, dialect: t.database.dialect, clock: t.clock, audit: new AuditTrail(t.database.db, t.database.dialect, t.clock),
      config: { secureCookies: false }, edge: createEdge(t.database, t.clock).edge, jobs: t.app.jobs.queue,
    });
    const userId = async (username: string) => (await t.database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
    /** Jobs of another kind that hold the user at their bound on waiting jobs, due long after the test. */
    const holdAtBound = async (username: string) => {
      const user = await t.database.db.selectFrom('users').select(['id', 'organisation_id']).where('username', '=', username).executeTakeFirstOrThrow();
      const now = t.clock.now().toISOString();
      const rows = Array.from({ length: 5 }, () => ({
        kind: 'held.elsewhere', payload_json: '{}', context_json: '{"ip":"192.0.2.1","requestId":"held","locale":"zh-CN","userAgent":null}', status: 'queued' as const,
        progress_done: 0, progress_total: null, progress_phase: null, attempts: 0, max_attempts: 1, run_after: '2999-01-01T00:00:00.000Z',
        lease_owner: null, lease_expires_at: null, result_json: null, error_status: null, error_code: null, error_params_json: null,
        created_by: user.id, organisation_id: user.organisation_id, created_at: now, started_at: null, finished_at: null, updated_at: now,
      }));
      const ids = (await t.database.db.insertInto('jobs').values(rows).returning('id').execute()).map((r) => r.id);
      return async () => { await t.database.db.updateTable('jobs').set({ status: 'cancelled' }).where('id', 'in', ids).execute(); };
    };

    it('a confirmation by an officer at their bound on waiting jobs: the message waits without a job, the sweep queues one as them once they may, and it is sent', async () => {
      const release = await holdAtBound('wuchang');
      const id = await insertAccount(t, '420106');
      expect((await confirm(id)).statusCode).toBe(200);
      const [messageId] = await messagesOf(id);
      expect((await outbox()).filter((r) => r.message_id === messageId)).toEqual([{ message_id: messageId, job_id: null, attempts: 0 }]);
      const queuedBy = await t.database.db.selectFrom('enterprise_account_message_sends').select('queued_by').where('message_id', '=', messageId!).executeTakeFirstOrThrow();
      expect(queuedBy.queued_by).toBe(await userId('wuchang'));
      // Still at the bound: nobody may queue it yet, and nothing is sent.
      expect(await sweepOutbox(deps(), ACCOUNT_MESSAGE_OUTBOX)).toBeNull();
      await runDue();
      expect(sent.messages).toEqual([]);

      await release();
      const jobId = await sweepOutbox(deps(), ACCOUNT_MESSAGE_OUTBOX);
      expect(jobId).not.toBeNull();
      const job = await t.database.db.selectFrom('jobs').select(['kind', 'created_by']).where('id', '=', jobId!).executeTakeFirstOrThrow();
      expect(job).toEqual({ kind: ENTERPRISE_ACCOUNT_JOBS.send, created_by: await userId('wuchang') });
      // A job of the kind is queued or running: a second sweep queues nothing more.
      expect(await sweepOutbox(deps(), ACCOUNT_MESSAGE_OUTBOX)).toBeNull();
      await runDue();
      expect(sent.messages).toMatchObject([{ channel: 'email', to: 'zhang@example.com' }]);
      expect(await outbox()).toEqual([]);
      expect(await sweepOutbox(deps(), ACCOUNT_MESSAGE_OUTBOX)).toBeNull();
    });

    it('a job whose runs were spent while the gateway was down: the sweep queues the next one, as another writer when its officer was disabled', async () => {
      useProofSender(refusingSender());
      const id = await insertAccount(t, '420106');
      expect((await confirm(id)).statusCode).toBe(200);
      const jobId = (await outbox())[0]!.job_id!;
      for (let run = 0; run <= ACCOUNT_MESSAGE_RETRY_DELAYS_MS.length; run++) {
        await runDue();
        t.clock.advanceMinutes(ACCOUNT_MESSAGE_RETRY_DELAYS_MS.at(-1)! / 60_000);
      }
      expect(await jobOf(jobId)).toMatchObject({ status: 'failed' });
      // Rows written before the writer was kept: the spent job's user stands for it.
      await t.database.db.updateTable('enterprise_account_message_sends').set({ queued_by: null }).execute();
      const disabled = await t.database.db.updateTable('users').set({ status: 'disabled' }).where('username', '=', 'wuchang').executeTakeFirst();
      expect(Number(disabled.numUpdatedRows)).toBe(1);
      try {
        // Its only writer is disabled: nobody is found, nothing queued.
        expect(await sweepOutbox(deps(), ACCOUNT_MESSAGE_OUTBOX)).toBeNull();
        // A reviewer's rejection waits behind a job that is still queued; once that job is spent too, the sweep queues as the reviewer.
        const other = await insertAccount(t, '420106');
        const rejected = await t.app.inject({ method: 'POST', url: `/api/enterprise-accounts/${other}/reject`, headers: { cookie: await t.login('reviewer') }, payload: { reason: '材料不符' } });
        expect(rejected.statusCode, rejected.body).toBe(200);
        await t.database.db.updateTable('jobs').set({ status: 'failed' }).where('kind', '=', ENTERPRISE_ACCOUNT_JOBS.send).where('status', '=', 'queued').execute();
        useProofSender(sent);
        const next = await sweepOutbox(deps(), ACCOUNT_MESSAGE_OUTBOX);
        expect(next).not.toBeNull();
        expect((await t.database.db.selectFrom('jobs').select('created_by').where('id', '=', next!).executeTakeFirstOrThrow()).created_by).toBe(await userId('reviewer'));
        await runDue();
        expect(sent.messages.map((m) => m.text).sort()).toEqual(['您的企业入驻申请状态已更新：已确认，可查看可能适用的政策', '您的企业入驻申请状态已更新：未通过 — 材料不符'].sort());
        expect(await outbox()).toEqual([]);
      } finally {
        await t.database.db.updateTable('users').set({ status: 'active' }).where('username', '=', 'wuchang').execute();
      }
    });

    it('each server sweeps when it is ready, and again after its interval', async () => {
      const release = await holdAtBound('wuchang');
      const id = await insertAccount(t, '420106');
      expect((await confirm(id)).statusCode).toBe(200);
      expect((await outbox()).map((r) => r.job_id)).toEqual([null]);
      const app = Fastify({ logger: false });
      sweepOutboxRegularly(app, deps(), ACCOUNT_MESSAGE_OUTBOX, 20);
      try {
        await app.ready();
        // At the bound when the server became ready: nothing queued yet; the next sweeps find it free.
        expect((await outbox()).map((r) => r.job_id)).toEqual([null]);
        await release();
        // The next sweep queues the job through this server's queue, whose runner sends the message.
        await expect.poll(async () => (await outbox()).length, { timeout: 5_000 }).toBe(0);
      } finally {
        await app.close();
      }
      expect(sent.messages).toMatchObject([{ channel: 'email', to: 'zhang@example.com' }]);
    });
  });
});
