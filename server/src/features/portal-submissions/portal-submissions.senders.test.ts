import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '@hongtu/domain';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { capturingProofSender, useProofSender } from '../enterprise-accounts/proof-sender';
import { createEnterpriseSession, enterpriseCookieName } from '../enterprise-accounts/enterprise-session';
import type { PortalAccount } from './portal-submissions.accounts';
import { createPortalSubmissionService } from './portal-submissions.service';
import { depsOf, fakeAccounts, portalCtx, publishedOpportunity } from './portal-submissions.test-support';
import { PORTAL_SUBMISSION_JOBS } from './portal-submissions.sends';
import { problemStatusChanged } from '../enterprise-service/problem-status-hook';
import { secondServer } from '../../platform/jobs/jobs.test-helpers';
import { insertSubmission } from './portal-submissions.test-helpers';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

describeEachDialect('portal submissions: senders (limits per address, told of their records)', (dialect) => {
  let t: TestApp;
  let service: ReturnType<typeof createPortalSubmissionService>;
  let sent: ReturnType<typeof capturingProofSender>;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    service = createPortalSubmissionService(depsOf(t), fakeAccounts());
  });
  beforeEach(() => { sent = capturingProofSender(); useProofSender(sent); });
  afterAll(async () => { useProofSender(null); await t.close(); });

  const count = async (table: 'portal_submissions' | 'portal_submission_events' | 'investment_leads' | 'enterprise_problems' | 'enterprise_account_messages' | 'portal_submission_sends') =>
    Number((await t.database.db.selectFrom(table).select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const messagesOf = async (accountId: number) => (await t.database.db.selectFrom('enterprise_account_messages').select('text')
    .where('account_id', '=', accountId).orderBy('id').execute()).map((m) => m.text);
  /** The send jobs queued by the moves so far have run (the runner looks for work now rather than at its next poll). */
  const sendsRun = async (app = t.app) => {
    app.jobs.runner.wake();
    await app.jobs.runner.idle();
  };

  let serial = 0;
  /** A confirmed enterprise account of the registry's enterprise in that district, as enterprise-accounts stores it. */
  async function account(orgCode: string, name: string): Promise<PortalAccount> {
    serial += 1;
    const body = `91420106${String(Date.now() % 1_000_000).padStart(6, '0')}${String(serial + 500).padStart(3, '0')}`;
    const creditCode = body + creditCodeCheckChar(body);
    const districtId = await t.orgId(orgCode);
    const at = '2026-03-01T00:00:00.000Z';
    const enterprise = await t.database.db.insertInto('enterprises').values({
      credit_code: creditCode, name, name_pinyin: '', name_initials: '', organisation_id: districtId, created_at: at, updated_at: at,
    }).returning('id').executeTakeFirstOrThrow();
    const row = await t.database.db.insertInto('enterprise_accounts').values({
      credit_code: creditCode, company_name: name, contact_name: '陈经理', contact_email: `firm${serial}@example.com`, contact_phone: null, password_hash: null,
      status: 'confirmed', enterprise_id: enterprise.id, organisation_id: districtId, locale: 'zh-CN', consent_at: at, consent_version: 'test', reject_reason: null,
      created_at: at, updated_at: at, confirmed_by: null, confirmed_at: at, deleted_at: null,
    }).returning('id').executeTakeFirstOrThrow();
    return { accountId: row.id, status: 'confirmed', creditCode, companyName: name, enterpriseId: enterprise.id, districtId };
  }

  const interest = { body: '希望实地考察', contactName: '陈经理', contact: '13812345678', consent: 'on' };
  const problem = async () => ({
    category: 'labour', departmentId: String(await t.orgId('WH-FGW')), title: '招工难', body: '需要对接职业院校', contactName: '陈经理', contact: '13812345678', consent: 'on',
  });

  describe('limits per address', () => {
    it('refuses the sixth interest within the hour from one address with 429, changing nothing; another address is not limited', async () => {
      const firm = await account('420106', '意向限流测试公司');
      const opportunity = await publishedOpportunity(t, '420106', '意向限流测试地块');
      const ip = '198.51.100.60';
      for (let i = 0; i < 5; i += 1) await service.expressInterest(portalCtx(ip), firm, opportunity, interest);
      const before = await Promise.all([count('portal_submissions'), count('investment_leads'), count('portal_submission_events')]);
      await expect(service.expressInterest(portalCtx(ip), firm, opportunity, interest)).rejects.toMatchObject({ status: 429, code: 'PORTAL_SUBMISSION_RATE_LIMITED' });
      expect(await Promise.all([count('portal_submissions'), count('investment_leads'), count('portal_submission_events')])).toEqual(before);
      await service.expressInterest(portalCtx('198.51.100.61'), firm, opportunity, interest);
      expect(await count('portal_submissions')).toBe(before[0]! + 1);
    });

    it('refuses the sixth problem within the hour from one address with 429, changing nothing; another address is not limited', async () => {
      const firm = await account('420106', '诉求限流测试公司');
      const ip = '198.51.100.62';
      for (let i = 0; i < 5; i += 1) await service.raiseProblem(portalCtx(ip), firm, await problem());
      const before = await Promise.all([count('portal_submissions'), count('enterprise_problems')]);
      await expect(service.raiseProblem(portalCtx(ip), firm, await problem())).rejects.toMatchObject({ status: 429, code: 'PORTAL_SUBMISSION_RATE_LIMITED' });
      expect(await Promise.all([count('portal_submissions'), count('enterprise_problems')])).toEqual(before);
      await service.raiseProblem(portalCtx('198.51.100.63'), firm, await problem());
      expect(await count('enterprise_problems')).toBe(before[1]! + 1);
    });

    it('answers the refused form in the page\'s language with 429, the form kept', async () => {
      const firm = await account('420106', 'Limit Page Test Ltd');
      const opportunity = await publishedOpportunity(t, '420106', '页面限流测试地块');
      const cookie = `${enterpriseCookieName(false)}=${await createEnterpriseSession(t.database.db, t.clock.now(), firm.accountId)}`;
      const post = () => t.app.inject({
        method: 'POST', url: `/portal/en/opportunities/${opportunity}/interest`, remoteAddress: '198.51.100.64',
        headers: { ...FORM, cookie }, payload: new URLSearchParams({ ...interest, body: 'Site visit wanted' }).toString(),
      });
      for (let i = 0; i < 5; i += 1) expect((await post()).statusCode).toBe(303);
      const before = await count('portal_submissions');
      const refused = await post();
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['content-type']).toContain('text/html');
      expect(refused.body).toContain('Too many submissions: try again later');
      expect(refused.body).toContain('Site visit wanted');
      expect(await count('portal_submissions')).toBe(before);
    });
  });

  describe('told when the record its submission became moves in its own module', () => {
    const eventsOf = async (id: number) => (await t.database.db.selectFrom('portal_submission_events').select(['from_status', 'to_status', 'actor_id'])
      .where('submission_id', '=', id).orderBy('id').execute());

    it('a problem: signed for, answered and confirmed by the service desk — each told on the account page and through the gateway', async () => {
      const firm = await account('420106', '诉求通知测试公司');
      const email = `firm${serial}@example.com`;
      const { id, problemId } = await service.raiseProblem(portalCtx(), firm, await problem());
      const fgw = await t.login('fgw');
      const move = (action: string, payload: Record<string, unknown>, cookie = fgw) =>
        t.app.inject({ method: 'POST', url: `/api/enterprise-service/problems/${problemId}/${action}`, headers: { cookie }, payload });

      expect((await move('acknowledge', { version: 1 })).statusCode).toBe(200);
      expect(await messagesOf(firm.accountId)).toEqual(['您的来信「招工难」状态更新为：办理中']);
      await sendsRun();
      expect(sent.messages).toMatchObject([{ channel: 'email', to: email, text: '您的来信「招工难」状态更新为：办理中' }]);
      // A repeated move of the same version changes nothing and tells nobody again.
      await move('acknowledge', { version: 1 });
      expect(await messagesOf(firm.accountId)).toHaveLength(1);
      await sendsRun();
      expect(sent.messages).toHaveLength(1);

      expect((await move('answer', { version: 2, text: '已对接三所职业院校' })).statusCode).toBe(200);
      expect((await messagesOf(firm.accountId)).at(-1)).toBe('您的来信「招工难」状态更新为：已答复：已对接三所职业院校');
      expect((await move('confirm', { version: 3, satisfaction: 5 }, await t.login('wuchang'))).statusCode).toBe(200);
      expect((await messagesOf(firm.accountId)).at(-1)).toBe('您的来信「招工难」状态更新为：已办结');
      await sendsRun();
      // Each move's job sends its own message; two jobs may run at once, so the order is not kept.
      expect(sent.messages.map((m) => m.text).sort()).toEqual((await messagesOf(firm.accountId)).sort());
      expect(await count('portal_submission_sends')).toBe(0);

      const events = await eventsOf(id);
      expect(events.map((e) => [e.from_status, e.to_status])).toEqual([[null, 'received'], ['received', 'routed'], ['routed', 'in_progress'], ['in_progress', 'answered'], ['answered', 'closed']]);
      expect(events.at(-2)!.actor_id).not.toBeNull();
      // The account's page shows the messages.
      const cookie = `${enterpriseCookieName(false)}=${await createEnterpriseSession(t.database.db, t.clock.now(), firm.accountId)}`;
      const page = await t.app.inject({ method: 'GET', url: '/portal/account', headers: { cookie } });
      expect(page.body).toContain('您的来信「招工难」状态更新为：已答复：已对接三所职业院校');
    });

    it('interest: the lead moving to 洽谈 or signed tells the sender once; a move its sender would not see, or a submission closed by staff, tells nobody', async () => {
      const wuchang = await t.login('wuchang');
      const opportunity = await publishedOpportunity(t, '420106', '意向通知测试地块');
      /** Interest of a new firm, and its lead's moves through its own module's routes. */
      const interested = async (name: string) => {
        const firm = await account('420106', name);
        const { id } = await service.expressInterest(portalCtx(), firm, opportunity, interest);
        const { lead_id: leadId } = await t.database.db.selectFrom('portal_submissions').select('lead_id').where('id', '=', id).executeTakeFirstOrThrow();
        const version = async () => (await t.database.db.selectFrom('investment_leads').select('version').where('id', '=', leadId!).executeTakeFirstOrThrow()).version;
        const post = async (action: string, payload: Record<string, unknown>) => {
          const response = await t.app.inject({ method: 'POST', url: `/api/investment/leads/${leadId}/${action}`, headers: { cookie: wuchang }, payload: { ...payload, version: await version() } });
          expect(response.statusCode, response.body).toBe(200);
        };
        return { firm, id, move: (to: string) => post('move', { to }), sign: () => post('contract', { kind: 'domestic', currency: 'yi_yuan', amount: '5.00', signedOn: '2026-03-05' }) };
      };

      const first = await interested('意向通知测试公司');
      await first.move('negotiation');
      expect(await messagesOf(first.firm.accountId)).toEqual(['您的来信「意向通知测试地块」状态更新为：办理中']);
      await sendsRun();
      expect(sent.messages).toHaveLength(1);
      expect((await eventsOf(first.id)).at(-1)).toMatchObject({ from_status: 'routed', to_status: 'in_progress' });
      // 洽谈 → 签约 is "in progress" either way: nothing to tell.
      await first.sign();
      expect(await messagesOf(first.firm.accountId)).toHaveLength(1);
      // Staff close the submission itself: what the lead does next is no longer the sender's status (投产 would read "closed").
      await t.database.db.updateTable('portal_submissions').set({ status: 'closed' }).where('id', '=', first.id).execute();
      for (const to of ['registered', 'started', 'producing']) await first.move(to);
      expect(await messagesOf(first.firm.accountId)).toHaveLength(1);
      await sendsRun();
      expect(sent.messages).toHaveLength(1);

      // A contract signed at 线索 moves the lead to 签约 through the contracts' module: told too.
      const second = await interested('签约通知测试公司');
      await second.sign();
      expect(await messagesOf(second.firm.accountId)).toEqual(['您的来信「意向通知测试地块」状态更新为：办理中']);
      await sendsRun();
      expect(sent.messages.map((m) => m.text)).toEqual(['您的来信「意向通知测试地块」状态更新为：办理中', '您的来信「意向通知测试地块」状态更新为：办理中']);
    });
  });

  describe('sent durably: the message and its job are written with the move', () => {
    const jobsOfSend = async () => Number((await t.database.db.selectFrom('jobs').select((e) => e.fn.countAll().as('n'))
      .where('kind', '=', PORTAL_SUBMISSION_JOBS.send).executeTakeFirstOrThrow()).n);
    /** A ticket raised on the portal by a new firm, and its move by 市发改委 through the given app server. */
    async function raisedTicket(name: string) {
      const firm = await account('420106', name);
      const { problemId } = await service.raiseProblem(portalCtx(), firm, await problem());
      const fgw = await t.login('fgw');
      const acknowledge = (app = t.app) => app.inject({
        method: 'POST', url: `/api/enterprise-service/problems/${problemId}/acknowledge`, headers: { cookie: fgw, origin: 'http://localhost' }, payload: { version: 1 },
      });
      return { firm, email: `firm${serial}@example.com`, acknowledge };
    }

    it('a server stopping between the commit and the send: the message is sent once a server runs again', async () => {
      await t.app.jobs.runner.stop();
      let stopped: Awaited<ReturnType<typeof secondServer>> | undefined;
      let restarted: Awaited<ReturnType<typeof secondServer>> | undefined;
      try {
        const { firm, email, acknowledge } = await raisedTicket('重启通知测试公司');
        // This server commits the move and stops before it sends anything (its runner never runs).
        stopped = await secondServer(t, { jobs: { concurrency: 0 } });
        expect((await acknowledge(stopped.app)).statusCode).toBe(200);
        await stopped.close();
        stopped = undefined;
        expect(sent.messages).toEqual([]);
        const waiting = await t.database.db.selectFrom('portal_submission_sends as s').innerJoin('jobs as j', 'j.id', 's.job_id')
          .select(['j.status', 'j.kind']).execute();
        expect(waiting).toEqual([{ status: 'queued', kind: PORTAL_SUBMISSION_JOBS.send }]);

        restarted = await secondServer(t);
        await sendsRun(restarted.app);
        expect(sent.messages).toMatchObject([{ channel: 'email', to: email, text: '您的来信「招工难」状态更新为：办理中' }]);
        expect(await count('portal_submission_sends')).toBe(0);
        expect(await messagesOf(firm.accountId)).toEqual(['您的来信「招工难」状态更新为：办理中']);
      } finally {
        await stopped?.close();
        await restarted?.close();
        t.app.jobs.runner.start();
      }
    });

    it('a move rolled back after its senders were told: no message, no job, nothing sent', async () => {
      const { firm, acknowledge } = await raisedTicket('回滚通知测试公司');
      const before = await Promise.all([count('enterprise_account_messages'), count('portal_submission_sends'), jobsOfSend()]);
      // A later listener fails: the move's whole transaction is rolled back.
      const stopListening = problemStatusChanged.listen(async () => { throw new Error('a later listener failed'); });
      try {
        expect((await acknowledge()).statusCode).toBe(500);
      } finally {
        stopListening();
      }
      expect(await Promise.all([count('enterprise_account_messages'), count('portal_submission_sends'), jobsOfSend()])).toEqual(before);
      await sendsRun();
      expect(sent.messages).toEqual([]);
      expect(await messagesOf(firm.accountId)).toEqual([]);
    });

    it('a mover with as many jobs waiting as one may have: the move stands, its message waits for the next send job', async () => {
      const fgwId = await t.userId('fgw');
      const fgwOrg = await t.orgId('WH-FGW');
      const at = t.clock.now().toISOString();
      // Five jobs of a kind no server runs stay queued in fgw's name (the queue's bound per user).
      const waiting = await t.database.db.insertInto('jobs').values(Array.from({ length: 5 }, () => ({
        kind: 'test.never-run', payload_json: '{}', context_json: JSON.stringify({ ip: '127.0.0.1', requestId: 'test', locale: 'zh-CN', userAgent: null }),
        status: 'queued' as const, progress_done: 0, progress_total: null, progress_phase: null, attempts: 0, max_attempts: 1, run_after: at,
        lease_owner: null, lease_expires_at: null, result_json: null, error_status: null, error_code: null, error_params_json: null,
        created_by: fgwId, organisation_id: fgwOrg, created_at: at, started_at: null, finished_at: null, updated_at: at,
      }))).returning('id').execute();
      try {
        const one = await raisedTicket('任务已满测试公司');
        const jobsBefore = await jobsOfSend();
        expect((await one.acknowledge()).statusCode).toBe(200);
        expect(await jobsOfSend()).toBe(jobsBefore);
        expect(await t.database.db.selectFrom('portal_submission_sends').select('job_id').execute()).toEqual([{ job_id: null }]);
        await sendsRun();
        expect(sent.messages).toEqual([]);
      } finally {
        await t.database.db.deleteFrom('jobs').where('id', 'in', waiting.map((j) => j.id)).execute();
      }
      const two = await raisedTicket('任务恢复测试公司');
      expect((await two.acknowledge()).statusCode).toBe(200);
      await sendsRun();
      expect(sent.messages).toHaveLength(2);
      expect(await count('portal_submission_sends')).toBe(0);
    });

    /** A gateway that is down: every message refused, each try counted. */
    const refusingSender = () => {
      const sender = { tries: 0, canSend: () => true, async send() { sender.tries += 1; throw new Error('gateway answered 502'); } };
      return sender;
    };
    const sendJob = async () => (await t.database.db.selectFrom('portal_submission_sends as s').innerJoin('jobs as j', 'j.id', 's.job_id')
      .select(['s.attempts', 'j.id', 'j.status', 'j.attempts as runs', 'j.run_after', 'j.updated_at']).executeTakeFirstOrThrow());

    it('a staff move while the gateway is down stands; its message goes out on the run after the wait', async () => {
      const firm = await account('420106', '人工答复测试公司');
      const email = `firm${serial}@example.com`;
      const id = await insertSubmission(t, '420106', { kind: 'interest', account_id: firm.accountId });
      const refusing = refusingSender();
      useProofSender(refusing);
      const moved = await t.app.inject({
        method: 'POST', url: `/api/portal-submissions/${id}/status`, headers: { cookie: await t.login('wuchang') }, payload: { to: 'answered', note: '已电话联系', version: 1 },
      });
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json()).toMatchObject({ status: 'answered' });
      const text = '您的来信「关于园区配套的建议」状态更新为：已答复：已电话联系';
      expect(await messagesOf(firm.accountId)).toEqual([text]);
      await sendsRun();
      expect(refusing.tries).toBe(1);
      const job = await sendJob();
      expect(job).toMatchObject({ attempts: 1, status: 'queued', runs: 1 });
      expect(Date.parse(job.run_after) - Date.parse(job.updated_at)).toBe(30_000);

      useProofSender(sent);
      t.clock.advanceMinutes(0.5);
      await sendsRun();
      expect(sent.messages).toMatchObject([{ channel: 'email', to: email, text }]);
      expect(await count('portal_submission_sends')).toBe(0);
    });

    it('a gateway refusing: tried again after ever longer waits, then the next job sends what was left with its own', async () => {
      const refusing = refusingSender();
      useProofSender(refusing);
      const one = await raisedTicket('网关故障测试公司');
      expect((await one.acknowledge()).statusCode).toBe(200);
      const waits: number[] = [];
      for (;;) {
        await sendsRun();
        const job = await sendJob();
        if (job.status !== 'queued') break;
        waits.push(Date.parse(job.run_after) - Date.parse(job.updated_at));
        t.clock.advanceMinutes(waits.at(-1)! / 60_000);
      }
      expect(waits).toEqual([30_000, 120_000, 600_000, 1_800_000, 7_200_000]);
      expect(await sendJob()).toMatchObject({ attempts: 6, status: 'failed', runs: 6 });
      expect(refusing.tries).toBe(6);

      useProofSender(sent);
      const two = await raisedTicket('网关恢复测试公司');
      expect((await two.acknowledge()).statusCode).toBe(200);
      await sendsRun();
      expect(sent.messages.map((m) => m.to).sort()).toEqual([one.email, two.email].sort());
      expect(await count('portal_submission_sends')).toBe(0);
    });
  });
});
