// The leads workbook on both databases: the reader's scope and the list's filters, phones masked as in the list.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { insertLead } from './investment.test-helpers';

async function readBook(buffer: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows: string[][] = [];
  book.worksheets[0]!.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
}

describeEachDialect('leads workbook', (dialect) => {
  let t: TestApp;
  const download = async (user: string, query = '', locale = 'zh-CN') => {
    const response = await t.app.inject({ method: 'GET', url: `/api/investment/leads/export.xlsx${query}`, headers: { cookie: await t.login(user), 'accept-language': locale } });
    expect(response.statusCode, response.body).toBe(200);
    return { rows: await readBook(response.rawPayload), disposition: String(response.headers['content-disposition']) };
  };

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    await insertLead(t, '420106', { project_name: '导出测试武昌项目', name_key: '导出测试武昌项目', contact_phone: '13912345678', stage: 'negotiation' });
    await insertLead(t, '420106', { project_name: '导出测试武昌线索', name_key: '导出测试武昌线索', contact_phone: '13712345678', stage: 'lead' });
    await insertLead(t, '420102', { project_name: '导出测试江岸项目', name_key: '导出测试江岸项目', contact_phone: '13612345678', stage: 'negotiation' });
  });
  afterAll(() => t.close());

  it('writes the district\'s own leads only, with the phone masked as in the list', async () => {
    const { rows, disposition } = await download('wuchang');
    expect(disposition).toContain('.xlsx');
    const [header, ...body] = rows;
    expect(header).toContain('联系电话');
    const phone = header!.indexOf('联系电话');
    const names = body.map((r) => r[header!.indexOf('项目名称')]);
    expect(names).toEqual(expect.arrayContaining(['导出测试武昌项目', '导出测试武昌线索']));
    expect(names).not.toContain('导出测试江岸项目');
    expect(body.find((r) => r.includes('导出测试武昌项目'))![phone]).toBe('139****5678');
    expect(rows.flat().join('|')).not.toContain('13912345678');
    expect(body.find((r) => r.includes('导出测试武昌项目'))![header!.indexOf('阶段')]).toBe('洽谈');
  });

  it('follows the list\'s filters and the reader\'s language; the city sees every district', async () => {
    const filtered = await download('wuchang', '?stage=lead', 'en');
    expect(filtered.rows[0]).toContain('Phone');
    expect(filtered.rows.slice(1).map((r) => r[1])).toEqual(['导出测试武昌线索']);
    const city = await download('reviewer', '?q=导出测试');
    expect(city.rows.slice(1).map((r) => r[1]).sort()).toEqual(['导出测试武昌线索', '导出测试武昌项目', '导出测试江岸项目'].sort());
  });
});
