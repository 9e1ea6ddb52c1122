// The registry workbook on both databases: the export is the template; the import reads it back as
// a dry run (every row checked, records matched by credit code), then commits all or nothing.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseImportCheckSchema, enterpriseImportCommitSchema, enterpriseSchema, type EnterpriseImportCheck } from '@hongtu/contracts/enterprises';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { insertEnterprise, nextCreditCode } from './enterprises.test-helpers';

type Json = Record<string, unknown>;

function multipart(file: Buffer, fileName = 'enterprises.xlsx') {
  const boundary = '----hongtu-enterprise-import';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, file, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function readBook(buffer: Buffer): Promise<{ headers: string[]; rows: ExcelJS.CellValue[][] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  const all: ExcelJS.CellValue[][] = [];
  book.worksheets[0]!.eachRow((row) => all.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return { headers: all[0]!.map(String), rows: all.slice(1) };
}

async function writeBook(headers: string[], rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('企业库');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describeEachDialect('enterprise registry workbook', (dialect) => {
  let t: TestApp;
  let wuchang: string;
  const count = async () => Number((await t.database.db.selectFrom('enterprises').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const upload = async (file: Buffer, locale = 'zh-CN', cookie = wuchang) => {
    const body = multipart(file);
    const response = await t.app.inject({ method: 'POST', url: '/api/enterprises/import', payload: body.payload, headers: { ...body.headers, cookie, 'accept-language': locale } });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const check = async (file: Buffer, locale = 'zh-CN'): Promise<EnterpriseImportCheck> => {
    const { status, body } = await upload(file, locale);
    expect(status, JSON.stringify(body)).toBe(200);
    return enterpriseImportCheckSchema.parse(body);
  };
  const commit = (batchId: number) => t.app.inject({ method: 'POST', url: `/api/enterprise-imports/${batchId}/commit`, headers: { cookie: wuchang } });
  const exportBook = async (locale = 'zh-CN', q = '') => {
    const response = await t.app.inject({ method: 'GET', url: `/api/enterprises/export.xlsx${q}`, headers: { cookie: wuchang, 'accept-language': locale } });
    expect(response.statusCode).toBe(200);
    return readBook(response.rawPayload);
  };

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    wuchang = await t.login('wuchang');
  });
  afterAll(() => t.close());

  it('reads its own export back as unchanged, and writes nothing but the checked batch', async () => {
    const code = nextCreditCode('420106');
    await insertEnterprise(t.database.db, { organisationId: await t.orgId('420106'), name: '往返测试科技有限公司', creditCode: code });
    const book = await exportBook('zh-CN', `?q=${code}`);
    expect(book.rows).toHaveLength(1);
    const before = await count();
    const result = await check(await writeBook(book.headers, book.rows));
    expect(result).toMatchObject({ creates: 0, updates: 0, unchanged: 1, blocking: false, problemCount: 0 });
    expect(result.rows[0]).toMatchObject({ creditCode: code, action: 'unchanged', organisationName: '武昌区' });
    expect(await count()).toBe(before);
  });

  it('creates and updates by credit code from a Traditional sheet, all at once on commit, each record audited', async () => {
    const existing = nextCreditCode('420106');
    const id = await insertEnterprise(t.database.db, { organisationId: await t.orgId('420106'), name: '舊名稱測試有限公司', creditCode: existing });
    const fresh = nextCreditCode('420106');
    const headers = ['統一社會信用代碼', '企業名稱', '服務區', '企業規模', '總部類型', '世界500強', '高新技術企業', '行業代碼'];
    const file = await writeBook(headers, [
      [fresh.toLowerCase(), '武漢長江示範軟體有限公司', '武昌區', '中型', '區域總部', '否', '是', 'i65'],
      [` ${existing} `, '武漢新名稱測試有限公司', '', '小型', '', '是', '否', ''],
    ]);
    const before = await count();
    const result = await check(file, 'zh-TW');
    expect(result).toMatchObject({ creates: 1, updates: 1, unchanged: 0, blocking: false });
    expect(await count()).toBe(before);

    const response = await commit(result.batchId);
    expect(response.statusCode, response.body).toBe(200);
    expect(enterpriseImportCommitSchema.parse(response.json())).toMatchObject({ created: 1, updated: 1, repeated: false });
    expect(await count()).toBe(before + 1);
    const created = await t.database.db.selectFrom('enterprises').selectAll().where('credit_code', '=', fresh).executeTakeFirstOrThrow();
    expect(created).toMatchObject({ name: '武汉长江示范软体有限公司', size_class: 'medium', headquarters_kind: 'regional', high_tech: 1, fortune500: 0, industry_code: 'I65' });
    expect(created.name_initials.length).toBeGreaterThan(0);
    const read = enterpriseSchema.parse((await t.app.inject({ method: 'GET', url: `/api/enterprises/${id}`, headers: { cookie: wuchang } })).json());
    expect(read).toMatchObject({ name: '武汉新名称测试有限公司', sizeClass: 'small', version: 2 });
    expect(read.flags.fortune500).toBe(true);
    const audited = await t.database.db.selectFrom('audit_log').select('action').where('action', 'in', ['enterprise.create', 'enterprise.update', 'enterprise.import', 'enterprise.import_check']).execute();
    expect(new Set(audited.map((a) => a.action))).toEqual(new Set(['enterprise.create', 'enterprise.update', 'enterprise.import', 'enterprise.import_check']));
    // Committed again: answered as before, nothing written.
    const again = await commit(result.batchId);
    expect(again.json()).toMatchObject({ repeated: true, created: 0 });
    expect(await count()).toBe(before + 1);
  });

  it('refuses a wrong check character, a duplicate, an unknown value and another district — placed by row and column, nothing written', async () => {
    const good = nextCreditCode('420106');
    const wrong = `${good.slice(0, 17)}${good.endsWith('0') ? '1' : '0'}`;
    const elsewhere = nextCreditCode('420102');
    await insertEnterprise(t.database.db, { organisationId: await t.orgId('420102'), name: '江岸秘密名称有限公司', creditCode: elsewhere });
    const file = await writeBook(['统一社会信用代码', '企业名称', '企业规模', '服务区'], [
      [wrong, '校验位错误有限公司', '', ''],
      [good, '正常企业有限公司', '', ''],
      [good, '重复企业有限公司', '', ''],
      [nextCreditCode('420106'), '规模错误有限公司', '巨型', ''],
      [elsewhere, '别区企业', '', ''],
      [nextCreditCode('420106'), '越权企业有限公司', '', '江岸区'],
      [nextCreditCode('420106'), '', '', ''],
    ]);
    const before = await count();
    const result = await check(file);
    expect(result.blocking).toBe(true);
    const byRow = new Map(result.problems.map((p) => [p.row, p]));
    expect(byRow.get(2)).toMatchObject({ code: 'ENTERPRISE_CREDIT_CODE_INVALID', column: 'A' });
    expect(byRow.get(4)).toMatchObject({ code: 'ENTERPRISE_IMPORT_DUPLICATE_ROW', column: 'A' });
    expect(byRow.get(5)).toMatchObject({ code: 'ENTERPRISE_IMPORT_UNKNOWN_VALUE', column: 'C' });
    expect(byRow.get(6)).toMatchObject({ code: 'ENTERPRISE_EXISTS_ELSEWHERE', column: 'A' });
    expect(byRow.get(6)!.message).toContain('江岸区');
    expect(byRow.get(6)!.message).not.toContain('江岸秘密名称');
    expect(byRow.get(7)).toMatchObject({ code: 'ENTERPRISE_IMPORT_ORGANISATION', column: 'D' });
    expect(byRow.get(8)).toMatchObject({ code: 'ENTERPRISE_IMPORT_REQUIRED', column: 'B' });
    expect(JSON.stringify(result)).not.toContain('江岸秘密名称');
    const refused = await commit(result.batchId);
    expect(refused.statusCode).toBe(422);
    expect(await count()).toBe(before);
  });

  it('answers a file that is no workbook, or has no registry header, with a clear message', async () => {
    const junk = await upload(Buffer.from('not a workbook at all'));
    expect(junk.status).toBeGreaterThanOrEqual(400);
    expect(junk.status).toBeLessThan(500);
    expect(String(junk.body.message)).not.toMatch(/at .*\.ts|SELECT/);
    const noHeader = await upload(await writeBook(['名称', '金额'], [['甲', 1]]), 'en');
    expect(noHeader.status).toBe(422);
    expect(noHeader.body).toMatchObject({ code: 'ENTERPRISE_IMPORT_NO_HEADER' });
    expect(String(noHeader.body.message)).toContain('Credit code');
  });

  it('refuses a commit when a record changed since the check (409), nothing written', async () => {
    const code = nextCreditCode('420106');
    const id = await insertEnterprise(t.database.db, { organisationId: await t.orgId('420106'), name: '并发测试有限公司', creditCode: code });
    const result = await check(await writeBook(['统一社会信用代码', '企业名称'], [[code, '并发测试（改名）有限公司']]));
    expect(result.updates).toBe(1);
    await t.database.db.updateTable('enterprises').set({ version: 2, name: '别人改过的名称' }).where('id', '=', id).execute();
    const response = await commit(result.batchId);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'ENTERPRISE_IMPORT_STALE' });
    const row = await t.database.db.selectFrom('enterprises').select('name').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.name).toBe('别人改过的名称');
  });
});

describe('enterprise import header', () => {
  it('is found in any of the three languages', async () => {
    const { enterpriseHeader } = await import('./enterprise-import-job');
    const row = (texts: string[]) => {
      const cells: Array<{ kind: 'text'; text: string }> = [];
      texts.forEach((text, i) => { cells[i + 1] = { kind: 'text', text }; });
      return { index: 1, cells } as never;
    };
    expect(enterpriseHeader(row(['Credit code', 'Name']))?.columns).toMatchObject({ creditCode: 1, name: 2 });
    expect(enterpriseHeader(row(['統一社會信用代碼', '企業名稱']))?.columns).toMatchObject({ creditCode: 1, name: 2 });
    expect(enterpriseHeader(row(['企业名称', '地址']))).toBeNull();
  });
});
