import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { workbook } from '../spreadsheets/spreadsheets.test-helpers';
import { STORED_FIELD, STORED_WIDTH } from './target-import-stored';
import { commitTargets, putTarget, storedTargets, targetCounts, uploadTargets } from './targets.test-helpers';

const HEADER = ['组织编码', '组织名称', '指标编码', '指标名称', '单位', '目标值', '目标比较', '增速目标(%)', '增速比较', '一季度占比(%)', '无目标'];
const PASSWORD = 'Scope#Test2026';

describeEachDialect('Targets from Excel: dry-run problems, scope, units, all-or-nothing', (dialect) => {
  let t: TestApp;
  let reviewer: string;
  let wuchangReviewer: string;
  let wuchang: number;
  let year = 2040;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    reviewer = await t.login('reviewer');
    wuchang = await t.orgId('420106');
    // A city reviewer whose scope is 武昌区 only.
    const created = await t.app.inject({
      method: 'POST', url: '/api/users', headers: { cookie: await t.login('admin') },
      payload: { username: 'wuchang-reviewer', displayName: '武昌区审核员', role: 'city_reviewer', organisationId: wuchang, password: PASSWORD },
    });
    expect(created.statusCode, created.body).toBe(201);
    wuchangReviewer = await t.login('wuchang-reviewer', PASSWORD);
  });
  afterAll(() => t.close());

  it('lists every problem by sheet, row and column in the user\'s language, and blocks the commit', async () => {
    const file = await workbook([
      ['2041年 各区目标（导入）'],
      [...HEADER, '年度'],
      ['420106', '武昌区', 'gdp', '地区生产总值', '亿元', 1300, '≥', 7, '≥', 30, null, 2041],
      ['', '不存在区', 'gdp', '', '', 100, '', '', '', '', '', ''],
      ['420106', '', 'nothing', '不存在的指标', '', 100],
      ['420106', '', 'retail_sales', '', '', '12abc', '大约', '', '', '', ''],
      ['420106', '', 'fdi', '', '', 5, '', '', '', '', '也许'],
      ['420106', '', 'foreign_trade', '', '', 5, '', '', '', '', '是'],
      ['420106', '', 'gdp', '', '', 1400, '', '', '', '', '', 2041],
      ['420106', '', 'industrial_output', '', '', 50, '', '', '', 120],
      ['420106', '', 'fixed_asset_investment', '', '', 50, '', '', '', '', '', '明年'],
      ['420106', '', 'new_market_entities', '', '', '', '', '', '', 30],
      ['合计', '', '', '', '', 99999],
    ], (s) => s.mergeCells('A1:L1'), '目标表');
    const before = await targetCounts(t);
    const dry = await uploadTargets(t, reviewer, 2041, file);
    expect(dry.statusCode, dry.body).toBe(200);
    const report = dry.json();
    expect(report).toMatchObject({ rowsParsed: 1, blocking: true, problemCount: 10 });
    const at = (p: { sheet: string; row: number; column: string; message: string }) => `${p.sheet}!${p.column}${p.row} ${p.message}`;
    expect(report.problems.map(at)).toEqual([
      '目标表!B4 组织“不存在区”不存在或不在您的管理范围内，整个文件不予导入',
      '目标表!D5 无法识别的指标“不存在的指标”',
      '目标表!F6 “12abc”不是有效的数字',
      '目标表!G6 无法识别的比较方式“大约”，请填写 ≥（以上）或 ≤（以内）',
      '目标表!K7 “无目标”列只能填写“是”或留空，不能填写“也许”',
      '目标表!K8 标记为“无目标”的行不能同时填写目标值、增速目标或一季度占比',
      '目标表!D9 武昌区2041年“gdp”的目标重复出现（首次在 目标表!3）',
      '目标表!J10 一季度占比“120”须在 0 到 100 之间（单位：%）',
      '目标表!L11 年度“明年”无效，须为 2000 至 2100 之间的年份',
      '目标表!F12 请填写目标值或增速目标，或在“无目标”列填写“是”',
    ]);
    expect(await targetCounts(t)).toEqual({ ...before, batches: before.batches + 1 });

    const en = (await uploadTargets(t, reviewer, 2041, file, { locale: 'en' })).json();
    expect(en.problems[0].message).toBe('The organisation "不存在区" does not exist or is outside your scope; the whole file is refused');
    const refused = await commitTargets(t, reviewer, report.batchId);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('IMPORT_BLOCKED');
    expect(await storedTargets(t, 2041)).toEqual([]);
  });

  it('refuses a file without a targets header or without targets, before any batch', async () => {
    const before = await targetCounts(t);
    const noHeader = await uploadTargets(t, reviewer, 2041, await workbook([['指标名称', '本年累计'], ['地区生产总值', 100]]));
    expect(noHeader.statusCode).toBe(422);
    expect(noHeader.json()).toMatchObject({ code: 'IMPORT_TARGET_NO_HEADER' });
    const empty = await uploadTargets(t, reviewer, 2041, await workbook([HEADER, ['420106', '武昌区', 'gdp']]));
    expect(empty.statusCode).toBe(422);
    expect(empty.json()).toMatchObject({ code: 'IMPORT_TARGET_EMPTY', message: '文件中没有填写任何目标' });
    const macro = await uploadTargets(t, reviewer, 2041, await workbook([HEADER]), { fileName: 'targets.xlsm' });
    expect(macro.json()).toMatchObject({ code: 'IMPORT_MACRO' });
    expect(await targetCounts(t)).toEqual(before);
  });

  it('refuses the whole file when one organisation is outside the reviewer\'s scope (江岸区 for a 武昌区 reviewer)', async () => {
    const y = ++year;
    const rows = [HEADER, ['420106', '武昌区', 'gdp', '', '', 1300], ['', '江岸区', 'gdp', '', '', 1500], ['420102', '', 'retail_sales', '', '', 900]];
    const file = await workbook(rows);
    const before = await targetCounts(t);
    const deniedBefore = (await t.database.db.selectFrom('audit_log').select('id').where('result', '=', 'denied').execute()).length;
    const dry = await uploadTargets(t, wuchangReviewer, y, file);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ rowsParsed: 1, blocking: true, problemCount: 2 });
    expect(dry.json().problems).toEqual([
      { sheet: 'Sheet1', row: 3, column: 'B', code: 'IMPORT_TARGET_ORG_UNKNOWN', message: '组织“江岸区”不存在或不在您的管理范围内，整个文件不予导入' },
      { sheet: 'Sheet1', row: 4, column: 'B', code: 'IMPORT_TARGET_ORG_UNKNOWN', message: '组织“420102”不存在或不在您的管理范围内，整个文件不予导入' },
    ]);
    const denied = await t.database.db.selectFrom('audit_log').selectAll().where('result', '=', 'denied').orderBy('id').execute();
    expect(denied).toHaveLength(deniedBefore + 1);
    expect(JSON.parse(denied.at(-1)!.after_json!)).toEqual({ outOfScope: ['江岸区', '420102'] });
    const refused = await commitTargets(t, wuchangReviewer, dry.json().batchId);
    expect(refused.statusCode).toBe(422);
    expect(await storedTargets(t, y)).toEqual([]);

    // The same file is fine for the city reviewer; its batch stays out of the district reviewer's reach.
    const city = (await uploadTargets(t, reviewer, y, file)).json();
    expect(city).toMatchObject({ rowsParsed: 3, blocking: false, inserts: 3 });
    const foreign = await commitTargets(t, wuchangReviewer, city.batchId);
    expect(foreign.statusCode).toBe(404);
    expect(await storedTargets(t, y)).toEqual([]);
    expect((await targetCounts(t)).imports).toBe(before.imports);
    // Its own district alone imports.
    const own = (await uploadTargets(t, wuchangReviewer, y, await workbook(rows.slice(0, 2)))).json();
    expect(own).toMatchObject({ rowsParsed: 1, blocking: false });
    expect((await commitTargets(t, wuchangReviewer, own.batchId)).json()).toMatchObject({ inserted: 1 });
  });

  it('converts units from the header and the unit column exactly, and refuses what would not be exact', async () => {
    const y = ++year;
    const file = await workbook([
      ['組織名稱', '指標名稱', '單位', '目標值（萬元）', '增速目標（%）'],
      ['武昌區', '地區生產總值', '', 12_345_678.9, '7.5'],
      ['武昌区', '社会消费品零售总额', '亿元', '1,200.25', ''],
      ['武昌区', '外商直接投资', '万美元', 1234.5, ''],
      ['武昌区', '地方一般公共预算收入', '', '1.2345', ''],
      ['武昌区', '外贸进出口总额', '亿美元', 3, ''],
      ['武昌区', '新登记市场主体', '个', 100, ''],
    ]);
    const dry = await uploadTargets(t, reviewer, y, file, { locale: 'zh-TW' });
    expect(dry.statusCode, dry.body).toBe(200);
    const report = dry.json();
    expect(report.problems.map((p: { row: number; column: string; code: string }) => `${p.column}${p.row} ${p.code}`)).toEqual([
      'D5 IMPORT_CONVERTED_TOO_PRECISE',
      'D6 IMPORT_UNIT_MISMATCH',
      'D7 IMPORT_UNIT_MISMATCH',
    ]);
    expect(report.problems[1].message).toBe('單位「億美元」不能換算為該指標的單位「億元」');

    const fixed = await workbook([
      ['组织名称', '指标名称', '单位', '目标值（万元）', '增速目标（%）'],
      ['武昌區', '地區生產總值', '', 12_345_678.9, '7.5'],
      ['武昌区', '社会消费品零售总额', '亿元', '1,200.25', ''],
      ['武昌区', '外商直接投资', '万美元', 1234.5, ''],
      ['武昌区', '新登记市场主体', '户', 100, ''],
    ]);
    const ok = (await uploadTargets(t, reviewer, y, fixed)).json();
    expect(ok).toMatchObject({ rowsParsed: 4, blocking: false, inserts: 4 });
    expect((await commitTargets(t, reviewer, ok.batchId)).statusCode).toBe(200);
    const stored = await storedTargets(t, y);
    const amount = (code: string) => stored.find((s) => s.indicator === code)?.amount_target;
    // 12,345,678.9 万元 = 1,234.56789 亿元; 1,234.5 万美元 = 0.12345 亿美元 (scaled × 10^6, ADR 0002).
    expect(amount('gdp')).toBe('1234567890');
    expect(amount('retail_sales')).toBe('1200250000');
    expect(amount('fdi')).toBe('123450');
    expect(amount('new_market_entities')).toBe('100000000');
    expect(stored.find((s) => s.indicator === 'gdp')).toMatchObject({ growth_target: '7500000', growth_comparator: 'ge', amount_comparator: 'ge' });
  });

  it('reads comparators in the domain\'s words, and a Q1 share only within 0–100', async () => {
    const y = ++year;
    const rows = [
      HEADER,
      ['420106', '', 'gdp', '', '', 1300, '≧', 7, 'at least', 30, ''],
      ['420106', '', 'registered_unemployment_rate', '', '', 3.2, '控制在', '', '', '', ''],
      ['420106', '', 'retail_sales', '', '', 900, 'Max', '', '', '', ''],
      ['420106', '', 'fdi', '', '', 5, '', '', '', -5, ''],
    ];
    const dry = (await uploadTargets(t, reviewer, y, await workbook(rows))).json();
    expect(dry).toMatchObject({ rowsParsed: 3, blocking: true, problemCount: 1 });
    expect(dry.problems.map((p: { column: string; row: number; code: string }) => `${p.column}${p.row} ${p.code}`)).toEqual(['J5 IMPORT_TARGET_SHARE']);

    const fixed = (await uploadTargets(t, reviewer, y, await workbook(rows.slice(0, 4)))).json();
    expect(fixed).toMatchObject({ rowsParsed: 3, blocking: false });
    expect((await commitTargets(t, reviewer, fixed.batchId)).statusCode).toBe(200);
    expect((await storedTargets(t, y)).map((s) => [s.indicator, s.amount_comparator, s.growth_comparator, s.schedule_json])).toEqual([
      ['gdp', 'ge', 'ge', '{"kind":"quarterly","shares":["30","50","75","100"]}'],
      ['registered_unemployment_rate', 'le', null, null],
      ['retail_sales', 'le', null, null],
    ]);
  });

  it('is all-or-nothing: a failure on a later row leaves no target, version or audit row', async () => {
    const y = ++year;
    await putTarget(t, reviewer, { year: y, organisationId: wuchang, indicatorCode: 'gdp', amountTarget: '1000' });
    const rows = [HEADER, ['420106', '', 'gdp', '', '', 1100], ['420106', '', 'retail_sales', '', '', 500], ['420102', '', 'gdp', '', '', 900]];
    const dry = (await uploadTargets(t, reviewer, y, await workbook(rows))).json();
    expect(dry).toMatchObject({ rowsParsed: 3, inserts: 2, updates: 1, blocking: false });
    // Make the last row unstorable (99,999,999,999,999: beyond int64 micro-units): the commit fails in its write, after claiming the batch.
    const batch = await t.database.db.selectFrom('imports').selectAll().where('id', '=', dry.batchId).executeTakeFirstOrThrow();
    const stored = JSON.parse(batch.rows_json);
    stored.rows[2 * STORED_WIDTH + STORED_FIELD.amount] = '99999999999999000000';
    await t.database.db.updateTable('imports').set({ rows_json: JSON.stringify(stored) }).where('id', '=', dry.batchId).execute();

    const before = await targetCounts(t);
    const targets = await storedTargets(t, y);
    const failed = await commitTargets(t, reviewer, dry.batchId);
    expect(failed.statusCode).toBe(500);
    expect(await targetCounts(t)).toEqual(before);
    expect(await storedTargets(t, y)).toEqual(targets);
    const after = await t.database.db.selectFrom('imports').select(['status', 'committed_at', 'before_json']).where('id', '=', dry.batchId).executeTakeFirstOrThrow();
    expect(after).toEqual({ status: 'checked', committed_at: null, before_json: null });
  });

  it('refuses with 409 when a target the file leaves as it is changed after the dry run, or one it would create was created', async () => {
    const y = ++year;
    const first = await putTarget(t, reviewer, { year: y, organisationId: wuchang, indicatorCode: 'gdp', amountTarget: '1000' });
    // gdp as stored (unchanged by the file), retail_sales new.
    const rows = [HEADER, ['420106', '', 'gdp', '', '', 1000, '≥'], ['420106', '', 'retail_sales', '', '', 500]];
    const dry = (await uploadTargets(t, reviewer, y, await workbook(rows))).json();
    expect(dry).toMatchObject({ inserts: 1, updates: 0, unchanged: 1, blocking: false });
    await putTarget(t, reviewer, { year: y, organisationId: wuchang, indicatorCode: 'gdp', amountTarget: '1001', version: first.version });
    const before = await targetCounts(t);
    expect((await commitTargets(t, reviewer, dry.batchId)).json()).toMatchObject({ code: 'IMPORT_TARGET_STALE' });
    expect(await targetCounts(t)).toEqual(before);

    const again = (await uploadTargets(t, reviewer, y, await workbook(rows))).json();
    expect(again).toMatchObject({ inserts: 1, updates: 1 });
    await putTarget(t, reviewer, { year: y, organisationId: wuchang, indicatorCode: 'retail_sales', amountTarget: '400' });
    const stale = await commitTargets(t, reviewer, again.batchId);
    expect(stale.statusCode).toBe(409);
    expect((await storedTargets(t, y)).map((s) => [s.indicator, s.amount_target, s.version])).toEqual([['gdp', '1001000000', 2], ['retail_sales', '400000000', 1]]);
  });

  it('refuses with 409 when a target changed after the dry run, and writes nothing', async () => {
    const y = ++year;
    const first = await putTarget(t, reviewer, { year: y, organisationId: wuchang, indicatorCode: 'gdp', amountTarget: '1000' });
    const rows = [HEADER, ['420106', '', 'gdp', '', '', 1100], ['420106', '', 'retail_sales', '', '', 500]];
    const dry = (await uploadTargets(t, reviewer, y, await workbook(rows))).json();
    await putTarget(t, reviewer, { year: y, organisationId: wuchang, indicatorCode: 'gdp', amountTarget: '1050', version: first.version });
    const before = await targetCounts(t);
    const stale = await commitTargets(t, reviewer, dry.batchId, 'en');
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'IMPORT_TARGET_STALE', message: 'Targets changed after this file was checked; upload it again before importing' });
    expect(await targetCounts(t)).toEqual(before);
    expect((await storedTargets(t, y)).map((s) => [s.indicator, s.amount_target, s.version])).toEqual([['gdp', '1050000000', 2]]);

    const again = (await uploadTargets(t, reviewer, y, await workbook(rows))).json();
    const done = await commitTargets(t, reviewer, again.batchId);
    expect(done.json()).toMatchObject({ inserted: 1, updated: 1 });
    expect((await storedTargets(t, y)).map((s) => [s.indicator, s.amount_target, s.version])).toEqual([['gdp', '1100000000', 3], ['retail_sales', '500000000', 1]]);
  });
});
