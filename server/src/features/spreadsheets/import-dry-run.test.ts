import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { commit, counts, openPeriod, saveFigures, upload, workbook } from './spreadsheets.test-helpers';

describeEachDialect('Excel import dry run', (dialect) => {
  let t: TestApp;
  let operator: string;
  let org: number;
  let year = 2040;
  /** A period of its own for each test (month 3; month 2 too when asked). */
  const fresh = async (withPrevious = false) => {
    year += 1;
    if (withPrevious) await openPeriod(t, year, 2);
    return openPeriod(t, year, 3);
  };
  const figure = (body: { submission: { figures: { indicatorCode: string }[] } }, code: string) =>
    body.submission.figures.find((f) => f.indicatorCode === code);

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    operator = await t.login('wuchang');
    org = await t.orgId('420106');
  });
  afterAll(() => t.close());

  it('reports each bad cell by sheet, row, column and message in the caller\'s language, and writes nothing', async () => {
    const key = await fresh();
    const file = await workbook([
      ['指标名称', '单位', '本年累计', '同比增速（%）', '备注'],
      ['地区生产总值', '亿元', '12abc', null, null],
      ['社会消费品零售总额', '亿元', 'NaN', '1e309', null],
      ['固定资产投资', '亿元', 100, '5,5', null],
      ['不存在的指标', '亿元', 1, null, null],
    ]);
    const before = await counts(t);
    const zh = await upload(t, operator, key, org, file);
    expect(zh.statusCode, zh.body).toBe(200);
    expect(zh.json()).toMatchObject({ rowsParsed: 0, blocking: true, problemCount: 5 });
    expect(zh.json().problems).toEqual([
      { sheet: 'Sheet1', row: 2, column: 'C', code: 'NUMBER_INVALID', message: '“12abc”不是有效的数字' },
      { sheet: 'Sheet1', row: 3, column: 'C', code: 'NUMBER_INVALID', message: '“NaN”不是有效的数字' },
      { sheet: 'Sheet1', row: 3, column: 'D', code: 'NUMBER_INVALID', message: '“1e309”不是有效的数字' },
      { sheet: 'Sheet1', row: 4, column: 'D', code: 'NUMBER_INVALID', message: '“5,5”不是有效的数字' },
      { sheet: 'Sheet1', row: 5, column: 'A', code: 'IMPORT_UNKNOWN_INDICATOR', message: '无法识别的指标“不存在的指标”' },
    ]);
    const en = await upload(t, operator, key, org, file, { locale: 'en' });
    expect(en.json().problems.map((p: { message: string }) => p.message)).toEqual([
      '"12abc" is not a valid number', '"NaN" is not a valid number', '"1e309" is not a valid number', '"5,5" is not a valid number',
      'Unknown indicator "不存在的指标"',
    ]);
    expect(await counts(t)).toEqual({ ...before, batches: before.batches + 2 });

    const refused = await commit(t, operator, zh.json().batchId, 'en');
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'IMPORT_BLOCKED', message: expect.stringContaining('did not pass its checks') });
    expect(await counts(t)).toEqual({ ...before, batches: before.batches + 2 });
  });

  it('converts a 万元 header exactly into the indicator\'s 亿元 (also with full-width digits and separators)', async () => {
    const key = await fresh();
    const dry = await upload(t, operator, key, org, await workbook([
      ['指标', '本年累计（万元）'],
      ['地方一般公共预算收入', 12345.67],
      ['社会消费品零售总额', '１２，３４５．６７'],
      ['固定资产投资', '98,765,432.1'],
    ]));
    expect(dry.json()).toMatchObject({ rowsParsed: 3, problems: [], blocking: false });
    const done = await commit(t, operator, dry.json().batchId);
    expect(done.statusCode, done.body).toBe(200);
    expect(figure(done.json(), 'general_budget_revenue')).toMatchObject({ ytdValue: '1.234567', source: 'imported' });
    expect(figure(done.json(), 'retail_sales')).toMatchObject({ ytdValue: '1.234567' });
    expect(figure(done.json(), 'fixed_asset_investment')).toMatchObject({ ytdValue: '9876.54321' });
    const gdpId = (await t.database.db.selectFrom('indicators').select('id').where('code', '=', 'general_budget_revenue').executeTakeFirstOrThrow()).id;
    const raw = await t.database.db.selectFrom('figures').select('ytd_value').where('submission_id', '=', done.json().submission.id)
      .where('indicator_id', '=', gdpId).executeTakeFirstOrThrow();
    expect(String(raw.ytd_value)).toBe('1234567'); // micro-units: 1.234567 亿元, no binary rounding
  });

  it('refuses a conversion that cannot be stored exactly, and units that do not convert', async () => {
    const key = await fresh();
    const dry = await upload(t, operator, key, org, await workbook([
      ['指标名称', '单位', '本年累计'],
      ['工业投资', '万元', 12345.6789],
      ['地区生产总值', '亿美元', 10],
      ['外商直接投资', '万美元', 250],
      ['城镇新增就业', '斤', 5],
    ]));
    expect(dry.json().problems).toEqual([
      { sheet: 'Sheet1', row: 2, column: 'C', code: 'IMPORT_CONVERTED_TOO_PRECISE', message: '“12345.6789”换算为亿元后超过 6 位小数，无法精确保存' },
      { sheet: 'Sheet1', row: 3, column: 'C', code: 'IMPORT_UNIT_MISMATCH', message: '单位“亿美元”不能换算为该指标的单位“亿元”' },
      { sheet: 'Sheet1', row: 5, column: 'B', code: 'IMPORT_UNIT_UNKNOWN', message: '无法识别的计量单位“斤”' },
    ]);
    expect(dry.json()).toMatchObject({ rowsParsed: 1, blocking: true });
  });

  it('tolerates a real-world sheet: merged title rows, Traditional headers and names, numbering, percent cells, 合计 and footnotes', async () => {
    const key = await fresh();
    const file = await workbook([
      [`武昌區${year}年1-3月主要經濟指標完成情況`],
      ['單位：億元、%'],
      [],
      ['指標名稱', '計量單位', '1-3月累計', '比上年同期增長（%）', '備註'],
      ['一、工業'],
      ['1.地區生產總值', '億元', '1,234.5', 0.052, '同口徑'],
      ['  其中：工業投資', '萬元', 12345, '３.５', null],
      ['合計', null, 2469, null, null],
      ['注：本表數據為快報數。'],
    ], (sheet) => {
      sheet.mergeCells('A1:E1');
      sheet.mergeCells('A2:E2');
      sheet.getCell('D6').numFmt = '0.0%';
    });
    const dry = await upload(t, operator, key, org, file, { locale: 'zh-TW' });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ rowsParsed: 2, problems: [], blocking: false });
    const done = await commit(t, operator, dry.json().batchId);
    expect(figure(done.json(), 'gdp')).toMatchObject({ ytdValue: '1234.5', reportedYoy: '5.2', note: '同口徑' });
    expect(figure(done.json(), 'industrial_investment')).toMatchObject({ ytdValue: '1.2345', reportedYoy: '3.5' });
  });

  it('finds indicators by English name and code, and reports a duplicate', async () => {
    const key = await fresh();
    const dry = await upload(t, operator, key, org, await workbook([
      ['Code', 'Indicator', 'Year-to-date (100M yuan)', 'Reported YoY growth (%)', 'Note'],
      [null, 'Gross domestic product', 100, null, null],
      ['retail_sales', null, 50, null, null],
      ['GDP', '地区生产总值', 101, null, null],
    ]), { locale: 'en' });
    expect(dry.json().problems).toEqual([
      { sheet: 'Sheet1', row: 4, column: 'B', code: 'IMPORT_DUPLICATE_INDICATOR', message: 'The indicator "地区生产总值" appears twice (first at Sheet1!2)' },
    ]);
    expect(dry.json().rowsParsed).toBe(2);
  });

  it('runs the consistency checks on the figures as they would be: errors on imported figures block, others are shown', async () => {
    const key = await fresh(true);
    await saveFigures(t, operator, `${year}-02`, org, [{ indicatorCode: 'general_budget_revenue', ytdValue: '100' }, { indicatorCode: 'retail_sales', ytdValue: '50' }]);
    const sheet = (revenue: number) => workbook([['指标名称', '本年累计'], ['地方一般公共预算收入', revenue]]);
    const findings = (body: { findings: { indicatorCode: string; code: string; severity: string }[] }) =>
      body.findings.map((f) => `${f.indicatorCode}:${f.code}:${f.severity}`).sort();

    const slip = (await upload(t, operator, key, org, await sheet(1_000_000))).json();
    expect(slip.problems).toEqual([]);
    expect(findings(slip)).toEqual(['general_budget_revenue:UNIT_SLIP:error', 'retail_sales:MISSING:error']);
    expect(slip.blocking).toBe(true);

    const falling = (await upload(t, operator, key, org, await sheet(90))).json();
    expect(findings(falling)).toEqual(['general_budget_revenue:DECREASING_YTD:error', 'retail_sales:MISSING:error']);
    expect(falling.blocking).toBe(true);

    const fine = (await upload(t, operator, key, org, await sheet(120))).json();
    expect(findings(fine)).toEqual(['retail_sales:MISSING:error']);
    expect(fine.blocking).toBe(false);
    expect((await commit(t, operator, fine.batchId)).statusCode).toBe(200);
  });

  it('refuses a file without a header row or without figures, keeping no batch', async () => {
    const key = await fresh();
    const before = await counts(t);
    const noHeader = await upload(t, operator, key, org, await workbook([['地区生产总值', 100], ['社会消费品零售总额', 50]]));
    expect(noHeader.statusCode).toBe(422);
    expect(noHeader.json()).toMatchObject({ code: 'IMPORT_NO_HEADER', message: '未找到表头：需要一行包含“指标”（或指标代码）和“本年累计”列' });
    const empty = await upload(t, operator, key, org, await workbook([['指标名称', '本年累计'], ['地区生产总值', null]]), { locale: 'en' });
    expect(empty.statusCode).toBe(422);
    expect(empty.json()).toMatchObject({ code: 'IMPORT_NO_FIGURES', message: 'The file contains no figures' });
    expect(await counts(t)).toEqual(before);
  });
});
