import { afterAll, beforeAll, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { approveMonth, buildZip, commit, counts, loadWorkbook, openPeriod, readZip, rowOf, saveFigures, upload, withPart, XLSX_TYPE } from './spreadsheets.test-helpers';

describeEachDialect('Excel template and round trip', (dialect) => {
  let t: TestApp;
  let operator: string;
  let org: number;
  const month = '2026-03';

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    operator = await t.login('wuchang');
    org = await t.orgId('420106');
    for (const [year, m] of [[2025, 3], [2026, 2], [2026, 3]] as const) await openPeriod(t, year, m);
    await approveMonth(t, operator, await t.login('reviewer'), '2025-03', org, [{ indicatorCode: 'general_budget_revenue', ytdValue: '280' }, { indicatorCode: 'retail_sales', ytdValue: '150.5' }]);
    await saveFigures(t, operator, '2026-02', org, [{ indicatorCode: 'general_budget_revenue', ytdValue: '190' }, { indicatorCode: 'retail_sales', ytdValue: '100' }]);
    await saveFigures(t, operator, month, org, [{ indicatorCode: 'general_budget_revenue', ytdValue: '290', reportedYoy: '3.5', note: '初值' }]);
  });
  afterAll(() => t.close());

  const download = (locale: string) =>
    t.app.inject({ method: 'GET', url: `/api/submissions/${month}/${org}/template.xlsx`, headers: { cookie: operator, 'accept-language': locale } });

  it('downloads a protected template: merged title, headers with units, references and current values pre-filled', async () => {
    const response = await download('zh-CN');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_TYPE);
    expect(response.headers['content-disposition']).toContain('filename="420106-2026-03.xlsx"');
    const sheet = (await loadWorkbook(response.rawPayload)).worksheets[0]!;
    expect(sheet.name).toBe('月报');
    expect(sheet.getCell('A1').value).toBe('武昌区 2026年一季度 主要经济指标月报');
    expect(sheet.getCell('H1').master.address).toBe('A1');
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      '指标代码', '指标名称', '单位', '上月累计（2026年1-2月）', '去年同期累计（2025年1-3月）', '本年累计（2026年1-3月）', '同比增速（%）', '备注',
    ]);
    const revenue = rowOf(sheet, 'general_budget_revenue');
    expect((revenue.values as unknown[]).slice(1)).toEqual(['general_budget_revenue', '地方一般公共预算收入', '亿元', 190, 280, 290, 3.5, '初值']);
    expect(rowOf(sheet, 'new_urban_jobs').getCell(3).value).toBe('人');
    const catalogue = await t.database.db.selectFrom('indicators').select('id').execute();
    // The indicators, a blank row, then the lines a 统计报表 carries under its table.
    const last = 3 + catalogue.length;
    expect(sheet.rowCount).toBe(last + 3);
    expect([sheet.getCell(last + 2, 2).value, sheet.getCell(last + 2, 4).value, sheet.getCell(last + 3, 2).value, sheet.getCell(last + 3, 4).value])
      .toEqual(['单位负责人：', '填表人：', '联系电话：', '报出日期：']);
    for (const cell of ['C', 'E']) expect(sheet.getCell(`${cell}${last + 2}`).protection?.locked).toBe(false);
    expect(sheet.getCell(`E${last + 3}`).value).toBe('　　年　　月　　日');

    // The codes hidden under the template's marker; the names in Chinese; a Chinese font; A4 landscape fit to the width.
    expect(sheet.getColumn(1).hidden).toBe(true);
    const wb = await loadWorkbook(response.rawPayload);
    expect(wb.definedNames.getRanges('Hongtu_MonthTemplate_v2_Codes').ranges).toEqual([`'月报'!$A$3:$A$${last}`]);
    expect(sheet.getCell('A1').font.name).toBe('黑体');
    expect(revenue.getCell(2).font.name).toBe('宋体');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });

    // The number cells accept decimals only; their prompt names the indicator and its unit.
    expect(revenue.getCell(6).dataValidation).toMatchObject({
      type: 'decimal', operator: 'between', allowBlank: true, showErrorMessage: true, errorStyle: 'stop', promptTitle: '地方一般公共预算收入（亿元）',
    });
    expect(revenue.getCell(6).dataValidation.prompt).toContain('单位：亿元');
    expect(revenue.getCell(7).dataValidation).toMatchObject({ type: 'decimal', showErrorMessage: true });
    expect(revenue.getCell(8).dataValidation).toBeUndefined();

    // Input cells unlocked, everything else locked; the sheet is protected without a password; no formulas.
    for (const column of [6, 7, 8]) expect(revenue.getCell(column).protection?.locked).toBe(false);
    for (const column of [1, 2, 3, 4, 5]) expect(revenue.getCell(column).protection?.locked).not.toBe(false);
    const xml = readZip(response.rawPayload).find((e) => e.name === 'xl/worksheets/sheet1.xml')!.data.toString('utf8');
    expect(xml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(xml).not.toMatch(/password|hashValue/);
    expect(xml).not.toContain('<f>');
  });

  it('writes headers, names and units in the caller\'s language', async () => {
    const en = (await loadWorkbook((await download('en')).rawPayload)).worksheets[0]!;
    expect(en.getCell('F3').value).toBe('Year-to-date (Jan–Mar 2026)');
    expect(en.getCell('D3').value).toBe('Last month YTD (Jan–Feb 2026)');
    expect(rowOf(en, 'general_budget_revenue').getCell(2).value).toBe('Local general public budget revenue');
    expect(rowOf(en, 'general_budget_revenue').getCell(3).value).toBe('100M yuan');
    const tw = (await loadWorkbook((await download('zh-TW')).rawPayload)).worksheets[0]!;
    expect(tw.getCell('B3').value).toBe('指標名稱');
    expect(rowOf(tw, 'general_budget_revenue').getCell(2).value).toBe('地方一般公共預算收入');
    expect(rowOf(tw, 'general_budget_revenue').getCell(3).value).toBe('億元');
  });

  let filled: Buffer;
  let firstBatch: number;

  it('round trip: fill the template, upload (dry run writes nothing), commit writes imported versions', async () => {
    const wb = await loadWorkbook((await download('zh-CN')).rawPayload);
    const sheet = wb.worksheets[0]!;
    const revenue = rowOf(sheet, 'general_budget_revenue');
    revenue.getCell(6).value = 300.5;
    revenue.getCell(7).value = '7.3';
    const retail = rowOf(sheet, 'retail_sales');
    retail.getCell(6).value = '１６０．２５';
    retail.getCell(8).value = '含新开业商场';
    filled = Buffer.from(await wb.xlsx.writeBuffer());

    const before = await counts(t);
    const dry = await upload(t, operator, month, org, filled, { fileName: '武昌区-一季度.xlsx' });
    expect(dry.statusCode, dry.body).toBe(200);
    const report = dry.json();
    firstBatch = report.batchId;
    expect(report).toMatchObject({ rowsParsed: 2, changes: 2, problems: [], problemCount: 0, blocking: false, alreadyImported: false, fileName: '武昌区-一季度.xlsx' });
    expect(await counts(t)).toEqual({ ...before, batches: before.batches + 1 });
    const batch = await t.database.db.selectFrom('imports').selectAll().where('id', '=', report.batchId).executeTakeFirstOrThrow();
    expect(batch).toMatchObject({ status: 'checked', organisation_id: org, committed_at: null, file_sha256: report.fileSha256 });

    const committed = await commit(t, operator, report.batchId);
    expect(committed.statusCode, committed.body).toBe(200);
    const body = committed.json();
    expect(body).toMatchObject({ status: 'committed', changed: 2, repeated: false });
    const figure = (code: string) => body.submission.figures.find((f: { indicatorCode: string }) => f.indicatorCode === code);
    expect(figure('general_budget_revenue')).toMatchObject({ ytdValue: '300.5', reportedYoy: '7.3', note: '初值', source: 'imported', version: 2 });
    expect(figure('retail_sales')).toMatchObject({ ytdValue: '160.25', note: '含新开业商场', source: 'imported', version: 1 });

    const after = await counts(t);
    expect(after.versions).toBe(before.versions + 2);
    const versions = await t.database.db.selectFrom('figure_versions').select(['source', 'version']).where('submission_id', '=', body.submission.id)
      .where('source', '=', 'imported').orderBy('id').execute();
    expect(versions).toEqual([{ source: 'imported', version: 2 }, { source: 'imported', version: 1 }]);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'submission.import').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ batchId: report.batchId, sha256: report.fileSha256 });
    expect((await t.database.db.selectFrom('imports').select('status').where('id', '=', report.batchId).executeTakeFirstOrThrow()).status).toBe('committed');
  });

  it('re-uploading the same file changes nothing; committing a batch twice changes nothing', async () => {
    const before = await counts(t);
    const dry = await upload(t, operator, month, org, filled);
    expect(dry.json()).toMatchObject({ rowsParsed: 2, changes: 0, alreadyImported: true, blocking: false });
    const again = await commit(t, operator, dry.json().batchId);
    expect(again.json()).toMatchObject({ status: 'committed', changed: 0, repeated: false });
    const repeated = await commit(t, operator, firstBatch);
    expect(repeated.statusCode, repeated.body).toBe(200);
    expect(repeated.json()).toMatchObject({ status: 'committed', changed: 0, repeated: true });
    const after = await counts(t);
    expect(after).toEqual({ ...before, batches: before.batches + 1 });
    const submission = repeated.json().submission;
    expect(submission.figures.find((f: { indicatorCode: string }) => f.indicatorCode === 'general_budget_revenue')).toMatchObject({ ytdValue: '300.5', version: 2 });
  });

  it('a note that looks like a formula survives the round trip unchanged', async () => {
    await saveFigures(t, operator, month, org, [{ indicatorCode: 'general_budget_revenue', ytdValue: '300.5', reportedYoy: '7.3', note: '=同口径', version: 2 }]);
    const wb = await loadWorkbook((await download('zh-CN')).rawPayload);
    const cell = rowOf(wb.worksheets[0]!, 'general_budget_revenue').getCell(8);
    expect(cell.value).toBe("'=同口径");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    const dry = await upload(t, operator, month, org, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(dry.json()).toMatchObject({ changes: 0, blocking: false });
  });
  it('reads every value of a filled template exactly through its hidden code column, and says so', async () => {
    const wb = await loadWorkbook((await download('zh-CN')).rawPayload);
    const sheet = wb.worksheets[0]!;
    const filledIn: Record<string, [number | string, number | string | null]> = {
      general_budget_revenue: [312.123456, -3.2],
      retail_sales: ['160.123456', 0.1],
      new_urban_jobs: [15234, null],
    };
    for (const [code, [ytd, yoy]] of Object.entries(filledIn)) {
      const row = rowOf(sheet, code);
      row.getCell(6).value = ytd;
      row.getCell(7).value = yoy;
    }
    // The signature lines filled in as on paper: not figures, passed by.
    const last = sheet.rowCount;
    sheet.getCell(`C${last - 1}`).value = '张三';
    sheet.getCell(`E${last - 1}`).value = '李四';
    sheet.getCell(`C${last}`).value = '027-12345678';
    const dry = await upload(t, operator, month, org, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(dry.statusCode, dry.body).toBe(200);
    const report = dry.json();
    expect(report, JSON.stringify({ ...report, values: undefined, columns: undefined })).toMatchObject({ problems: [], blocking: false });
    expect(report.notes).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'IMPORT_TEMPLATE_CODE_COLUMN', column: 'A' })]));
    const read = (code: string, role: string) => report.values.find((v: { indicatorCode: string; role: string }) => v.indicatorCode === code && v.role === role)?.stored;
    expect([read('general_budget_revenue', 'ytd'), read('general_budget_revenue', 'yoy')]).toEqual(['312.123456', '-3.2']);
    expect([read('retail_sales', 'ytd'), read('retail_sales', 'yoy')]).toEqual(['160.123456', '0.1']);
    expect([read('new_urban_jobs', 'ytd'), read('new_urban_jobs', 'yoy')]).toEqual(['15234', undefined]);
  });

  it('refuses a row whose name no longer matches the hidden code', async () => {
    const wb = await loadWorkbook((await download('zh-CN')).rawPayload);
    const sheet = wb.worksheets[0]!;
    const revenue = rowOf(sheet, 'general_budget_revenue');
    revenue.getCell(2).value = '社会消费品零售总额';
    revenue.getCell(6).value = 1;
    const dry = await upload(t, operator, month, org, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(dry.json()).toMatchObject({ blocking: true, problems: [expect.objectContaining({ code: 'IMPORT_TEMPLATE_CODE_NAME_MISMATCH', column: 'B' })] });
  });

  it('still refuses any other hidden column of the template, and a hidden code column without the marker', async () => {
    const hiddenYtd = await loadWorkbook((await download('zh-CN')).rawPayload);
    hiddenYtd.worksheets[0]!.getColumn(6).hidden = true;
    const refused = await upload(t, operator, month, org, Buffer.from(await hiddenYtd.xlsx.writeBuffer()));
    expect(refused.json()).toMatchObject({ blocking: true, problems: [expect.objectContaining({ code: 'IMPORT_HIDDEN_COLUMN', column: 'F' })] });

    // The same template under a name that is not the marker.
    const unmarked = buildZip(withPart(readZip((await download('zh-CN')).rawPayload), 'xl/workbook.xml', (xml) => {
      expect(xml).toContain('Hongtu_MonthTemplate_v2_Codes');
      return xml.replace('Hongtu_MonthTemplate_v2_Codes', 'Codes');
    }));
    const noMarker = await upload(t, operator, month, org, unmarked);
    expect(noMarker.json()).toMatchObject({ blocking: true, problems: [expect.objectContaining({ code: 'IMPORT_HIDDEN_COLUMN', column: 'A' })] });
  });
});
