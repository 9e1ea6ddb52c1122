import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  activitySchema, contractItemSchema, districtListSchema, funnelSchema, leadListSchema, leadSchema, reconciliationSchema,
} from '@hongtu/contracts/investment';
import { add, creditCodeCheckChar, dec, sub, toPlainString } from '@hongtu/domain';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';

// A valid 统一社会信用代码 (check character computed by the domain's rule) and the same with a wrong one.
const CREDIT_CODE_BODY = '91420106MA4K5Y8R1';

describeEachDialect('investment attraction (招商引资)', (dialect) => {
  let t: TestApp;
  const cookies = new Map<string, string>();
  const as = async (user: string) => {
    if (!cookies.has(user)) cookies.set(user, await t.login(user));
    return cookies.get(user)!;
  };
  const call = async (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: Record<string, unknown>, locale = 'zh-CN') =>
    t.app.inject({ method, url, headers: { cookie: await as(user), 'accept-language': locale }, ...(payload ? { payload } : {}) });
  type Table = 'investment_leads' | 'investment_lead_events' | 'investment_contracts' | 'investment_funds' | 'projects';
  const count = async (table: Table) => Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const counts = async () => Promise.all((['investment_leads', 'investment_lead_events', 'investment_contracts', 'investment_funds', 'projects'] as const).map(count));
  const trail = async (entityType: string, id: number) => (await t.database.db.selectFrom('audit_log').select('action')
    .where('entity_type', '=', entityType).where('entity_id', '=', String(id)).orderBy('id').execute()).map((r) => r.action);
  const newLead = async (change: Record<string, unknown> = {}, user = 'wuchang') => call(user, 'POST', '/api/investment/leads', {
    projectName: '华星光电第十代液晶面板项目', investorName: '华星光电技术有限公司', source: 'door_knocking', industry: '新型显示',
    intendedInvestment: '350', contactName: '李经理', contactPhone: '138 1234 5678', ownerName: '区招商局一科', nextStep: '赴深圳总部拜访', nextStepOn: '2026-03-10', ...change,
  });
  let validCode: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    validCode = CREDIT_CODE_BODY + creditCodeCheckChar(CREDIT_CODE_BODY);
  });
  afterAll(() => t.close());

  it('runs a lead from the first visit to a signed contract, funds in place and a major project, every step audited', async () => {
    const created = await newLead({ investorCreditCode: validCode });
    expect(created.statusCode, created.body).toBe(201);
    const lead = leadSchema.parse(created.json());
    expect(lead).toMatchObject({ stage: 'lead', stageSince: '2026-03-05', intendedInvestment: '350', contactPhoneMasked: '138****5678', stale: false, investorCreditCode: validCode });
    expect(created.body).not.toContain('13812345678');
    expect(lead.actions).toMatchObject({ move: true, sign: true, readContact: true });

    const visited = await call('wuchang', 'POST', `/api/investment/leads/${lead.id}/contacts`, { version: 1, kind: 'visit', on: '2026-03-05', text: '赴深圳总部拜访，对方确认投资意向', nextStep: '提交投资协议草案' });
    expect(visited.statusCode, visited.body).toBe(200);
    expect(visited.json()).toMatchObject({ nextStep: '提交投资协议草案', version: 2 });

    const moved = await call('wuchang', 'POST', `/api/investment/leads/${lead.id}/move`, { version: 2, to: 'negotiation' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ stage: 'negotiation', nextStage: null, version: 3 });
    // A retried move of the same version changes nothing.
    expect((await call('wuchang', 'POST', `/api/investment/leads/${lead.id}/move`, { version: 2, to: 'negotiation' })).json().version).toBe(3);

    const signed = await call('wuchang', 'POST', `/api/investment/leads/${lead.id}/contract`, {
      version: 3, kind: 'domestic', currency: 'yi_yuan', amount: '350.00', signedOn: '2026-03-05', terms: '分三期投资',
      milestones: [{ name: '注册公司', dueOn: '2026-04-30' }, { name: '开工建设', dueOn: '2026-09-30' }],
    });
    expect(signed.statusCode, signed.body).toBe(200);
    const afterSigning = leadSchema.parse(signed.json());
    expect(afterSigning).toMatchObject({ stage: 'signed', nextStage: 'registered' });
    const contract = afterSigning.contracts[0]!;
    expect(contract).toMatchObject({ amount: '350', currency: 'yi_yuan', milestones: [{ name: '注册公司', dueOn: '2026-04-30' }, { name: '开工建设', dueOn: '2026-09-30' }] });

    const funds = await call('wuchang', 'POST', `/api/investment/contracts/${contract.id}/funds`, { version: 1, month: '2026-03', kind: 'funds_in_place', amount: '525.69' });
    expect(funds.statusCode, funds.body).toBe(200);
    // Reported again for the month, the figure replaces the first: exact, never 525.6999….
    const again = await call('wuchang', 'POST', `/api/investment/contracts/${contract.id}/funds`, { version: 2, month: '2026-03', kind: 'funds_in_place', amount: toPlainString(add(dec('525.69'), dec('0.01'))) });
    expect(contractItemSchema.parse(again.json())).toMatchObject({ inPlace: '525.7', funds: [{ month: '2026-03', kind: 'funds_in_place', amount: '525.7' }], version: 3 });

    const project = await call('wuchang', 'POST', `/api/investment/contracts/${contract.id}/project`, { version: 3, category: 'emerging_industry' });
    expect(project.statusCode, project.body).toBe(200);
    expect(project.json()).toMatchObject({ created: true });
    const row = await t.database.db.selectFrom('projects').selectAll().where('id', '=', project.json().projectId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: '华星光电第十代液晶面板项目', owner_name: '华星光电技术有限公司', owner_credit_code: validCode, stage: 'signed', actual_signing: '2026-03-05' });
    // 350 亿元 = 3 500 000 万元, stored × 10^6.
    expect(String(row.total_investment)).toBe('3500000000000');
    // Asked again, the link stays the same project.
    expect((await call('wuchang', 'POST', `/api/investment/contracts/${contract.id}/project`, { version: 4, category: 'emerging_industry' })).json()).toMatchObject({ projectId: row.id, created: false });

    expect(await trail('lead', lead.id)).toEqual(['lead.create', 'lead.contact', 'lead.move']);
    expect(await trail('investment_contract', contract.id)).toEqual(['investment_contract.create', 'investment_contract.funds', 'investment_contract.funds', 'investment_contract.project']);
    expect(await trail('project', row.id)).toEqual(['project.create']);
    const detail = leadSchema.parse((await call('reviewer', 'GET', `/api/investment/leads/${lead.id}`)).json());
    expect(detail.events.map((e) => [e.kind, e.toStage])).toEqual([['create', 'lead'], ['visit', null], ['stage', 'negotiation'], ['stage', 'signed']]);
  });

  it('masks the phone in lists, shows it in full only to the allowed roles and audits each full view', async () => {
    const list = leadListSchema.parse((await call('wuchang', 'GET', '/api/investment/leads')).json());
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((i) => i.contactPhoneMasked === '' || i.contactPhoneMasked.includes('****'))).toBe(true);
    const id = list.items[0]!.id;
    const full = await call('wuchang', 'GET', `/api/investment/leads/${id}/contact`);
    expect(full.statusCode).toBe(200);
    expect(full.json()).toEqual({ contactName: '李经理', contactPhone: '138 1234 5678' });
    expect((await call('reviewer', 'GET', `/api/investment/leads/${id}/contact`)).statusCode).toBe(200);
    const views = await t.database.db.selectFrom('audit_log').select('actor_id').where('action', '=', 'lead.contact_view').where('entity_id', '=', String(id)).orderBy('id').execute();
    expect(views.map((v) => v.actor_id)).toEqual([await t.userId('wuchang'), await t.userId('reviewer')]);

    const denied = await call('leader', 'GET', `/api/investment/leads/${id}/contact`);
    expect(denied.statusCode).toBe(403);
    expect((await call('leader', 'GET', `/api/investment/leads/${id}`)).json().contactPhoneMasked).toBe('138****5678');
    expect((await call('jiangan', 'GET', `/api/investment/leads/${id}/contact`)).statusCode).toBe(404);
  });

  it('tells two districts pursuing the same project of each other, naming only the district; the city sees both', async () => {
    // The same name in Traditional characters, full-width brackets and blanks.
    const theirs = await newLead({ projectName: '華星光電 第十代液晶面板項目', investorName: '華星光電', contactPhone: '' }, 'jiangan');
    expect(theirs.statusCode, theirs.body).toBe(201);
    const jiangan = leadSchema.parse(theirs.json());
    expect(jiangan.duplicates).toEqual([{ match: 'name', organisationName: '武昌区', leadId: null }]);
    const wuchangLead = leadListSchema.parse((await call('wuchang', 'GET', '/api/investment/leads?q=華星光電')).json()).items[0]!;
    expect(wuchangLead.duplicate).toBe(true);
    const mine = leadSchema.parse((await call('wuchang', 'GET', `/api/investment/leads/${wuchangLead.id}`)).json());
    expect(mine.duplicates).toEqual([{ match: 'name', organisationName: '江岸区', leadId: null }]);
    const city = leadSchema.parse((await call('reviewer', 'GET', `/api/investment/leads/${wuchangLead.id}`)).json());
    expect(city.duplicates).toEqual([{ match: 'name', organisationName: '江岸区', leadId: jiangan.id }]);
    // By enterprise: the same credit code under another project name.
    const byCode = leadSchema.parse((await newLead({ projectName: '华星光电研发中心', investorCreditCode: validCode }, 'jiangan')).json());
    expect(byCode.duplicates).toEqual([{ match: 'enterprise', organisationName: '武昌区', leadId: null }]);
  });

  it('refuses bad input and other districts\' leads with a clear message, writing nothing', async () => {
    const before = await counts();
    const wrongCode = await newLead({ investorCreditCode: `${validCode.slice(0, 17)}${validCode.endsWith('0') ? '1' : '0'}` });
    expect(wrongCode.statusCode).toBe(400);
    expect(wrongCode.json().message).toContain('校验位不正确');
    expect((await newLead({ contactPhone: '电话123' })).json().code).toBe('INVESTMENT_PHONE_INVALID');
    expect((await newLead({ intendedInvestment: '0' })).json().code).toBe('INVESTMENT_AMOUNT_REQUIRED');
    expect((await newLead({ intendedInvestment: '12abc' })).statusCode).toBe(400);
    expect((await newLead({}, 'reviewer')).statusCode).toBe(403);

    const jianganLead = leadListSchema.parse((await call('jiangan', 'GET', '/api/investment/leads')).json()).items[0]!;
    expect((await call('wuchang', 'GET', `/api/investment/leads/${jianganLead.id}`)).statusCode).toBe(404);
    expect((await call('wuchang', 'POST', `/api/investment/leads/${jianganLead.id}/move`, { version: jianganLead.version, to: 'negotiation' })).statusCode).toBe(404);

    const fresh = leadListSchema.parse((await call('jiangan', 'GET', '/api/investment/leads?stage=lead')).json()).items[0]!;
    const skip = await call('jiangan', 'POST', `/api/investment/leads/${fresh.id}/move`, { version: fresh.version, to: 'signed' }, 'en');
    expect(skip.statusCode).toBe(409);
    expect(skip.json().message).toBe('The lead is at "lead": it moves only to the next stage, not to "signed"');
    const foreign = await call('jiangan', 'POST', `/api/investment/leads/${fresh.id}/contract`, { version: fresh.version, kind: 'foreign', currency: 'yi_yuan', amount: '5000', signedOn: '2026-03-01' });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().message).toBe('外资合同金额应以万美元计，请更正币种');
    const tw = await call('jiangan', 'POST', `/api/investment/leads/${fresh.id}/contract`, { version: fresh.version, kind: 'domestic', currency: 'wan_usd', amount: '5000', signedOn: '2026-03-01' }, 'zh-TW');
    expect(tw.json().message).toBe('內資合同金額應以億元計，請更正幣種');
    expect((await call('jiangan', 'POST', `/api/investment/leads/${fresh.id}/contract`, { version: fresh.version, kind: 'domestic', currency: 'yi_yuan', amount: '5', signedOn: '2026-04-01' })).statusCode).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('records a 签约大会 with its contracts and totals, a foreign contract in 万美元 and its 实际利用外资', async () => {
    const activity = await call('jiangan', 'POST', '/api/investment/activities', { kind: 'signing_conference', name: '江岸区一季度重大项目集中签约大会', heldOn: '2026-03-02', place: '江岸区政务中心' });
    expect(activity.statusCode, activity.body).toBe(201);
    const activityId = activity.json().id as number;
    const lead = leadSchema.parse((await newLead({ projectName: '外资生物医药项目', activityId }, 'jiangan')).json());
    const signed = leadSchema.parse((await call('jiangan', 'POST', `/api/investment/leads/${lead.id}/contract`, { version: 1, kind: 'foreign', currency: 'wan_usd', amount: '8000', signedOn: '2026-03-02', activityId })).json());
    const contract = signed.contracts[0]!;
    const wrongKind = await call('jiangan', 'POST', `/api/investment/contracts/${contract.id}/funds`, { version: 1, month: '2026-03', kind: 'funds_in_place', amount: '10' });
    expect(wrongKind.json().message).toBe('“实际到位资金”不适用于以万美元计的合同');
    expect((await call('jiangan', 'POST', `/api/investment/contracts/${contract.id}/funds`, { version: 1, month: '2026-03', kind: 'foreign_capital', amount: '1234.5' })).statusCode).toBe(200);
    const early = await call('jiangan', 'POST', `/api/investment/contracts/${contract.id}/funds`, { version: 2, month: '2026-02', kind: 'foreign_capital', amount: '1' });
    expect(early.json().code).toBe('INVESTMENT_FUND_MONTH');

    const detail = activitySchema.parse((await call('reviewer', 'GET', `/api/investment/activities/${activityId}`)).json());
    expect(detail).toMatchObject({ leads: 1, contracts: 1, signedWanUsd: '8000', signedYiYuan: '0' });
    expect(detail.contractList.map((c) => c.projectName)).toEqual(['外资生物医药项目']);
    expect((await call('wuchang', 'GET', `/api/investment/activities/${activityId}`)).statusCode).toBe(404);

    const recon = reconciliationSchema.parse((await call('reviewer', 'GET', '/api/investment/reconciliation?month=2026-03')).json());
    const jiangan = recon.items.find((r) => r.organisationName === '江岸区' && r.kind === 'foreign_capital')!;
    // 1234.5 万美元 = 0.12345 亿美元 (the indicator's unit).
    expect(jiangan.fromContracts).toBe('0.12345');
    for (const r of recon.items.filter((i) => i.reported !== null)) expect(r.difference).toBe(toPlainString(sub(dec(r.reported!), dec(r.fromContracts))));
    const wuchang = recon.items.find((r) => r.organisationName === '武昌区' && r.kind === 'funds_in_place')!;
    expect(wuchang.fromContracts).toBe('525.7');
    expect(recon.items.some((r) => r.organisationName === '江岸区')).toBe(true);
    expect(reconciliationSchema.parse((await call('wuchang', 'GET', '/api/investment/reconciliation?month=2026-03')).json()).items.every((r) => r.organisationName === '武昌区')).toBe(true);
  });

  it('gives the funnel, the districts\' rates and their ranking, and flags leads stale after the city\'s number of days', async () => {
    const funnel = funnelSchema.parse((await call('reviewer', 'GET', '/api/investment/funnel')).json());
    const stage = (s: string) => funnel.stages.find((x) => x.stage === s)!;
    expect(funnel.total).toBe(await count('investment_leads'));
    expect(stage('signed')).toMatchObject({ current: 2, reached: 2 });
    expect(stage('negotiation').reached).toBe(2);
    expect(stage('signed').conversion).toBe('100.00');
    expect(stage('signed').intended).toBe('700');
    expect(stage('lead').averageDays).toBe('0');
    const own = funnelSchema.parse((await call('wuchang', 'GET', '/api/investment/funnel')).json());
    expect(own.total).toBe(1);

    const districts = districtListSchema.parse((await call('reviewer', 'GET', '/api/investment/districts?month=2026-03')).json());
    const wuchang = districts.items.find((d) => d.organisationName === '武昌区')!;
    // 525.70 in place of 350 signed: 150.20 %.
    expect(wuchang).toMatchObject({ signed: 1, started: 0, fulfilmentRate: '0.00', contractedYiYuan: '350', inPlaceYiYuan: '525.7', inPlaceRateYiYuan: '150.20', ytdInPlace: '525.7', timeProgress: '25.00' });
    const jiangan = districts.items.find((d) => d.organisationName === '江岸区')!;
    expect(jiangan).toMatchObject({ contractedWanUsd: '8000', inPlaceWanUsd: '1234.5', inPlaceRateWanUsd: '15.43' });

    t.clock.advanceMinutes(31 * 24 * 60);
    cookies.clear();
    const stale = leadListSchema.parse((await call('reviewer', 'GET', '/api/investment/leads?stale=true')).json());
    expect(stale.staleDays).toBe(30);
    expect(stale.items.length).toBeGreaterThan(0);
    expect(stale.items.every((i) => i.stale && i.idleDays > 30)).toBe(true);
    const settings = await call('reviewer', 'PUT', '/api/investment/settings', { version: 1, staleDays: 60 });
    expect(settings.statusCode, settings.body).toBe(200);
    expect(leadListSchema.parse((await call('reviewer', 'GET', '/api/investment/leads?stale=true')).json()).items).toEqual([]);
    expect((await call('reviewer', 'PUT', '/api/investment/settings', { version: 2, staleDays: 3 })).statusCode).toBe(400);
  });
});
