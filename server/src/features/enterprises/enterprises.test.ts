// The enterprise registry through the HTTP API on both databases: create, read, search, update with
// its version, one record per code across the city (told who serves it, nothing more), the
// district's scope, the export, and bad input refused with a localized message and nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseListSchema, enterpriseSchema, type Enterprise } from '@hongtu/contracts/enterprises';
import ExcelJS from 'exceljs';
import { snapshotDatabase, type Refusal } from '../../test/db-snapshot';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { withCheckChar } from './enterprises.test-helpers';

type Json = Record<string, unknown>;
interface ErrorBody { code: string; message: string; details?: { path: string; message: string }[] }

const WISCO = withCheckChar('91420106MA4K10001');
const OPTICS = withCheckChar('91420106MA4K10002');
const JIANGAN = withCheckChar('91420102MA4K10003');

describeEachDialect('enterprises (企业库)', (dialect) => {
  let t: TestApp;
  let wuchang: string;
  let jiangan: string;
  let reviewer: string;
  const org: Record<string, number> = {};

  const send = async (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: Json, locale = 'zh-CN') => {
    const response = await t.app.inject({ method, url, headers: { cookie, 'accept-language': locale }, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const create = async (payload: Json, cookie = wuchang) => {
    const { status, body } = await send('POST', '/api/enterprises', cookie, payload);
    expect(status, JSON.stringify(body)).toBe(201);
    return enterpriseSchema.parse(body);
  };
  const list = async (query: string, cookie = reviewer) => {
    const { status, body } = await send('GET', `/api/enterprises?${query}`, cookie);
    expect(status, JSON.stringify(body)).toBe(200);
    return enterpriseListSchema.parse(body);
  };
  const names = async (query: string, cookie = reviewer) => (await list(query, cookie)).items.map((i) => i.name);
  /** A refusal with its status and code, and nothing written but the refusal's audit row. */
  const refused = async (request: () => Promise<{ status: number; body: Json }>, status: number, code: string, refusal: Refusal = status === 404 || status === 403 ? 'denied' : 'failed') => {
    const before = await snapshotDatabase(t.database.db, refusal);
    const { status: got, body } = await request();
    const error = body as unknown as ErrorBody;
    expect(got, JSON.stringify(body)).toBe(status);
    expect(error.code).toBe(code);
    expect(await snapshotDatabase(t.database.db, refusal)).toBe(before);
    return error;
  };
  const auditRows = (id: number) => t.database.db.selectFrom('audit_log').select(['action', 'before_json', 'after_json'])
    .where('entity_type', '=', 'enterprise').where('entity_id', '=', String(id)).orderBy('id').execute();

  let wisco: Enterprise;
  let optics: Enterprise;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    [wuchang, jiangan, reviewer] = await Promise.all([t.login('wuchang'), t.login('jiangan'), t.login('reviewer')]);
    for (const code of ['420100', '420106', '420102']) org[code] = await t.orgId(code);
    wisco = await create({
      creditCode: WISCO.toLowerCase(), name: '武漢鋼鐵有限公司', formerNames: ['武漢鋼鐵（集團）公司'], legalForm: 'limited_company', industryCode: 'c31',
      address: '武昌区友谊大道999号', sizeClass: 'large', headquartersKind: 'regional', flags: { fortune500: true, centralSoe: true, aboveScale: true },
    });
    optics = await create({ creditCode: OPTICS, name: '长江光电科技有限公司', industryCode: 'C39', sizeClass: 'medium', flags: { highTech: true, specialised: true } });
    await create({ creditCode: JIANGAN, name: '江岸绿色物流有限公司', industryCode: 'G', flags: { aboveQuota: true } }, jiangan);
  });
  afterAll(() => t.close());

  describe('create and read', () => {
    it('keeps the canonical code, the name in Simplified characters with its 拼音 and 首字母, and an audit row', async () => {
      expect(wisco).toMatchObject({
        creditCode: WISCO, name: '武汉钢铁有限公司', namePinyin: 'wuhangangtieyouxiangongsi', nameInitials: 'whgtyxgs', formerNames: ['武汉钢铁（集团）公司'],
        organisationId: org['420106'], organisationName: '武昌区', industryCode: 'C31', sizeClass: 'large', headquartersKind: 'regional', legalForm: 'limited_company',
        flags: { fortune500: true, china500: false, centralSoe: true, aboveScale: true, highTech: false }, version: 1, canEdit: true, demoNote: null,
      });
      const rows = await auditRows(wisco.id);
      expect(rows.map((r) => r.action)).toEqual(['enterprise.create']);
      expect(JSON.parse(rows[0]!.after_json!)).toMatchObject({ creditCode: WISCO, name: '武汉钢铁有限公司', organisation: '武昌区' });
    });

    it('lets the city read every record and edit it; a department reads it without editing', async () => {
      const { body } = await send('GET', `/api/enterprises/${wisco.id}`, reviewer);
      expect(enterpriseSchema.parse(body).canEdit).toBe(true);
    });
  });

  describe('search', () => {
    it('finds by part of the name, Traditional characters accepted', async () => {
      expect(await names('q=钢铁')).toEqual(['武汉钢铁有限公司']);
      expect(await names(`q=${encodeURIComponent('鋼鐵')}`)).toEqual(['武汉钢铁有限公司']);
      expect(await names('q=有限公司')).toEqual(['武汉钢铁有限公司', '长江光电科技有限公司', '江岸绿色物流有限公司']);
      // LIKE's wildcards are typed characters, not patterns
      expect(await names('q=%25')).toEqual([]);
    });

    it('finds by the start of the 拼音 or of the 首字母, in any case', async () => {
      expect(await names('q=wuhangang')).toEqual(['武汉钢铁有限公司']);
      expect(await names('q=WHGT')).toEqual(['武汉钢铁有限公司']);
      expect(await names('q=cjgd')).toEqual(['长江光电科技有限公司']);
      expect(await names('q=changjiang')).toEqual(['长江光电科技有限公司']);
      expect(await names('q=jianganlv')).toEqual(['江岸绿色物流有限公司']);
      expect(await names('q=gangtie')).toEqual([]);
    });

    it('finds by the start of the credit code', async () => {
      expect(await names(`q=${WISCO.slice(0, 17)}`)).toEqual(['武汉钢铁有限公司']);
      expect(await names('q=91420106')).toEqual(['武汉钢铁有限公司', '长江光电科技有限公司']);
    });

    it('filters by flags (all of them), headquarters, size, industry and district, and pages with a total', async () => {
      expect(await names('flags=highTech,specialised')).toEqual(['长江光电科技有限公司']);
      expect(await names('flags=headquarters')).toEqual(['武汉钢铁有限公司']);
      expect(await names('flags=highTech,fortune500')).toEqual([]);
      expect(await names('sizeClass=large')).toEqual(['武汉钢铁有限公司']);
      expect(await names('industry=C')).toEqual(['武汉钢铁有限公司', '长江光电科技有限公司']);
      expect(await names(`organisationId=${org['420102']}`)).toEqual(['江岸绿色物流有限公司']);
      const page = await list('pageSize=2&page=2');
      expect(page.total).toBe(3);
      expect(page.items.map((i) => i.name)).toEqual(['江岸绿色物流有限公司']);
    });

    it('shows a district only the enterprises it serves, the city all', async () => {
      expect(await names('', wuchang)).toEqual(['武汉钢铁有限公司', '长江光电科技有限公司']);
      expect(await names('', jiangan)).toEqual(['江岸绿色物流有限公司']);
      expect(await names('q=91420106', jiangan)).toEqual([]);
    });
  });

  describe('edit', () => {
    it('saves an edit at its version with the record before and after in the audit row', async () => {
      const { status, body } = await send('PUT', `/api/enterprises/${optics.id}`, wuchang, {
        version: 1, name: '長江光電科技股份有限公司', formerNames: ['长江光电科技有限公司'], legalForm: 'joint_stock', industryCode: 'C39', sizeClass: 'large', flags: { highTech: true, specialised: true, aboveScale: true },
      });
      expect(status, JSON.stringify(body)).toBe(200);
      optics = enterpriseSchema.parse(body);
      expect(optics).toMatchObject({ name: '长江光电科技股份有限公司', nameInitials: 'cjgdkjgfyxgs', version: 2, legalForm: 'joint_stock', flags: { aboveScale: true } });
      const rows = await auditRows(optics.id);
      expect(rows.map((r) => r.action)).toEqual(['enterprise.create', 'enterprise.update']);
      expect(JSON.parse(rows[1]!.before_json!)).toMatchObject({ name: '长江光电科技有限公司', sizeClass: 'medium' });
      expect(JSON.parse(rows[1]!.after_json!)).toMatchObject({ name: '长江光电科技股份有限公司', sizeClass: 'large' });
    });

    it('refuses a stale version (409), nothing written', async () => {
      await refused(() => send('PUT', `/api/enterprises/${optics.id}`, wuchang, { version: 1, name: '旧版本的修改' }), 409, 'STALE_VERSION');
    });

    it('answers another district\'s record like a missing one (404), read or write', async () => {
      await refused(() => send('GET', `/api/enterprises/${wisco.id}`, jiangan), 404, 'NOT_FOUND');
      await refused(() => send('PUT', `/api/enterprises/${wisco.id}`, jiangan, { version: 1, name: '越权修改' }), 404, 'NOT_FOUND');
    });

    it('lets the city move a record to another district, which a district may not do', async () => {
      await refused(() => send('PUT', `/api/enterprises/${wisco.id}`, wuchang, { version: 1, name: '武汉钢铁有限公司', organisationId: org['420102'] }), 404, 'NOT_FOUND');
      await refused(() => send('PUT', `/api/enterprises/${wisco.id}`, reviewer, { version: 1, name: '武汉钢铁有限公司', organisationId: org['420100'] }), 422, 'ENTERPRISE_ORGANISATION_INVALID');
    });
  });

  describe('one record per code', () => {
    it('tells a district that a code it keeps is already in the registry, with the record\'s name', async () => {
      const error = await refused(() => send('POST', '/api/enterprises', wuchang, { creditCode: WISCO, name: '另一个名字' }), 409, 'ENTERPRISE_EXISTS');
      expect(error.message).toContain('武汉钢铁有限公司');
    });

    it('tells a district that a code exists elsewhere and who serves it, and nothing else of that record', async () => {
      const error = await refused(() => send('POST', '/api/enterprises', jiangan, { creditCode: ` ${WISCO.toLowerCase()} `, name: '江岸的写法' }), 409, 'ENTERPRISE_EXISTS_ELSEWHERE');
      expect(error.message).toContain('武昌区');
      expect(error.message).toContain(WISCO);
      expect(JSON.stringify(error)).not.toContain('钢铁');
      const en = await send('POST', '/api/enterprises', jiangan, { creditCode: WISCO, name: '江岸的写法' }, 'en');
      expect((en.body as unknown as ErrorBody).message).toBe(`The credit code ${WISCO} is already in the registry, served by 武昌区; to change who serves it, contact 武昌区 or the city`);
    });
  });

  describe('bad input', () => {
    it('refuses a credit code with a wrong check character, naming it, in the user\'s language', async () => {
      const wrong = `${WISCO.slice(0, 17)}${WISCO.endsWith('0') ? '1' : '0'}`;
      const error = await refused(() => send('POST', '/api/enterprises', wuchang, { creditCode: wrong, name: '校验码错误的企业' }), 422, 'ENTERPRISE_CREDIT_CODE_INVALID');
      expect(error.message).toBe(`统一社会信用代码“${wrong}”不正确（18位，末位为校验码）`);
      expect(error.details).toEqual([{ path: 'body.creditCode', message: error.message }]);
      const tw = await send('POST', '/api/enterprises', wuchang, { creditCode: wrong, name: '校验码错误的企业' }, 'zh-TW');
      expect((tw.body as unknown as ErrorBody).message).toContain('不正確');
    });

    it('refuses an unknown industry code, a size class or flag it does not know, unknown fields', async () => {
      await refused(() => send('POST', '/api/enterprises', wuchang, { creditCode: withCheckChar('91420106MA4K10009'), name: '行业代码错误', industryCode: 'Z99' }), 400, 'VALIDATION_FAILED');
      await refused(() => send('POST', '/api/enterprises', wuchang, { creditCode: withCheckChar('91420106MA4K10009'), name: '规模错误', sizeClass: 'huge' }), 400, 'VALIDATION_FAILED');
      await refused(() => send('POST', '/api/enterprises', wuchang, { creditCode: withCheckChar('91420106MA4K10009'), name: '多余字段', organisationName: '江岸区' }), 400, 'VALIDATION_FAILED');
      await refused(() => send('GET', '/api/enterprises?flags=top100', wuchang), 400, 'VALIDATION_FAILED');
    });

    it('refuses a department as the serving organisation (422) and another district\'s as out of scope (404)', async () => {
      await refused(() => send('POST', '/api/enterprises', reviewer, { creditCode: withCheckChar('91420100MA4K10010'), name: '市本级' }), 422, 'ENTERPRISE_ORGANISATION_INVALID');
      await refused(() => send('POST', '/api/enterprises', wuchang, { creditCode: withCheckChar('91420102MA4K10011'), name: '别区的企业', organisationId: org['420102'] }), 404, 'NOT_FOUND');
    });
  });

  it('exports the registry in the reader\'s scope as a workbook the import reads back', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/enterprises/export.xlsx?flags=fortune500', headers: { cookie: wuchang } });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('统一社会信用代码');
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe(WISCO);
    expect(sheet.getRow(2).getCell(2).value).toBe('武汉钢铁有限公司');
    expect(sheet.getRow(2).getCell(9).value).toBe('区域总部');
    expect(sheet.getRow(2).getCell(10).value).toBe('是');
  });
});
