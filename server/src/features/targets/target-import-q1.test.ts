import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { loadWorkbook, workbook } from '../spreadsheets/spreadsheets.test-helpers';
import { commitTargets, downloadTargets, storedTargets, targetCounts, templateRow, uploadTargets } from './targets.test-helpers';

// A header as districts write it: the Q1 target as an amount beside the annual one, in 万元.
const HEADER = ['组织编码', '组织名称', '指标编码', '指标名称', '单位', '目标值', '目标比较', '一季度目标值', '一季度目标比较'];

/**
 * Q1 targets stated as amounts (一季度完成投资93亿元, docs/DOMAIN.md "Period targets") read from the
 * targets workbook: stored as period targets through March exactly as the targets screen stores
 * them, beside the annual targets of the same file, all or nothing.
 */
describeEachDialect('Targets from Excel: Q1 targets stated as amounts', (dialect) => {
  let t: TestApp;
  let reviewer: string;
  let wuchang: number;
  const year = 2042;

  const q1Rows = async () => {
    const rows = await t.database.db.selectFrom('period_targets as p').innerJoin('organisations as o', 'o.id', 'p.organisation_id')
      .innerJoin('indicators as i', 'i.id', 'p.indicator_id')
      .select(['o.code as org', 'i.code as indicator', 'p.through_month', 'p.amount_target', 'p.amount_comparator', 'p.source', 'p.source_ref', 'p.source_quote', 'p.version'])
      .where('p.year', '=', year).orderBy('o.code').orderBy('i.code').execute();
    return rows.map((r) => ({ ...r, amount_target: String(r.amount_target) }));
  };
  const q1Count = async () => Number((await t.database.db.selectFrom('period_targets').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    reviewer = await t.login('reviewer');
    wuchang = await t.orgId('420106');
  });
  afterAll(() => t.close());

  it('refuses a Q1 amount the rule refuses, naming the cell, and writes nothing', async () => {
    const file = await workbook([
      [`${year}年 一季度目标`],
      HEADER,
      ['420106', '武昌区', 'enterprises_entering_scale', '进规企业数', '家', '', '', 6.5, '≥'],
      ['420106', '武昌区', 'fixed_asset_investment', '固定资产投资', '亿元', '', '', -3, ''],
      ['420106', '武昌区', 'retail_sales', '社会消费品零售总额', '亿元', '', '', 50, '大约'],
      ['420102', '江岸区', 'fixed_asset_investment', '固定资产投资', '万元', '', '', 123.4567891, ''],
    ], (s) => s.mergeCells('A1:I1'), '一季度');
    const before = { ...(await targetCounts(t)), q1: await q1Count() };
    const dry = await uploadTargets(t, reviewer, year, file);
    expect(dry.statusCode, dry.body).toBe(200);
    const report = dry.json();
    expect(report.blocking).toBe(true);
    const at = (p: { sheet: string; row: number; column: string; code: string }) => `${p.sheet}!${p.column}${p.row} ${p.code}`;
    expect(report.problems.map(at)).toEqual([
      '一季度!H3 PERIOD_TARGET_NOT_WHOLE',
      '一季度!H4 PERIOD_TARGET_NEGATIVE',
      '一季度!I5 IMPORT_TARGET_COMPARATOR',
      expect.stringMatching(/^一季度!H6 /),
    ]);
    expect(report.problems[0].message).toBe('计数指标的阶段目标须为整数');
    expect({ ...(await targetCounts(t)), q1: await q1Count() }).toEqual({ ...before, batches: before.batches + 1 });
    expect((await commitTargets(t, reviewer, report.batchId)).statusCode).toBe(422);
    expect(await q1Rows()).toEqual([]);
  });

  it('stores a Q1 amount as stated (converted exactly from 万元), a Q1 target alone leaving the annual one as it is', async () => {
    const file = await workbook([
      [`${year}年 一季度目标`],
      HEADER,
      ['420106', '武昌区', 'fixed_asset_investment', '固定资产投资', '万元', '', '', 930000, '以上'],
      ['420106', '武昌区', 'enterprises_entering_scale', '进规企业数', '家', '', '', 6, ''],
      ['420106', '武昌区', 'gdp', '地区生产总值', '亿元', 1300, '≥', 280.5, '≥'],
    ], (s) => s.mergeCells('A1:I1'), '一季度');
    const dry = await uploadTargets(t, reviewer, year, file, { fileName: 'q1-2042.xlsx' });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ blocking: false, problems: [], rowsParsed: 1, inserts: 1, q1Amounts: { rows: 3, inserts: 3, updates: 0, unchanged: 0 } });
    // The dry run writes nothing.
    expect(await q1Rows()).toEqual([]);

    const committed = await commitTargets(t, reviewer, dry.json().batchId);
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json()).toMatchObject({ inserted: 1, updated: 0, q1Amounts: { inserted: 3, updated: 0, unchanged: 0 } });
    const imported = { through_month: 3, source: 'imported', source_ref: 'q1-2042.xlsx', version: 1 };
    expect(await q1Rows()).toEqual([
      { org: '420106', indicator: 'enterprises_entering_scale', amount_target: '6000000', amount_comparator: 'ge', source_quote: '一季度!4', ...imported },
      { org: '420106', indicator: 'fixed_asset_investment', amount_target: '93000000', amount_comparator: 'ge', source_quote: '一季度!3', ...imported },
      { org: '420106', indicator: 'gdp', amount_target: '280500000', amount_comparator: 'ge', source_quote: '一季度!5', ...imported },
    ]);
    // Only the row that stated an annual target wrote one.
    expect((await storedTargets(t, year)).map((r) => [r.org, r.indicator, r.amount_target])).toEqual([['420106', 'gdp', '1300000000']]);
    // One audit row for the commit, with the Q1 counts.
    const audit = await t.database.db.selectFrom('audit_log').select('after_json').where('action', '=', 'target.import').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after_json!)).toMatchObject({ q1Amounts: { inserted: 3, updated: 0, unchanged: 0 } });
    // The Q1 board reads the stated amount, not a share of the annual target.
    const listed = await t.app.inject({ method: 'GET', url: `/api/period-targets?year=${year}&organisationId=${wuchang}`, headers: { cookie: reviewer } });
    expect((listed.json() as { items: { indicatorCode: string; amountTarget: string }[] }).items.find((i) => i.indicatorCode === 'fixed_asset_investment')?.amountTarget).toBe('93');
  });

  it('writes the Q1 amounts into the template, which uploads back unchanged', async () => {
    const response = await downloadTargets(t, reviewer, year);
    const sheet = (await loadWorkbook(response.rawPayload)).worksheets[0]!;
    expect(sheet.getRow(3).getCell(12).value).toBe('一季度目标值');
    expect(sheet.getRow(3).getCell(13).value).toBe('一季度目标比较');
    const fai = templateRow(sheet, '420106', 'fixed_asset_investment');
    expect([fai.getCell(12).value, fai.getCell(13).value]).toEqual([93, '≥']);
    expect(fai.getCell(12).protection?.locked).toBe(false);
    const dry = await uploadTargets(t, reviewer, year, response.rawPayload);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ blocking: false, q1Amounts: { rows: 3, inserts: 0, updates: 0, unchanged: 3 } });
  });

  it('refuses the whole commit when a Q1 target changed after the dry run', async () => {
    const file = await workbook([
      HEADER,
      ['420106', '武昌区', 'fixed_asset_investment', '固定资产投资', '亿元', '', '', 95, '≥'],
      ['420106', '武昌区', 'gdp', '地区生产总值', '亿元', 1350, '≥', '', ''],
    ], undefined, '一季度');
    const dry = await uploadTargets(t, reviewer, year, file);
    expect(dry.json()).toMatchObject({ blocking: false, updates: 1, q1Amounts: { updates: 1 } });
    // Someone sets the Q1 target on the targets screen in between.
    const stored = (await q1Rows()).find((r) => r.indicator === 'fixed_asset_investment')!;
    const put = await t.app.inject({
      method: 'PUT', url: '/api/period-targets', headers: { cookie: reviewer },
      payload: { year, organisationId: wuchang, indicatorCode: 'fixed_asset_investment', throughMonth: 3, amountTarget: '94', amountComparator: 'ge', version: stored.version },
    });
    expect(put.statusCode, put.body).toBe(200);
    const before = { annual: await storedTargets(t, year), q1: await q1Rows() };
    const refused = await commitTargets(t, reviewer, dry.json().batchId);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('IMPORT_TARGET_STALE');
    expect({ annual: await storedTargets(t, year), q1: await q1Rows() }).toEqual(before);
  });
});
