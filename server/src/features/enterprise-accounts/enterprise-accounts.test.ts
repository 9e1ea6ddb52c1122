import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { enterpriseAccountListSchema } from '@hongtu/contracts/enterprise-accounts';
import { solveChallenge } from '@hongtu/domain';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { insertEnterprise } from '../enterprises/enterprises.test-helpers';
import { insertPolicy } from '../policies/policies.test-helpers';
import { insertAccount, freshCreditCode } from './enterprise-accounts.test-helpers';
import { capturingProofSender, useProofSender } from './proof-sender';

const PASSWORD = 'Qiye#Ruzhu2026';
const sha256 = (text: string) => new Uint8Array(createHash('sha256').update(text).digest());
let address = 0;
/** Each sign-up test from an address of its own: the per-address limit is tested on its own. */
const nextAddress = () => `10.9.${Math.floor(++address / 250)}.${address % 250}`;

describeEachDialect('enterprise accounts (企业入驻)', (dialect) => {
  let t: TestApp;
  let sent: ReturnType<typeof capturingProofSender>;

  beforeAll(async () => { t = await buildTestApp(dialect); });
  afterAll(async () => { useProofSender(null); await t.close(); });
  beforeEach(() => { sent = capturingProofSender(); useProofSender(sent); });

  const count = async (table: 'enterprise_accounts' | 'enterprise_account_proofs' | 'enterprise_account_sessions') =>
    Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  /** The sign-up page's challenge, answered by proof of work (as the page's script does) or by the sum. */
  async function challengeAnswer(remoteAddress: string, by: 'work' | 'sum' = 'sum'): Promise<Record<string, string>> {
    const page = await t.app.inject({ method: 'GET', url: '/portal/account/sign-up', remoteAddress });
    expect(page.statusCode).toBe(200);
    const token = /name="challenge" value="([^"]+)"/.exec(page.body)![1]!;
    if (by === 'work') return { challenge: token, challengeNonce: solveChallenge(token, 16, sha256) };
    const body = JSON.parse(Buffer.from(token.split('.')[0]!, 'hex').toString()) as { a: [number, number] };
    return { challenge: token, challengeSum: String(body.a[0] + body.a[1]) };
  }

  const post = (url: string, form: Record<string, string>, options: { cookie?: string; remoteAddress?: string } = {}) => t.app.inject({
    method: 'POST', url, payload: new URLSearchParams(form).toString(), remoteAddress: options.remoteAddress,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(options.cookie ? { cookie: options.cookie } : {}) },
  });

  const enterpriseCookie = (response: { headers: Record<string, unknown> }) => {
    const line = [response.headers['set-cookie']].flat().find((c): c is string => typeof c === 'string' && c.startsWith('hongtu_enterprise='));
    if (!line) throw new Error('no enterprise cookie');
    expect(line).toMatch(/HttpOnly/i);
    expect(line).toMatch(/SameSite=Lax/i);
    return line.split(';')[0]!;
  };

  async function signUp(fields: Partial<Record<string, string>> = {}, by: 'work' | 'sum' = 'sum') {
    const remoteAddress = nextAddress();
    const form = {
      creditCode: freshCreditCode(), companyName: '武漢測試科技有限公司', contactName: '李四', email: 'li.si@example.com', phone: '',
      password: PASSWORD, consent: 'yes', districtId: String(await t.orgId('420106')), ...(await challengeAnswer(remoteAddress, by)), ...fields,
    } as Record<string, string>;
    return { form, response: await post('/portal/account/sign-up', form, { remoteAddress }) };
  }

  it('signs an enterprise up (Traditional name kept in Simplified), sends the code, and waits for the district once it is proven', async () => {
    const { response, form } = await signUp({}, 'work');
    expect(response.statusCode, response.body).toBe(303);
    expect(response.headers.location).toBe('/portal/account/verify');
    const cookie = enterpriseCookie(response);
    expect(sent.messages).toHaveLength(1);
    expect(sent.messages[0]).toMatchObject({ channel: 'email', to: 'li.si@example.com' });
    const code = /(\d{6})/.exec(sent.messages[0]!.text)![1]!;
    const row = await t.database.db.selectFrom('enterprise_accounts').selectAll().where('credit_code', '=', form.creditCode!).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ company_name: '武汉测试科技有限公司', status: 'pending_proof', organisation_id: await t.orgId('420106') });
    expect(row.password_hash).not.toContain(PASSWORD);

    const wrong = await post('/portal/account/verify', { code: code === '000000' ? '111111' : '000000' }, { cookie });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('验证码不正确或已失效');
    const right = await post('/portal/account/verify', { code }, { cookie });
    expect(right.statusCode, right.body).toBe(303);
    const page = await t.app.inject({ method: 'GET', url: '/portal/account', headers: { cookie } });
    expect(page.body).toContain('待所在区确认');
    expect(page.headers['cache-control']).toBe('no-store');
    // Browsers post the forms with their Origin only when the page's referrer policy allows it.
    expect(page.headers['referrer-policy']).toBe('same-origin');
    // The code was used once: it does not prove anything again.
    const proof = await t.database.db.selectFrom('enterprise_account_proofs').selectAll().where('account_id', '=', row.id).executeTakeFirstOrThrow();
    expect(proof.used_at).not.toBeNull();
    const own = await t.app.inject({ method: 'GET', url: '/api/enterprise/account', headers: { cookie } });
    expect(own.json()).toMatchObject({ accountId: row.id, status: 'pending_confirmation', enterpriseId: null });
  });

  it('tells the visitor, in the page\'s language, when the sign-up\'s code could not be sent: the sign-up stands and a new code is asked for', async () => {
    useProofSender({ canSend: () => true, async send() { throw new Error('gateway answered 502'); } });
    const { response, form } = await signUp();
    expect(response.statusCode, response.body).toBe(303);
    expect(response.headers.location).toBe('/portal/account/verify?code=unsent');
    const cookie = enterpriseCookie(response);
    const row = await t.database.db.selectFrom('enterprise_accounts').select('status').where('credit_code', '=', form.creditCode!).executeTakeFirstOrThrow();
    expect(row.status).toBe('pending_proof');
    const page = await t.app.inject({ method: 'GET', url: response.headers.location, headers: { cookie } });
    expect(page.body).toContain('验证码暂时未能发送');
    expect(page.body).not.toContain('验证码已发送到您填写的联系方式');
    const english = await t.app.inject({ method: 'GET', url: '/portal/en/account/verify?code=unsent', headers: { cookie } });
    expect(english.body).toContain('the code could not be sent just now');
    // Asked again while the gateway is still down: refused in words, not only logged.
    const again = await post('/portal/account/verify/resend', {}, { cookie });
    expect(again.statusCode).toBe(503);
    expect(again.body).toContain('暂时无法发送验证码');
    // Once it is back, the new code goes out.
    useProofSender(sent);
    expect((await post('/portal/account/verify/resend', {}, { cookie })).statusCode).toBe(200);
    expect(sent.messages).toHaveLength(1);
  });

  it('refuses an expired code and one tried too often; a new code works', async () => {
    const { response } = await signUp({ email: '', phone: '13912345678' });
    const cookie = enterpriseCookie(response);
    expect(sent.messages[0]).toMatchObject({ channel: 'sms', to: '13912345678' });
    const first = /(\d{6})/.exec(sent.messages[0]!.text)![1]!;
    t.clock.advanceMinutes(16);
    expect((await post('/portal/account/verify', { code: first }, { cookie })).statusCode).toBe(400);
    expect((await post('/portal/account/verify/resend', {}, { cookie })).statusCode).toBe(200);
    const second = /(\d{6})/.exec(sent.messages[1]!.text)![1]!;
    expect((await post('/portal/account/verify', { code: first }, { cookie })).statusCode).toBe(400);
    for (let i = 0; i < 5; i += 1) await post('/portal/account/verify', { code: second === '999999' ? '888888' : '999999' }, { cookie });
    // Five wrong tries used the code up, even for the right digits.
    expect((await post('/portal/account/verify', { code: second }, { cookie })).statusCode).toBe(400);
  });

  it('refuses a wrong check character, missing consent, a failed challenge and a code confirmed to another account — writing nothing, auditing each', async () => {
    const holder = freshCreditCode();
    await insertAccount(t, '420106', { status: 'confirmed', creditCode: holder });
    const before = await Promise.all([count('enterprise_accounts'), count('enterprise_account_proofs'), count('enterprise_account_sessions')]);
    const deniedBefore = await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n'))
      .where('action', '=', 'enterprise_account.sign_up').where('result', '=', 'denied').executeTakeFirstOrThrow();
    const good = freshCreditCode();
    const cases: [Record<string, string>, number, string][] = [
      [{ creditCode: good.slice(0, 17) + (good.endsWith('0') ? '1' : '0') }, 400, '校验码'],
      [{ consent: '' }, 400, '个人信息处理说明'],
      [{ challengeSum: '99', challengeNonce: 'x' }, 400, '人机验证'],
      [{ creditCode: holder }, 409, '暂不能注册'],
    ];
    for (const [fields, status, words] of cases) {
      const { response } = await signUp(fields);
      expect(response.statusCode, response.body).toBe(status);
      expect(response.body).toContain(words);
      expect(response.body).not.toContain('张三');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    expect(await Promise.all([count('enterprise_accounts'), count('enterprise_account_proofs'), count('enterprise_account_sessions')])).toEqual(before);
    expect(sent.messages).toEqual([]);
    const deniedAfter = await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n'))
      .where('action', '=', 'enterprise_account.sign_up').where('result', '=', 'denied').executeTakeFirstOrThrow();
    expect(Number(deniedAfter.n) - Number(deniedBefore.n)).toBe(cases.length);
  });

  it('speaks the page\'s language: Traditional and English pages, an English refusal', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/portal/zh-tw/account/sign-up' })).body).toContain('註冊企業帳戶');
    const remoteAddress = nextAddress();
    const form = { creditCode: 'nonsense', companyName: 'Acme', contactName: 'Ann', email: 'a@example.com', password: PASSWORD, consent: 'yes', ...(await challengeAnswer(remoteAddress)) };
    const refused = await post('/portal/en/account/sign-up', form, { remoteAddress });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('The unified social credit code is not valid');
    expect(refused.body).toContain('<html lang="en"');
  });

  it('refuses a spent challenge token', async () => {
    const remoteAddress = nextAddress();
    const answer = await challengeAnswer(remoteAddress);
    const form = { creditCode: freshCreditCode(), companyName: '甲公司', contactName: '王五', email: 'w@example.com', password: PASSWORD, consent: 'yes', districtId: String(await t.orgId('420106')), ...answer };
    expect((await post('/portal/account/sign-up', form, { remoteAddress })).statusCode).toBe(303);
    const again = await post('/portal/account/sign-up', { ...form, creditCode: freshCreditCode() }, { remoteAddress });
    expect(again.statusCode).toBe(400);
  });

  it('limits sign-ups from one address (429 after five in an hour)', async () => {
    const remoteAddress = nextAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const form = { creditCode: freshCreditCode(), companyName: '乙公司', contactName: '赵六', email: `z${i}@example.com`, password: PASSWORD, consent: 'yes', districtId: String(await t.orgId('420106')), ...(await challengeAnswer(remoteAddress)) };
      statuses.push((await post('/portal/account/sign-up', form, { remoteAddress })).statusCode);
    }
    expect(statuses).toEqual([303, 303, 303, 303, 303, 429]);
  });

  it('lets a district confirm only its own sign-ups, lists contacts masked, and shows the confirmed account its policies with the conditions met', async () => {
    const code = freshCreditCode();
    const enterpriseId = await insertEnterprise(t.database.db, { organisationId: await t.orgId('420106'), name: '武汉测试科技有限公司', creditCode: code });
    await insertPolicy(t.database.db, { title: '武昌区科技企业扶持办法', districtIds: [await t.orgId('420106')] });
    const { response } = await signUp({ creditCode: code, districtId: '' });
    const cookie = enterpriseCookie(response);
    await post('/portal/account/verify', { code: /(\d{6})/.exec(sent.messages[0]!.text)![1]! }, { cookie });
    const id = (await t.database.db.selectFrom('enterprise_accounts').select('id').where('credit_code', '=', code).executeTakeFirstOrThrow()).id;

    const list = async (user: string) => enterpriseAccountListSchema.parse((await t.app.inject({ method: 'GET', url: '/api/enterprise-accounts', headers: { cookie: await t.login(user) } })).json()).items;
    const mine = (await list('wuchang')).find((i) => i.id === id)!;
    expect(mine).toMatchObject({ contactEmail: 'l***@example.com', registryEnterprise: { id: enterpriseId } });
    expect((await list('jiangan')).map((i) => i.id)).not.toContain(id);
    expect((await list('reviewer')).map((i) => i.id)).toContain(id);

    const other = await t.app.inject({ method: 'POST', url: `/api/enterprise-accounts/${id}/confirm`, headers: { cookie: await t.login('jiangan') } });
    expect(other.statusCode).toBe(404);
    const confirmed = await t.app.inject({ method: 'POST', url: `/api/enterprise-accounts/${id}/confirm`, headers: { cookie: await t.login('wuchang') } });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'confirmed' });
    const row = await t.database.db.selectFrom('enterprise_accounts').select(['enterprise_id', 'status']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ enterprise_id: enterpriseId, status: 'confirmed' });
    // Sent by the job queued with the confirmation (the runner looks for work now rather than at its next poll).
    t.app.jobs.runner.wake();
    await t.app.jobs.runner.idle();
    expect(sent.messages.at(-1)?.text).toContain('已确认');

    const page = await t.app.inject({ method: 'GET', url: '/portal/account', headers: { cookie } });
    expect(page.body).toContain('武昌区科技企业扶持办法');
    expect(page.body).toContain('符合的条件');
    expect(page.body).toContain('区域 武昌区');
    // From its page, a confirmed enterprise reaches what it sends and follows.
    expect(page.body).toContain('href="/portal/account/submissions"');
    expect(page.body).toContain('href="/portal/account/problems/new"');
    // A second sign-up of the confirmed code is now refused.
    const { response: second } = await signUp({ creditCode: code });
    expect(second.statusCode).toBe(409);
  });

  it('rejects with a reason, in scope, and the rejected account can no longer sign in', async () => {
    const id = await insertAccount(t, '420102');
    expect((await t.app.inject({ method: 'POST', url: `/api/enterprise-accounts/${id}/reject`, headers: { cookie: await t.login('wuchang') }, payload: { reason: '不符' } })).statusCode).toBe(404);
    const rejected = await t.app.inject({ method: 'POST', url: `/api/enterprise-accounts/${id}/reject`, headers: { cookie: await t.login('reviewer') }, payload: { reason: '材料與企業庫不符' } });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectReason: '材料与企业库不符' });
    expect((await t.app.inject({ method: 'POST', url: `/api/enterprise-accounts/${id}/confirm`, headers: { cookie: await t.login('reviewer') } })).statusCode).toBe(409);
  });

  it('signs in and out with the credit code; a wrong password is refused like an unknown code', async () => {
    const { form } = await signUp();
    const remoteAddress = nextAddress();
    const wrong = await post('/portal/account/sign-in', { creditCode: form.creditCode!, password: 'Wrong#Pass2026' }, { remoteAddress });
    const unknown = await post('/portal/account/sign-in', { creditCode: freshCreditCode(), password: PASSWORD }, { remoteAddress });
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.body).toContain('统一社会信用代码或密码不正确');
    const signedIn = await post('/portal/account/sign-in', { creditCode: form.creditCode!.toLowerCase(), password: PASSWORD }, { remoteAddress });
    expect(signedIn.statusCode).toBe(303);
    const cookie = enterpriseCookie(signedIn);
    expect((await t.app.inject({ method: 'GET', url: '/api/enterprise/account', headers: { cookie } })).statusCode).toBe(200);
    expect((await post('/portal/account/sign-out', {}, { cookie })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/enterprise/account', headers: { cookie } })).statusCode).toBe(401);
  });

  it('deletes the account on request: personal data erased, sessions ended, audited', async () => {
    const { response, form } = await signUp({ phone: '13812345678' });
    const cookie = enterpriseCookie(response);
    expect((await post('/portal/account/delete', { confirm: 'yes' }, { cookie })).statusCode).toBe(200);
    const row = await t.database.db.selectFrom('enterprise_accounts').selectAll().where('credit_code', '=', form.creditCode!).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'deleted', contact_name: '', contact_email: null, contact_phone: null, password_hash: null });
    expect(await t.database.db.selectFrom('enterprise_account_proofs').select('id').where('account_id', '=', row.id).execute()).toEqual([]);
    expect(await t.database.db.selectFrom('enterprise_account_sessions').select('id').where('account_id', '=', row.id).execute()).toEqual([]);
    const trail = await t.database.db.selectFrom('audit_log').select(['after_json']).where('action', '=', 'enterprise_account.delete').where('entity_id', '=', String(row.id)).execute();
    expect(trail).toHaveLength(1);
    const everything = JSON.stringify(await t.database.db.selectFrom('audit_log').select(['before_json', 'after_json']).where('entity_type', '=', 'enterprise_account').execute());
    expect(everything).not.toContain('13812345678');
    expect(everything).not.toContain('li.si@example.com');
    expect((await t.app.inject({ method: 'GET', url: '/api/enterprise/account', headers: { cookie } })).statusCode).toBe(401);
  });

  it('erases sign-ups never proven after a week and rejected ones after a month (retention), keeping the others', async () => {
    const now = t.clock.now().getTime();
    const day = (n: number) => new Date(now - n * 86_400_000).toISOString();
    const stale = await insertAccount(t, '420106', { status: 'pending_proof' });
    const fresh = await insertAccount(t, '420106', { status: 'pending_proof' });
    const oldRejected = await insertAccount(t, '420106', { status: 'rejected' });
    await t.database.db.updateTable('enterprise_accounts').set({ created_at: day(8), updated_at: day(8) }).where('id', '=', stale).execute();
    await t.database.db.updateTable('enterprise_accounts').set({ created_at: day(2), updated_at: day(2) }).where('id', '=', fresh).execute();
    await t.database.db.updateTable('enterprise_accounts').set({ created_at: day(40), updated_at: day(31) }).where('id', '=', oldRejected).execute();
    const { response } = await signUp();
    expect(response.statusCode).toBe(303);
    const rows = await t.database.db.selectFrom('enterprise_accounts').select(['id', 'status', 'contact_email']).where('id', 'in', [stale, fresh, oldRejected]).orderBy('id').execute();
    expect(rows).toEqual([
      { id: stale, status: 'deleted', contact_email: null },
      { id: fresh, status: 'pending_proof', contact_email: 'zhang@example.com' },
      { id: oldRejected, status: 'deleted', contact_email: null },
    ]);
  });

  it('keeps enterprise and staff sessions apart: every internal route answers an enterprise session 401, the enterprise route answers staff 403', async () => {
    const { response } = await signUp();
    const cookie = enterpriseCookie(response);
    const remoteAddress = nextAddress();
    const internal = t.app.apiRoutes.filter((r) => r.access !== 'public' && r.access !== 'enterprise');
    expect(internal.length).toBeGreaterThan(100);
    const answered = new Map<string, number>();
    for (const route of internal) {
      const url = route.url.replace(/:[A-Za-z]+/g, '1');
      const reply = await t.app.inject({ method: route.method as 'GET', url, headers: { cookie }, remoteAddress });
      answered.set(`${route.method} ${route.url}`, reply.statusCode);
      expect(reply.body).not.toContain('武汉测试科技');
    }
    expect([...answered].filter(([, status]) => status !== 401)).toEqual([]);
    const staff = await t.app.inject({ method: 'GET', url: '/api/enterprise/account', headers: { cookie: await t.login('reviewer') } });
    expect(staff.statusCode).toBe(403);
    // Both cookies at once: the enterprise route still refuses the staff session.
    const both = await t.app.inject({ method: 'GET', url: '/api/enterprise/account', headers: { cookie: `${cookie}; ${await t.login('wuchang')}` } });
    expect(both.statusCode).toBe(403);
  });
});
