import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { IMPORT_LIMITS, MAX_SHEET_ROW } from '../../platform/imports/limits';
import { uploadTargets } from '../targets/targets.test-helpers';
import { buildZip, counts, openPeriod, readZip, upload, withPart, workbook } from './spreadsheets.test-helpers';

const SHEET = 'xl/worksheets/sheet1.xml';

/** A sheet part with a header row (指标名称 / 本年累计) and `rows` rows of one number in column Z, which no parser reads. */
function sheetXml(rows: number, dimension = `A1:Z${rows + 1}`): Buffer {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    `<dimension ref="${dimension}"/><sheetData>`,
    '<row r="1"><c r="A1" t="inlineStr"><is><t>指标名称</t></is></c><c r="B1" t="inlineStr"><is><t>本年累计</t></is></c></row>',
  ];
  for (let r = 2; r <= rows + 1; r++) parts.push(`<row r="${r}"><c r="Z${r}"><v>${r}</v></c></row>`);
  parts.push('</sheetData></worksheet>');
  return Buffer.from(parts.join(''));
}

describeEachDialect('Excel import bounds its work on hostile files and keeps the server answering', (dialect) => {
  let t: TestApp;
  let operator: string;
  let reviewer: string;
  let org: number;
  let key: string;
  let valid: Buffer;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    operator = await t.login('wuchang');
    reviewer = await t.login('reviewer');
    org = await t.orgId('420106');
    key = await openPeriod(t, 2090, 3);
    valid = await workbook([['指标名称', '本年累计'], ['地区生产总值', 100]]);
  });
  afterAll(() => t.close());

  /** Replaces the first sheet's XML of the valid file. */
  const withSheet = (xml: Buffer) => buildZip(readZip(valid).map((e) => (e.name === SHEET ? { ...e, data: xml } : e)));

  /**
   * Uploads while asking /healthz again and again; answers the upload and how many health
   * checks were answered while the upload was still in flight (paced: the API's rate limit counts them).
   */
  async function uploadWhileProbing(file: Buffer) {
    let done = false;
    const pending = upload(t, operator, key, org, file).finally(() => { done = true; });
    let answeredInFlight = 0;
    while (!done) {
      const health = await t.app.inject({ method: 'GET', url: '/healthz' });
      expect(health.statusCode).toBe(200);
      if (!done) answeredInFlight++;
      await sleep(25);
    }
    return { response: await pending, answeredInFlight };
  }

  it('refuses a sheet declaring 1,048,576 rows from its dimension, without walking them', async () => {
    const before = await counts(t);
    const tiny = withSheet(sheetXml(1, 'A1:Z1048576'));
    expect(tiny.length).toBeLessThan(8 * 1024);
    const { response } = await uploadWhileProbing(tiny);
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'IMPORT_TOO_MANY_ROWS', message: `工作表“Sheet1”的行数超过上限（${IMPORT_LIMITS.dataRows.toLocaleString('en-US')} 行数据），请拆分为多个文件后分批上传`,
    });
    // A single row numbered 1,048,576 (no dimension) is refused the same way.
    const far = withSheet(Buffer.from(sheetXml(1).toString().replace('<dimension ref="A1:Z2"/>', '').replace(/r="2"/, 'r="1048576"').replace('Z2', 'Z1048576')));
    expect((await upload(t, operator, key, org, far)).json().code).toBe('IMPORT_TOO_MANY_ROWS');
    expect(await counts(t)).toEqual(before);
  });

  it('refuses a sheet with more <row> tags than the limit, counted before parsing', async () => {
    const rows = Array.from({ length: MAX_SHEET_ROW + 1 }, () => '<row/>').join('');
    const tags = withSheet(Buffer.from(sheetXml(1).toString().replace('</sheetData>', `${rows}</sheetData>`)));
    const response = await upload(t, operator, key, org, tags);
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().code).toBe('IMPORT_TOO_MANY_ROWS');
  });

  it('refuses a large file with more real rows than the limit (read as it is inflated, stopped at the limit), while /healthz keeps answering', async () => {
    const many = withSheet(sheetXml(600_000, 'A1:Z2'));
    expect(many.length).toBeLessThan(IMPORT_LIMITS.uploadBytes);
    const { response, answeredInFlight } = await uploadWhileProbing(many);
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().code).toBe('IMPORT_TOO_MANY_ROWS');
    expect(answeredInFlight).toBeGreaterThan(0);
  });

  it('stops at the data-row limit while streaming rows that pass the first count, while /healthz keeps answering', async () => {
    const rows = MAX_SHEET_ROW - 1;
    const { response, answeredInFlight } = await uploadWhileProbing(withSheet(sheetXml(rows)));
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().code).toBe('IMPORT_TOO_MANY_ROWS');
    expect(answeredInFlight).toBeGreaterThan(0);
  });

  it('flags a hidden or very hidden sheet in the dry run, in the caller\'s language, and blocks the commit', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('月报');
    sheet.addRow(['指标名称', '本年累计']);
    sheet.addRow(['地区生产总值', 100]);
    wb.addWorksheet('底稿', { state: 'hidden' }).addRow(['指标名称', '本年累计']);
    wb.addWorksheet('暗表', { state: 'veryHidden' }).addRow(['x']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const zh = await upload(t, operator, key, org, file);
    expect(zh.statusCode, zh.body).toBe(200);
    expect(zh.json()).toMatchObject({ rowsParsed: 1, blocking: true, problemCount: 2 });
    expect(zh.json().problems).toEqual([
      { sheet: '底稿', row: null, column: null, code: 'IMPORT_HIDDEN_SHEET', message: '工作表“底稿”已隐藏，其内容无法核对也不会导入：请在 Excel 中取消隐藏并核对，或删除该工作表后再上传' },
      expect.objectContaining({ sheet: '暗表', code: 'IMPORT_HIDDEN_SHEET' }),
    ]);
    const tw = await upload(t, operator, key, org, file, { locale: 'zh-TW' });
    expect(tw.json().problems[0].message).toBe('工作表「底稿」已隱藏，其內容無法核對也不會匯入：請在 Excel 中取消隱藏並核對，或刪除該工作表後再上傳');
    const en = await upload(t, operator, key, org, file, { locale: 'en' });
    expect(en.json().problems[0].message).toBe('The sheet "底稿" is hidden, so its content can be neither checked nor imported: unhide and check it in Excel, or delete it, then upload again');
  });

  it('refuses formulas whose cached value comes from the web or another workbook', async () => {
    const before = await counts(t);
    const web = await workbook([['指标名称', '本年累计'], ['地区生产总值', null]], (s) => {
      s.getCell('B2').value = { formula: 'VALUE(FILTERXML(WEBSERVICE("https://example.invalid/gdp"),"//v"))', result: 100 };
    });
    const refused = await upload(t, operator, key, org, web);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'IMPORT_FORMULA_EXTERNAL', message: '工作表“Sheet1”的 B2 单元格的公式取自网络或其他工作簿（FILTERXML），其数值无法核实，请复制后“粘贴为数值”再上传',
    });
    // A reference to another workbook, as Excel stores it (an index into the external links).
    const linked = withPart(readZip(await workbook([['指标名称', '本年累计'], ['地区生产总值', null]], (s) => {
      s.getCell('B2').value = { formula: 'A9', result: 100 };
    })), SHEET, (xml) => xml.replace('<f>A9</f>', '<f>[1]Sheet1!$B$2</f>'));
    const other = await upload(t, operator, key, org, buildZip(linked), { locale: 'en' });
    expect(other.json()).toMatchObject({ code: 'IMPORT_FORMULA_EXTERNAL', message: expect.stringContaining('([1]Sheet1!)') });
    expect(await counts(t)).toEqual(before);
  });

  it('reads other formulas by their cached value and says so in the dry run (not blocking)', async () => {
    const cached = await workbook([['指标名称', '本年累计'], ['地方一般公共预算收入', null], ['社会消费品零售总额', null]], (s) => {
      s.getCell('B2').value = { formula: '100*2', result: 200 };
      s.getCell('B3').value = { formula: 'B2/2', result: 100 };
    });
    const dry = (await upload(t, operator, key, org, cached)).json();
    expect(dry).toMatchObject({ rowsParsed: 2, problems: [], blocking: false });
    expect(dry.findings).toContainEqual({
      indicatorCode: null, severity: 'warning', code: 'IMPORT_FORMULA_CACHED',
      message: '工作表“Sheet1”有 2 个单元格的数值由公式算出（如 B2），导入的是 Excel 最后一次保存时的计算结果，请核对',
    });
    // The targets import reports the same as notices.
    const targets = await workbook([['组织编码', '指标编码', '目标值'], ['420106', 'gdp', null]], (s) => {
      s.getCell('C2').value = { formula: '1000+300', result: 1300 };
    });
    const report = (await uploadTargets(t, reviewer, 2091, targets, { locale: 'en' })).json();
    expect(report).toMatchObject({ rowsParsed: 1, blocking: false, problems: [] });
    expect(report.notices).toEqual([{
      sheet: 'Sheet1', row: null, column: null, code: 'IMPORT_FORMULA_CACHED',
      message: 'The sheet "Sheet1" has 1 cells computed by formulas (e.g. C2); the values imported are those Excel saved with the file, please check them',
    }]);
  });
});
