import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { commit, counts, openPeriod, upload } from './spreadsheets.test-helpers';

type Rows = ExcelJS.CellValue[][];
interface SheetSpec { name?: string; rows: Rows; edit?: (sheet: ExcelJS.Worksheet) => void }

/** A workbook of several sheets, each from its rows (row 1 first). */
async function book(...sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  sheets.forEach((spec, i) => {
    const sheet = wb.addWorksheet(spec.name ?? `Sheet${i + 1}`);
    spec.rows.forEach((values, r) => values.forEach((value, c) => {
      if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
    }));
    spec.edit?.(sheet);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type Report = { problems: { code: string; message: string; row: number | null; column: string | null; sheet: string }[]; confirmations: { code: string; key: string; message: string }[]; notes: { code: string; message: string }[]; values: { cell: string; indicatorCode: string; stored: string }[]; blocking: boolean; batchId: number; rowsParsed: number };

describeEachDialect('Excel import cross-checks the file against the month and the unit reported', (dialect) => {
  let t: TestApp;
  let operator: string;
  let org: number;
  let year = 2300;
  /** A period of its own (month 11 unless asked), and its year. */
  const fresh = async (month = 11) => {
    year += 1;
    return { key: await openPeriod(t, year, month), year };
  };
  const codes = (list: { code: string }[]) => list.map((p) => p.code);
  const dry = async (key: string, file: Buffer, options: Parameters<typeof upload>[5] = {}) => {
    const response = await upload(t, operator, key, org, file, options);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Report;
  };

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    operator = await t.login('wuchang');
    org = await t.orgId('420106');
  });
  afterAll(() => t.close());

  it('refuses a file whose title names another month (1-10月 uploaded into November), in the caller\'s language, writing no figure', async () => {
    const { key, year: y } = await fresh();
    const file = await book({ rows: [[`武昌区${y}年1-10月主要经济指标完成情况`], ['指标名称', '本年累计'], ['社会消费品零售总额', 120]] });
    const before = await counts(t);
    const zh = await dry(key, file);
    expect(zh.blocking).toBe(true);
    expect(zh.problems).toEqual([{
      sheet: 'Sheet1', row: 1, column: null, code: 'IMPORT_TITLE_PERIOD',
      message: `工作表“Sheet1”的标题“武昌区${y}年1-10月主要经济指标完成情况”写的是 ${y}年1-10月，本次填报的是 ${y}年1-11月：请上传本期的文件，或更正标题后再上传`,
    }]);
    const en = await dry(key, file, { locale: 'en' });
    expect(en.problems[0]!.message).toBe(`The title "武昌区${y}年1-10月主要经济指标完成情况" of the sheet "Sheet1" says ${y}年1-10月, but Jan–Nov ${y} is being reported: upload this period's file, or correct the title`);
    const tw = await dry(key, file, { locale: 'zh-TW' });
    expect(tw.problems[0]!.message).toContain('本次填報的是');
    expect((await commit(t, operator, zh.batchId)).statusCode).toBe(422);
    const after = await counts(t);
    expect({ ...after, batches: 0 }).toEqual({ ...before, batches: 0 });
  });

  it('refuses a value column of another period: "1-10月累计" in November, "一至九月" and "前三季度" in October; reads them in their own month', async () => {
    const nov = await fresh();
    const oneToTen = await dry(nov.key, await book({ rows: [['指标名称', '1-10月累计'], ['社会消费品零售总额', 120]] }));
    expect(oneToTen.problems).toMatchObject([{ code: 'IMPORT_COLUMN_PERIOD', row: 1, column: 'B', message: `数值列“1-10月累计”是 1-10月 的数据，本次填报的是 ${nov.year}年1-11月：请上传本期的文件` }]);
    const oct = await fresh(10);
    expect(codes((await dry(oct.key, await book({ rows: [['指标名称', '一至九月'], ['社会消费品零售总额', 120]] }))).problems)).toEqual(['IMPORT_COLUMN_PERIOD']);
    expect(codes((await dry(oct.key, await book({ rows: [[`${oct.year}年前三季度主要指标`], ['指标名称', '本年累计'], ['社会消费品零售总额', 120]] }))).problems)).toEqual(['IMPORT_TITLE_PERIOD']);
    const sep = await fresh(9);
    const ok = await dry(sep.key, await book({ rows: [[`${sep.year}年前三季度主要指标`], ['指标名称', '一至九月'], ['社会消费品零售总额', 120]] }));
    expect(ok).toMatchObject({ problems: [], confirmations: [], rowsParsed: 1, blocking: false });
  });

  it('reads this year\'s column of "2025年1-11月 | 2026年1-11月", never last year\'s; refuses the file a year later', async () => {
    const { key, year: y } = await fresh();
    const file = await book({ rows: [['指标名称', `${y - 1}年1-11月`, `${y}年1-11月`, '增长（%）'], ['社会消费品零售总额', 100, 110, 10], ['地方一般公共预算收入', 50, 49, '下降2%']] });
    const report = await dry(key, file);
    expect(report).toMatchObject({ problems: [], blocking: false, rowsParsed: 2 });
    expect(report.values.map((v) => `${v.cell}:${v.indicatorCode}:${v.stored}`)).toEqual([
      'C2:retail_sales:110', 'D2:retail_sales:10', 'C3:general_budget_revenue:49', 'D3:general_budget_revenue:-2',
    ]);
    const done = await commit(t, operator, report.batchId);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().submission.figures.find((f: { indicatorCode: string }) => f.indicatorCode === 'retail_sales')).toMatchObject({ ytdValue: '110', reportedYoy: '10' });

    const later = await fresh();
    const stale = await dry(later.key, file);
    expect(stale.problems).toMatchObject([{ code: 'IMPORT_COLUMN_PERIOD', column: 'B' }]);
  });

  it('asks to confirm a stale title when the value column names this very period; the commit needs the confirmation', async () => {
    const { key, year: y } = await fresh();
    const file = await book({ rows: [[`武昌区${y}年1-10月主要经济指标`], ['指标名称', `本年累计（${y}年1-11月）`], ['社会消费品零售总额', 120]] });
    const report = await dry(key, file);
    expect(report).toMatchObject({ problems: [], blocking: false });
    expect(report.confirmations).toEqual([{
      sheet: 'Sheet1', row: 1, column: null, code: 'IMPORT_TITLE_PERIOD_CONFIRM', key: 'IMPORT_TITLE_PERIOD_CONFIRM|Sheet1|1|',
      message: `工作表“Sheet1”的标题“武昌区${y}年1-10月主要经济指标”写的是 ${y}年1-10月，而数值列“本年累计（${y}年1-11月）”写的是本期（${y}年1-11月）：请确认这是本期的数据`,
    }]);
    const before = await counts(t);
    const unconfirmed = await commit(t, operator, report.batchId, 'en', []);
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.json()).toMatchObject({ code: 'IMPORT_NEEDS_CONFIRMATION', message: '1 findings of the check are not confirmed yet: confirm each of them before importing' });
    expect((await commit(t, operator, report.batchId)).statusCode).toBe(422);
    expect(await counts(t)).toEqual(before);
    const confirmed = await commit(t, operator, report.batchId, 'zh-CN', [report.confirmations[0]!.key]);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const audit = await t.database.db.selectFrom('audit_log').select('after_json').where('action', '=', 'submission.import').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after_json!)).toMatchObject({ batchId: report.batchId, confirmed: ['IMPORT_TITLE_PERIOD_CONFIRM|Sheet1|1|'] });
  });

  it('does not read a sheet of last year as this year\'s: skipped beside this year\'s sheet, refused alone', async () => {
    const { key, year: y } = await fresh();
    const rows = (value: number): Rows => [['指标名称', '本年累计'], ['社会消费品零售总额', value]];
    const both = await dry(key, await book({ name: `${y - 1}年11月`, rows: rows(100) }, { name: `${y}年11月`, rows: rows(110) }));
    expect(both).toMatchObject({ problems: [], blocking: false, rowsParsed: 1 });
    expect(both.values).toMatchObject([{ cell: 'B2', stored: '110' }]);
    expect(both.notes).toEqual([{ sheet: `${y - 1}年11月`, row: null, column: null, code: 'IMPORT_SHEET_SKIPPED_PERIOD', message: `工作表“${y - 1}年11月”写的是 ${y - 1}年11月，不是本期（${y}年1-11月）的数据，未读取` }]);
    const alone = await dry(key, await book({ name: `${y - 1}年1-11月`, rows: rows(100) }));
    expect(alone.problems).toMatchObject([{ code: 'IMPORT_SHEET_PERIOD', row: null }]);
    // Another month's name, nothing else to go by: confirmed, not refused.
    const october = await dry(key, await book({ name: '10月', rows: rows(100) }));
    expect(october).toMatchObject({ problems: [], confirmations: [{ code: 'IMPORT_SHEET_PERIOD_CONFIRM' }] });
    // A workbook with one sheet per month: this month's is read.
    const months = await dry(key, await book({ name: '1-10月', rows: rows(90) }, { name: '1-11月', rows: rows(110) }));
    expect(months.values).toMatchObject([{ stored: '110' }]);
    expect(codes(months.notes)).toEqual(['IMPORT_SHEET_SKIPPED_PERIOD']);
  });

  it('leaves dates out of the title, and reads the template\'s own title in every language', async () => {
    const { key, year: y } = await fresh();
    const dated = await dry(key, await book({ rows: [[`武昌区${y}年1-11月主要经济指标`], [`填报日期：${y}年12月3日`], ['指标名称', '本年累计'], ['社会消费品零售总额', 120]] }));
    expect(dated).toMatchObject({ problems: [], confirmations: [] });
    const english = await dry(key, await book({ rows: [[`武昌区 — key economic indicators, Jan–Oct ${y}`], ['Indicator', 'Year-to-date'], ['Retail sales of consumer goods', 120]] }));
    expect(codes(english.problems)).toEqual(['IMPORT_TITLE_PERIOD']);
  });

  it('refuses a title naming another district (Simplified or Traditional), confirms one naming both, and reads the city and streets as its own', async () => {
    const { key, year: y } = await fresh();
    const rows = (title: string): Rows => [[title], ['指标名称', '本年累计'], ['社会消费品零售总额', 120]];
    const other = await dry(key, await book({ rows: rows(`江岸区${y}年1-11月主要经济指标`) }));
    expect(other.problems).toEqual([{ sheet: 'Sheet1', row: 1, column: null, code: 'IMPORT_TITLE_ORGANISATION', message: '工作表“Sheet1”的标题写的是“江岸区”，本次填报的是“武昌区”：请上传本单位的文件' }]);
    expect(codes((await dry(key, await book({ rows: rows(`江岸區${y}年1-11月主要經濟指標`) }))).problems)).toEqual(['IMPORT_TITLE_ORGANISATION']);
    const own = await dry(key, await book({ rows: rows(`武汉市武昌区${y}年1-11月主要经济指标（中南路街道、积玉桥街道）`) }));
    expect(own).toMatchObject({ problems: [], confirmations: [] });
    const both = await dry(key, await book({ rows: rows(`武昌区、江岸区${y}年1-11月主要经济指标对比`) }));
    expect(both).toMatchObject({ problems: [], confirmations: [{ code: 'IMPORT_TITLE_ORGANISATION_CONFIRM' }] });
    // One sheet per district: the others' are not read.
    const perDistrict = await dry(key, await book({ name: '江岸区', rows: rows('') }, { name: '武昌区', rows: rows('') }));
    expect(perDistrict).toMatchObject({ problems: [], rowsParsed: 1, notes: [{ code: 'IMPORT_SHEET_SKIPPED_ORGANISATION', sheet: '江岸区' }] });
  });

  it('asks to confirm a file name that names another period or another district (by name or code)', async () => {
    const { key, year: y } = await fresh();
    const file = await book({ rows: [['指标名称', '本年累计'], ['社会消费品零售总额', 120]] });
    expect((await dry(key, file, { fileName: `武昌区-${y}-11.xlsx` })).confirmations).toEqual([]);
    expect((await dry(key, file, { fileName: `武昌区-${y}-10.xlsx` })).confirmations).toMatchObject([{
      code: 'IMPORT_FILE_PERIOD_CONFIRM', key: 'IMPORT_FILE_PERIOD_CONFIRM|||', message: `文件名“武昌区-${y}-10.xlsx”写的是 ${y}-10，本次填报的是 ${y}年1-11月：请确认这是本期的文件`,
    }]);
    expect((await dry(key, file, { fileName: `江岸区${y}年11月.xlsx` })).confirmations).toMatchObject([{ code: 'IMPORT_FILE_ORGANISATION_CONFIRM' }]);
    const byCode = await dry(key, file, { fileName: `420102-${y}-11.xlsx` });
    expect(byCode.confirmations).toMatchObject([{ code: 'IMPORT_FILE_ORGANISATION_CONFIRM', message: expect.stringContaining('江岸区') }]);
    expect((await commit(t, operator, byCode.batchId)).json().code).toBe('IMPORT_NEEDS_CONFIRMATION');
  });
});
