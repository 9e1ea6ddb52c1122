import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTAL_SUBMISSION_LIMITS } from '@hongtu/contracts';
import { portalSubmissionListSchema, portalSubmissionSchema } from '@hongtu/contracts/portal-submissions';
import { ELF_BYTES, SMALL_PDF } from '../../platform/files/test-photo';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { createPortalSubmissionsReadModel } from './portal-submissions.read-model';
import { createPortalSubmissionService } from './portal-submissions.service';
import { confirmedAccount, depsOf, fakeAccounts, portalCtx, publishedOpportunity, staffCtx } from './portal-submissions.test-support';
import { insertSubmission } from './portal-submissions.test-helpers';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describeEachDialect('portal submissions (门户来信)', (dialect) => {
  let t: TestApp;
  const accounts = fakeAccounts();
  let service: ReturnType<typeof createPortalSubmissionService>;
  let model: ReturnType<typeof createPortalSubmissionsReadModel>;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    const deps = depsOf(t);
    service = createPortalSubmissionService(deps, accounts);
    model = createPortalSubmissionsReadModel(deps);
  });
  afterAll(() => t.close());

  const count = async (table: 'portal_submissions' | 'investment_leads' | 'enterprise_problems') =>
    Number((await t.database.db.selectFrom(table).select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  /** The tip form as a reader gets it, answered with the sum it asks (the accessible way, no script). */
  async function tipFields(ip: string): Promise<Record<string, string>> {
    const page = await t.app.inject({ method: 'GET', url: '/portal/submit', remoteAddress: ip });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    // A browser posts the form with its Origin only when the page's referrer policy allows it.
    expect(page.headers['referrer-policy']).toBe('same-origin');
    const token = /name="challenge" value="([^"]+)"/.exec(page.body)![1]!;
    const [, a, b] = /(\d) (?:\+|加) (\d)/.exec(page.body)!;
    return { challenge: token, challengeSum: String(Number(a) + Number(b)), consent: 'on' };
  }

  describe('an anonymous tip (投稿)', () => {
    it('needs the challenge answered, then goes to the city with a tracking code the sender follows it by', async () => {
      const ip = '198.51.100.1';
      const fields = await tipFields(ip);
      const before = await count('portal_submissions');
      const wrong = await t.app.inject({ method: 'POST', url: '/portal/submit', headers: FORM, remoteAddress: ip, payload: form({ ...fields, challengeSum: '99', title: '园区道路建议', body: '建议拓宽道路' }) });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.body).toContain('人机验证未通过');
      expect(wrong.body).not.toMatch(/at .*\.ts|stack|select /i);
      expect(await count('portal_submissions')).toBe(before);

      const sent = await t.app.inject({ method: 'POST', url: '/portal/submit', headers: FORM, remoteAddress: ip, payload: form({ ...fields, title: '园区道路建议', body: '建议拓宽光谷大道辅路', contactName: '', contact: '' }) });
      expect(sent.statusCode, sent.body).toBe(201);
      const code = /class="tracking-code">([A-Z0-9-]+)</.exec(sent.body)![1]!;
      const row = await t.database.db.selectFrom('portal_submissions as s').innerJoin('organisations as o', 'o.id', 's.organisation_id')
        .select(['s.kind', 's.status', 's.tracking_hash', 'o.kind as org_kind', 's.consent_version']).where('s.title', '=', '园区道路建议').executeTakeFirstOrThrow();
      expect(row).toMatchObject({ kind: 'tip', status: 'received', org_kind: 'city' });
      expect(row.tracking_hash).not.toContain(code.replace(/-/g, ''));
      expect(row.consent_version).toBeTruthy();

      const tracked = await t.app.inject({ method: 'POST', url: '/portal/en/submit/track', headers: FORM, remoteAddress: ip, payload: form({ code: code.toLowerCase() }) });
      expect(tracked.statusCode).toBe(200);
      expect(tracked.body).toContain('园区道路建议');
      expect(tracked.body).toContain('Received');
      const unknown = await t.app.inject({ method: 'POST', url: '/portal/submit/track', headers: FORM, remoteAddress: ip, payload: form({ code: 'ABCD-EFGH-JKMN' }) });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.body).not.toContain('园区道路建议');
    });

    it('refuses markup and formulas in words, stores nothing and audits the refusal', async () => {
      const ip = '198.51.100.2';
      const before = await count('portal_submissions');
      const markup = await t.app.inject({ method: 'POST', url: '/portal/submit', headers: FORM, remoteAddress: ip, payload: form({ ...(await tipFields(ip)), title: '建议', body: '<script>alert(1)</script>' }) });
      expect(markup.statusCode).toBe(400);
      expect(markup.body).toContain('内容只能是纯文本');
      expect(markup.body).not.toContain('<script>alert(1)</script>');
      expect(markup.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      const formula = await t.app.inject({ method: 'POST', url: '/portal/zh-tw/submit', headers: FORM, remoteAddress: ip, payload: form({ ...(await tipFields(ip)), title: '=HYPERLINK("http://evil")', body: '正文' }) });
      expect(formula.statusCode).toBe(400);
      expect(formula.body).toContain('內容不能以 = + - @ 開頭');
      expect(await count('portal_submissions')).toBe(before);
      const audited = await t.database.db.selectFrom('audit_log').select(['action', 'result', 'after_json']).where('entity_type', '=', 'request')
        .where('action', 'like', 'POST /portal%submit').orderBy('id', 'desc').limit(2).execute();
      expect(audited.map((a) => a.result)).toEqual(['failed', 'failed']);
      expect(audited.map((a) => JSON.parse(a.after_json!).code)).toEqual(['PORTAL_SUBMISSION_FORMULA', 'PORTAL_SUBMISSION_MARKUP']);
    });

    it('limits tips per address: the sixth within the hour is refused, another address is not', async () => {
      const ip = '198.51.100.3';
      for (let i = 0; i < 5; i += 1) {
        const ok = await t.app.inject({ method: 'POST', url: '/portal/submit', headers: FORM, remoteAddress: ip, payload: form({ ...(await tipFields(ip)), title: `线索 ${i}`, body: '正文' }) });
        expect(ok.statusCode, ok.body).toBe(201);
      }
      const sixth = await t.app.inject({ method: 'POST', url: '/portal/submit', headers: FORM, remoteAddress: ip, payload: form({ ...(await tipFields(ip)), title: '线索 6', body: '正文' }) });
      expect(sixth.statusCode).toBe(429);
      expect(sixth.body).toContain('提交过于频繁');
      const other = await t.app.inject({ method: 'POST', url: '/portal/submit', headers: FORM, remoteAddress: '198.51.100.4', payload: form({ ...(await tipFields('198.51.100.4')), title: '线索 7', body: '正文' }) });
      expect(other.statusCode).toBe(201);
    });
  });

  describe('a tip\'s attachment', () => {
    /** The tip form as a browser posts it with a file: its fields, then the file part. */
    function multipartTip(fields: Record<string, string>, file: { bytes: Buffer; name: string; type: string }) {
      const boundary = `----hongtu${Date.now().toString(16)}`;
      const parts = Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
      const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="attachment"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`);
      return { payload: Buffer.concat([...parts, head, file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
    }

    it('keeps a photo or PDF read from its bytes, refuses anything else in words, and gives it to the city\'s staff only', async () => {
      const ip = '198.51.100.20';
      const before = await count('portal_submissions');
      const elf = multipartTip({ ...(await tipFields(ip)), title: '带附件的线索', body: '见附件' }, { bytes: ELF_BYTES, name: 'photo.jpg', type: 'image/jpeg' });
      const refused = await t.app.inject({ method: 'POST', url: '/portal/submit', remoteAddress: ip, ...elf });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain('附件只能是照片（JPEG、PNG）或 PDF 文件');
      expect(await count('portal_submissions')).toBe(before);

      const tip = multipartTip({ ...(await tipFields(ip)), title: '带附件的线索', body: '见附件' }, { bytes: SMALL_PDF, name: '园区/../规划.pdf', type: 'application/octet-stream' });
      const sent = await t.app.inject({ method: 'POST', url: '/portal/submit', remoteAddress: ip, ...tip });
      expect(sent.statusCode, sent.body).toBe(201);
      const row = await t.database.db.selectFrom('portal_submissions').select(['id', 'attachment_name', 'attachment_type']).where('title', '=', '带附件的线索').executeTakeFirstOrThrow();
      expect(row).toMatchObject({ attachment_name: '规划.pdf', attachment_type: 'application/pdf' });

      const reviewer = await t.login('reviewer');
      const detail = portalSubmissionSchema.parse((await t.app.inject({ method: 'GET', url: `/api/portal-submissions/${row.id}`, headers: { cookie: reviewer } })).json());
      expect(detail.attachment).toEqual({ name: '规划.pdf', type: 'application/pdf', bytes: SMALL_PDF.length });
      const download = await t.app.inject({ method: 'GET', url: `/api/portal-submissions/${row.id}/attachment`, headers: { cookie: reviewer } });
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.rawPayload.equals(SMALL_PDF)).toBe(true);
      const district = await t.app.inject({ method: 'GET', url: `/api/portal-submissions/${row.id}/attachment`, headers: { cookie: await t.login('wuchang') } });
      expect(district.statusCode).toBe(404);

      await t.app.inject({ method: 'DELETE', url: `/api/portal-submissions/${row.id}`, headers: { cookie: reviewer } });
      const gone = await t.app.inject({ method: 'GET', url: `/api/portal-submissions/${row.id}/attachment`, headers: { cookie: reviewer } });
      expect(gone.statusCode).toBe(404);
    });

    it('refuses a file over the limit before reading it to the end', async () => {
      const ip = '198.51.100.21';
      const big = Buffer.concat([SMALL_PDF, Buffer.alloc(PORTAL_SUBMISSION_LIMITS.attachmentBytes + 1, 0x20)]);
      const tip = multipartTip({ ...(await tipFields(ip)), title: '大附件', body: '见附件' }, { bytes: big, name: 'big.pdf', type: 'application/pdf' });
      const refused = await t.app.inject({ method: 'POST', url: '/portal/submit', remoteAddress: ip, ...tip });
      expect(refused.statusCode).toBe(413);
      expect(refused.body).toContain('附件不能超过 5 MB');
    });
  });

  describe('interest in an opportunity', () => {
    it('becomes a lead of the opportunity\'s district, deduplicated for the same enterprise', async () => {
      const firm = await confirmedAccount(t, '420102', '光谷新材料有限公司');
      const first = await publishedOpportunity(t, '420106', '武昌滨江地块');
      const second = await publishedOpportunity(t, '420106', '武昌智造园');
      await service.expressInterest(portalCtx(), firm, first, { body: '希望实地考察', contactName: '张经理', contact: '13812345678', consent: 'on' });
      const leads = () => t.database.db.selectFrom('investment_leads').select(['id', 'organisation_id', 'source', 'stage', 'contact_phone'])
        .where('investor_credit_code', '=', firm.creditCode).execute();
      const [lead] = await leads();
      expect(lead).toMatchObject({ organisation_id: await t.orgId('420106'), source: 'portal', stage: 'lead', contact_phone: '13812345678' });

      await service.expressInterest(portalCtx(), firm, second, { contactName: '张经理', contact: 'zhang@example.cn', consent: 'on' });
      expect(await leads()).toHaveLength(1);
      const notes = await t.database.db.selectFrom('investment_lead_events').select(['kind', 'text']).where('lead_id', '=', lead!.id).orderBy('id').execute();
      expect(notes.map((n) => n.kind)).toEqual(['create', 'note']);
      expect(notes[1]!.text).toContain('武昌智造园');

      const other = await confirmedAccount(t, '420102', '江城物流有限公司');
      await service.expressInterest(portalCtx(), other, first, { contactName: '王女士', contact: '13912345678', consent: 'on' });
      const theirs = await t.database.db.selectFrom('investment_leads').select('id').where('investor_credit_code', '=', other.creditCode).execute();
      expect(theirs).toHaveLength(1);
      const audit = await t.database.db.selectFrom('audit_log').select('action').where('action', 'in', ['lead.create', 'lead.contact', 'portal_submission.create']).execute();
      expect(new Set(audit.map((a) => a.action))).toEqual(new Set(['lead.create', 'lead.contact', 'portal_submission.create']));
    });

    it('is asked from the opportunity page: a reader without an account is told to sign in, or to send a tip instead', async () => {
      const id = await publishedOpportunity(t, '420106', '武昌科创园');
      const link = await t.app.inject({ method: 'GET', url: `/portal/en/submit?opportunity=${id}` });
      expect(link.statusCode).toBe(303);
      expect(link.headers.location).toBe(`/portal/en/opportunities/${id}/interest`);
      const page = await t.app.inject({ method: 'GET', url: `/portal/en/opportunities/${id}/interest` });
      expect(page.body).toContain('Sign in with a confirmed company account first');
      expect(page.body).toContain('href="/portal/en/submit"');
      const post = await t.app.inject({ method: 'POST', url: `/portal/opportunities/${id}/interest`, headers: FORM, payload: form({ contactName: '张', contact: '13812345678', consent: 'on' }) });
      expect(post.statusCode).toBe(403);
      const draft = await publishedOpportunity(t, '420106', '草稿地块', 'draft');
      expect((await t.app.inject({ method: 'GET', url: `/portal/opportunities/${draft}/interest` })).statusCode).toBe(404);
    });

    it('is refused without a confirmed account, and for an opportunity not published, changing nothing', async () => {
      const draft = await publishedOpportunity(t, '420106', '未发布地块', 'draft');
      const firm = await confirmedAccount(t, '420106', '未发布测试公司');
      const before = await count('investment_leads');
      const input = { contactName: '张经理', contact: '13812345678', consent: 'on' };
      await expect(service.expressInterest(portalCtx(), null, draft, input)).rejects.toMatchObject({ status: 403, code: 'PORTAL_SUBMISSION_ACCOUNT_REQUIRED' });
      await expect(service.expressInterest(portalCtx(), { ...firm, status: 'pending_confirmation' }, draft, input)).rejects.toMatchObject({ status: 403 });
      await expect(service.expressInterest(portalCtx(), firm, draft, input)).rejects.toMatchObject({ status: 404, code: 'PORTAL_SUBMISSION_NOT_FOUND' });
      await expect(service.expressInterest(portalCtx(), firm, draft, { ...input, consent: '' })).rejects.toMatchObject({ status: 404 });
      expect(await count('investment_leads')).toBe(before);
    });
  });

  it('limits an account to 20 submissions a day and asks for consent in words', async () => {
    const firm = await confirmedAccount(t, '420106', '频繁提交测试公司');
    const opportunity = await publishedOpportunity(t, '420106', '限流测试地块');
    const input = { contactName: '張經理', contact: '13812345678', consent: 'on', body: '繁體中文的說明也可以' };
    await expect(service.expressInterest(portalCtx(), firm, opportunity, { ...input, consent: '' }))
      .rejects.toMatchObject({ status: 400, code: 'PORTAL_SUBMISSION_CONSENT_REQUIRED' });
    for (let i = 1; i < 20; i += 1) await service.expressInterest(portalCtx(), firm, opportunity, input);
    await expect(service.expressInterest(portalCtx(), firm, opportunity, input)).rejects.toMatchObject({ status: 429, code: 'PORTAL_SUBMISSION_RATE_LIMITED' });
    expect((await model.ofAccount(firm.accountId))).toHaveLength(19);
  });

  describe('a problem (诉求)', () => {
    it('becomes a service ticket of the enterprise\'s district with its SLA; the sender sees the ticket\'s state', async () => {
      const firm = await confirmedAccount(t, '420106', '武昌食品有限公司');
      const department = await t.orgId('WH-FGW');
      const { id, problemId } = await service.raiseProblem(portalCtx(), firm, {
        category: 'labour', departmentId: String(department), title: '招工难', body: '需要对接职业院校', contactName: '刘经理', contact: '027-87654321', consent: 'on',
      });
      const ticket = await t.database.db.selectFrom('enterprise_problems').selectAll().where('id', '=', problemId).executeTakeFirstOrThrow();
      // Raised Thursday 5 March 2026: signed for within 1 working day, 用工 answered within 5.
      expect(ticket).toMatchObject({
        enterprise_id: firm.enterpriseId, organisation_id: await t.orgId('420106'), department_id: department, raised_via: 'enterprise', raised_by: null,
        status: 'submitted', acknowledge_due_on: '2026-03-06', answer_due_on: '2026-03-12',
      });
      expect((await model.ofAccount(firm.accountId)).find((v) => v.id === id)).toMatchObject({ status: 'routed', answerDueOn: '2026-03-12' });
      await t.database.db.updateTable('enterprise_problems').set({ status: 'answered', answer: '已对接三所职业院校' }).where('id', '=', problemId).execute();
      expect((await model.ofAccount(firm.accountId)).find((v) => v.id === id)).toMatchObject({ status: 'answered', answer: '已对接三所职业院校' });
      // The ticket's own module moves it: staff may only close or reject the submission itself.
      const staff = await staffCtx(t, 'wuchang');
      expect((await model.get(staff, id)).moves).toEqual(['closed']);
      await expect(service.move(staff, id, { to: 'in_progress', note: '', version: 2 })).rejects.toMatchObject({ status: 409, code: 'PORTAL_SUBMISSION_MOVE' });
    });

    it('needs an enterprise of the registry and a department of its city', async () => {
      const firm = await confirmedAccount(t, '420106', '部门测试有限公司');
      const input = { category: 'finance', departmentId: String(await t.orgId('420102')), title: '贷款', body: '续贷', contactName: '刘经理', contact: '13812345678', consent: 'on' };
      const before = await count('enterprise_problems');
      await expect(service.raiseProblem(portalCtx(), firm, input)).rejects.toMatchObject({ status: 400, code: 'PORTAL_SUBMISSION_DEPARTMENT' });
      await expect(service.raiseProblem(portalCtx(), { ...firm, enterpriseId: null }, input)).rejects.toMatchObject({ status: 409, code: 'PORTAL_SUBMISSION_NOT_REGISTERED' });
      await expect(service.raiseProblem(portalCtx(), firm, { ...input, departmentId: String(await t.orgId('WH-FGW')), body: '@SUM(1)' }))
        .rejects.toMatchObject({ status: 400, code: 'PORTAL_SUBMISSION_FORMULA' });
      expect(await count('enterprise_problems')).toBe(before);
    });
  });

  describe('who sees what', () => {
    it('shows an enterprise only its own submissions, and lets it erase only its own', async () => {
      const a = await confirmedAccount(t, '420106', '甲公司');
      const b = await confirmedAccount(t, '420106', '乙公司');
      const opportunity = await publishedOpportunity(t, '420106', '共享地块');
      const mine = await service.expressInterest(portalCtx(), a, opportunity, { body: '甲的说明', contactName: '甲', contact: '13812345678', consent: 'on' });
      await service.expressInterest(portalCtx(), b, opportunity, { body: '乙的说明', contactName: '乙', contact: '13912345678', consent: 'on' });
      expect((await model.ofAccount(b.accountId)).map((v) => v.id)).not.toContain(mine.id);
      await expect(service.eraseOwn(portalCtx(), b, mine.id)).rejects.toMatchObject({ status: 404 });
      await service.eraseOwn(portalCtx(), a, mine.id);
      const erased = await t.database.db.selectFrom('portal_submissions').selectAll().where('id', '=', mine.id).executeTakeFirstOrThrow();
      expect(erased).toMatchObject({ body: '', contact: '', contact_name: '' });
      expect(erased.erased_at).not.toBeNull();
    });

    it('shows a district what was routed to it, the city the tips, contacts masked; others get not found', async () => {
      const jiangan = await insertSubmission(t, '420102', { kind: 'interest', title: '江岸的意向', contact: '13812345678' });
      const wuchang = await insertSubmission(t, '420106', { kind: 'problem', title: '武昌的诉求' });
      const list = async (user: string, query = '') => {
        const response = await t.app.inject({ method: 'GET', url: `/api/portal-submissions${query}`, headers: { cookie: await t.login(user) } });
        expect(response.statusCode, response.body).toBe(200);
        return portalSubmissionListSchema.parse(response.json()).items;
      };
      const wuchangSees = await list('wuchang');
      expect(wuchangSees.map((i) => i.id)).toContain(wuchang);
      expect(wuchangSees.map((i) => i.id)).not.toContain(jiangan);
      expect(wuchangSees.some((i) => i.kind === 'tip' && i.organisationName.includes('武汉市'))).toBe(false);
      const cityTips = await list('reviewer', '?kind=tip');
      expect(cityTips.length).toBeGreaterThan(0);
      const jianganItem = (await list('reviewer')).find((i) => i.id === jiangan)!;
      expect(jianganItem.contactMasked).toBe('138****5678');
      expect(JSON.stringify(jianganItem)).not.toContain('13812345678');
      const denied = await t.app.inject({ method: 'GET', url: `/api/portal-submissions/${jiangan}`, headers: { cookie: await t.login('wuchang') } });
      expect(denied.statusCode).toBe(404);
    });

    it('lets staff change a status; the sender is told and sees the history, the contact read in full is audited', async () => {
      const firm = await confirmedAccount(t, '420106', '状态测试公司');
      const id = await insertSubmission(t, '420106', { kind: 'interest', account_id: firm.accountId, status: 'received' });
      const cookie = await t.login('wuchang');
      const detail = await service.move(await staffCtx(t, 'wuchang'), id, { to: 'answered', note: '已电话联系', version: 1 });
      expect(detail.status).toBe('answered');
      expect(detail.events.at(-1)).toMatchObject({ fromStatus: 'received', toStatus: 'answered', note: '已电话联系' });
      expect(accounts.told.at(-1)).toEqual({ accountId: firm.accountId, text: '您的来信「关于园区配套的建议」状态更新为：已答复：已电话联系' });
      expect((await model.ofAccount(firm.accountId))[0]).toMatchObject({ id, status: 'answered' });
      const read = await t.app.inject({ method: 'GET', url: `/api/portal-submissions/${id}`, headers: { cookie } });
      expect(portalSubmissionSchema.parse(read.json())).toMatchObject({ status: 'answered', moves: ['in_progress', 'closed'], readContact: true });

      const refused = await t.app.inject({ method: 'POST', url: `/api/portal-submissions/${id}/status`, headers: { cookie }, payload: { to: 'routed', version: 2 } });
      expect(refused.statusCode).toBe(409);
      const contact = await t.app.inject({ method: 'POST', url: `/api/portal-submissions/${id}/contact`, headers: { cookie } });
      expect(contact.json()).toEqual({ contactName: '李先生', contact: '13912345678' });
      const rows = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'portal_submission').where('entity_id', '=', String(id)).orderBy('id').execute();
      expect(rows.map((r) => r.action)).toEqual(['portal_submission.status', 'portal_submission.contact_view']);
    });

    it('erases the personal data of a closed submission after the retention period', async () => {
      const id = await insertSubmission(t, '420106', { status: 'closed', updated_at: '2024-01-01T00:00:00.000Z' });
      const kept = await insertSubmission(t, '420106', { status: 'in_progress', updated_at: '2024-01-01T00:00:00.000Z' });
      expect(await service.eraseExpired()).toBeGreaterThanOrEqual(1);
      const rows = await t.database.db.selectFrom('portal_submissions').select(['id', 'contact', 'erased_at']).where('id', 'in', [id, kept]).orderBy('id').execute();
      expect(rows.map((r) => r.contact)).toEqual(['', '13912345678']);
    });
  });
});
