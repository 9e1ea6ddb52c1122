// The policy library through the HTTP API on both databases: kept by the city, read by districts;
// matched to the registry both ways (for an enterprise, for a policy) inside the reader's scope,
// with the conditions met and those the record cannot decide; bad input refused, nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterprisePoliciesSchema, policyEnterprisesSchema, policyListSchema, policySchema, type Policy } from '@hongtu/contracts/policies';
import ExcelJS from 'exceljs';
import { snapshotDatabase, type Refusal } from '../../test/db-snapshot';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { withCheckChar } from '../enterprises/enterprises.test-helpers';

type Json = Record<string, unknown>;
interface ErrorBody { code: string; message: string; details?: { path: string; message: string }[] }

describeEachDialect('policies (政策库)', (dialect) => {
  let t: TestApp;
  let wuchang: string;
  let jiangan: string;
  let reviewer: string;
  const org: Record<string, number> = {};
  const enterprise: Record<string, number> = {};

  const send = async (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: Json, locale = 'zh-CN') => {
    const response = await t.app.inject({ method, url, headers: { cookie, 'accept-language': locale }, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const ok = async (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: Json) => {
    const { status, body } = await send(method, url, cookie, payload);
    expect(status, JSON.stringify(body)).toBeLessThan(300);
    return body;
  };
  const refused = async (request: () => Promise<{ status: number; body: Json }>, status: number, code: string, refusal: Refusal = status === 404 || status === 403 ? 'denied' : 'failed') => {
    const before = await snapshotDatabase(t.database.db, refusal);
    const { status: got, body } = await request();
    expect(got, JSON.stringify(body)).toBe(status);
    expect((body as unknown as ErrorBody).code).toBe(code);
    expect(await snapshotDatabase(t.database.db, refusal)).toBe(before);
    return body as unknown as ErrorBody;
  };
  const createPolicy = async (payload: Json) => policySchema.parse(await ok('POST', '/api/policies', reviewer, payload));

  let hq: Policy;
  let tech: Policy;
  let wuchangOnly: Policy;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    [wuchang, jiangan, reviewer] = await Promise.all([t.login('wuchang'), t.login('jiangan'), t.login('reviewer')]);
    for (const code of ['420106', '420102']) org[code] = await t.orgId(code);
    const add = async (cookie: string, key: string, payload: Json) => {
      enterprise[key] = ((await ok('POST', '/api/enterprises', cookie, payload)) as { id: number }).id;
    };
    await add(wuchang, 'hqWuchang', { creditCode: withCheckChar('91420106MA4K20001'), name: '武昌区域总部企业', industryCode: 'L72', sizeClass: 'large', headquartersKind: 'regional', flags: { fortune500: true } });
    await add(wuchang, 'techWuchang', { creditCode: withCheckChar('91420106MA4K20002'), name: '武昌光电企业', industryCode: 'C39', sizeClass: 'small', flags: { highTech: true, specialised: true } });
    await add(wuchang, 'unknownWuchang', { creditCode: withCheckChar('91420106MA4K20003'), name: '武昌未填行业企业', flags: { highTech: true } });
    await add(jiangan, 'techJiangan', { creditCode: withCheckChar('91420102MA4K20004'), name: '江岸软件企业', industryCode: 'I65', sizeClass: 'medium', flags: { highTech: true } });
    hq = await createPolicy({ title: '武漢市支持總部經濟高質量發展若干措施', issuer: '武汉市人民政府办公厅', documentNumber: '武政办〔2026〕1号', issuedOn: '2026-02-01', validFrom: '2026-02-01', validTo: '2028-01-31', summary: '对新落户的总部企业给予落户奖励', conditions: { flags: ['headquarters'] } });
    tech = await createPolicy({ title: '支持高新技术制造企业', issuer: '武汉市科技局', issuedOn: '2026-03-01', conditions: { industries: ['C'], sizeClasses: ['small', 'medium'], flags: ['highTech'] } });
    wuchangOnly = await createPolicy({ title: '武昌区专精特新奖励', issuer: '武昌区人民政府', issuedOn: '2026-04-01', conditions: { flags: ['specialised'], districtIds: [org['420106']] } });
    await createPolicy({ title: '已过期的政策', issuer: '武汉市人民政府', issuedOn: '2020-01-01', validFrom: '2020-01-01', validTo: '2021-12-31', conditions: {} });
  });
  afterAll(() => t.close());

  describe('the library', () => {
    it('keeps a policy in Simplified characters with its 文号, validity and conditions, audited', async () => {
      expect(hq).toMatchObject({ title: '武汉市支持总部经济高质量发展若干措施', documentNumber: '武政办〔2026〕1号', validTo: '2028-01-31', withdrawn: false, version: 1, conditions: { flags: ['headquarters'] } });
      expect(wuchangOnly.districts).toEqual([{ id: org['420106'], name: '武昌区' }]);
      const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'policy').where('entity_id', '=', String(hq.id)).execute();
      expect(audit.map((a) => a.action)).toEqual(['policy.create']);
    });

    it('lets a district read the library (search, in force only), not keep it', async () => {
      const list = policyListSchema.parse(await ok('GET', '/api/policies?inForce=true', wuchang));
      expect(list.items.map((p) => p.title)).not.toContain('已过期的政策');
      expect(list.items.every((p) => p.inForce)).toBe(true);
      const found = policyListSchema.parse(await ok('GET', `/api/policies?q=${encodeURIComponent('總部')}`, wuchang));
      expect(found.items.map((p) => p.id)).toEqual([hq.id]);
      await refused(() => send('POST', '/api/policies', wuchang, { title: 'x', issuer: 'y', issuedOn: '2026-01-01' }), 403, 'FORBIDDEN');
    });

    it('edits at the version read (409 when stale) and withdraws a policy, which then matches nothing', async () => {
      const edited = policySchema.parse(await ok('PUT', `/api/policies/${tech.id}`, reviewer, { version: 1, title: '支持高新技术制造企业（修订）', issuer: '武汉市科技局', issuedOn: '2026-03-01', conditions: { industries: ['C'], sizeClasses: ['small', 'medium'], flags: ['highTech'] } }));
      expect(edited.version).toBe(2);
      await refused(() => send('PUT', `/api/policies/${tech.id}`, reviewer, { version: 1, title: '旧', issuer: '旧', issuedOn: '2026-03-01' }), 409, 'STALE_VERSION');
      const extra = await createPolicy({ title: '将撤下的政策', issuer: '武汉市人民政府', issuedOn: '2026-01-01' });
      const withdrawn = policySchema.parse(await ok('POST', `/api/policies/${extra.id}/withdraw`, reviewer, { version: 1 }));
      expect(withdrawn).toMatchObject({ withdrawn: true, inForce: false });
      const matches = enterprisePoliciesSchema.parse(await ok('GET', `/api/policies/for-enterprise/${enterprise.techWuchang}`, wuchang));
      expect(matches.items.map((m) => m.policy.id)).not.toContain(extra.id);
      await refused(() => send('PUT', `/api/policies/${extra.id}`, reviewer, { version: 2, title: '改', issuer: '改', issuedOn: '2026-01-01' }), 409, 'POLICY_WITHDRAWN');
    });
  });

  describe('matching', () => {
    it('lists for an enterprise the policies in force it likely qualifies for, with the conditions met', async () => {
      const tech = enterprisePoliciesSchema.parse(await ok('GET', `/api/policies/for-enterprise/${enterprise.techWuchang}`, wuchang));
      expect(tech.items.map((m) => m.policy.title)).toEqual(['支持高新技术制造企业（修订）', '武昌区专精特新奖励']);
      expect(tech.items[0]!.matched).toEqual([{ kind: 'industry', industries: ['C'] }, { kind: 'size', sizeClasses: ['small', 'medium'] }, { kind: 'flag', flag: 'highTech' }]);
      expect(tech.items[0]!.unknown).toEqual([]);
      const hqMatches = enterprisePoliciesSchema.parse(await ok('GET', `/api/policies/for-enterprise/${enterprise.hqWuchang}`, wuchang));
      expect(hqMatches.items.map((m) => m.policy.id)).toEqual([hq.id]);
    });

    it('names the conditions a record cannot decide, after the full matches', async () => {
      const unsure = enterprisePoliciesSchema.parse(await ok('GET', `/api/policies/for-enterprise/${enterprise.unknownWuchang}`, wuchang));
      expect(unsure.items.map((m) => m.policy.title)).toEqual(['支持高新技术制造企业（修订）']);
      expect(unsure.items[0]!.unknown.map((c) => c.kind)).toEqual(['industry', 'size']);
    });

    it('lists for a policy the enterprises to tell in the reader\'s scope, decided ones first', async () => {
      const forCity = policyEnterprisesSchema.parse(await ok('GET', `/api/policies/${tech.id}/enterprises`, reviewer));
      expect(forCity.items.map((i) => i.enterprise.name)).toEqual(['武昌光电企业', '武昌未填行业企业']);
      expect(forCity.total).toBe(2);
      const certain = policyEnterprisesSchema.parse(await ok('GET', `/api/policies/${tech.id}/enterprises?certainOnly=true`, reviewer));
      expect(certain.items.map((i) => i.enterprise.name)).toEqual(['武昌光电企业']);
      const forJiangan = policyEnterprisesSchema.parse(await ok('GET', `/api/policies/${tech.id}/enterprises`, jiangan));
      expect(forJiangan.items).toEqual([]);
      const everyone = await createPolicy({ title: '普惠政策', issuer: '武汉市人民政府', issuedOn: '2026-05-01', conditions: { flags: ['highTech'] } });
      const jianganTold = policyEnterprisesSchema.parse(await ok('GET', `/api/policies/${everyone.id}/enterprises`, jiangan));
      expect(jianganTold.items.map((i) => i.enterprise.name)).toEqual(['江岸软件企业']);
      const page = policyEnterprisesSchema.parse(await ok('GET', `/api/policies/${everyone.id}/enterprises?pageSize=1&page=2`, reviewer));
      expect(page.total).toBe(3);
      expect(page.items).toHaveLength(1);
    });

    it('keeps a district condition to the district and the zones under it', async () => {
      const list = policyEnterprisesSchema.parse(await ok('GET', `/api/policies/${wuchangOnly.id}/enterprises`, reviewer));
      expect(list.items.map((i) => i.enterprise.name)).toEqual(['武昌光电企业']);
      expect(list.items[0]!.matched).toEqual([{ kind: 'flag', flag: 'specialised' }, { kind: 'district', districtIds: [org['420106']] }]);
    });

    it('answers an enterprise of another district like a missing one (404)', async () => {
      await refused(() => send('GET', `/api/policies/for-enterprise/${enterprise.techWuchang}`, jiangan), 404, 'NOT_FOUND');
    });

    it('exports a policy\'s enterprises with the conditions in words', async () => {
      const response = await t.app.inject({ method: 'GET', url: `/api/policies/${tech.id}/enterprises.xlsx`, headers: { cookie: reviewer } });
      expect(response.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.rowCount).toBe(3);
      expect(sheet.getRow(2).getCell(2).value).toBe('武昌光电企业');
      expect(sheet.getRow(2).getCell(4).value).toBe('行业 C；规模 小型、中型；高新技术企业');
      expect(sheet.getRow(3).getCell(5).value).toBe('行业 C；规模 小型、中型');
    });
  });

  describe('bad input', () => {
    it('refuses a validity that ends before it starts, naming both dates', async () => {
      const error = await refused(() => send('POST', '/api/policies', reviewer, { title: '日期颠倒', issuer: '武汉市人民政府', issuedOn: '2026-01-01', validFrom: '2026-06-01', validTo: '2026-05-31' }), 422, 'POLICY_VALIDITY_ORDER');
      expect(error.message).toBe('有效期截止日（2026-05-31）早于起始日（2026-06-01）');
    });

    it('refuses a district condition naming a department or a missing organisation', async () => {
      const department = await t.database.db.selectFrom('organisations').select('id').where('kind', '=', 'department').executeTakeFirst();
      for (const id of [department?.id ?? 999_999, 999_999]) {
        await refused(() => send('POST', '/api/policies', reviewer, { title: '区域错误', issuer: '武汉市人民政府', issuedOn: '2026-01-01', conditions: { districtIds: [id] } }), 422, 'POLICY_DISTRICT_INVALID');
      }
    });

    it('refuses unknown flags, sizes, industry codes and repeated values', async () => {
      for (const conditions of [{ flags: ['top100'] }, { sizeClasses: ['huge'] }, { industries: ['Z'] }, { flags: ['highTech', 'highTech'] }]) {
        await refused(() => send('POST', '/api/policies', reviewer, { title: '条件错误', issuer: '武汉市人民政府', issuedOn: '2026-01-01', conditions }), 400, 'VALIDATION_FAILED');
      }
    });
  });
});
