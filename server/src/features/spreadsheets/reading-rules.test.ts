import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { commit, counts, multipart, openPeriod, upload } from './spreadsheets.test-helpers';

type Rows = ExcelJS.CellValue[][];

/** One sheet from its rows (row 1 first); `edit` may hide, merge or format. */
async function sheet(rows: Rows, edit?: (s: ExcelJS.Worksheet) => void, name = '月报'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet(name);
  rows.forEach((values, r) => values.forEach((value, c) => {
    if (value !== null && value !== undefined) s.getCell(r + 1, c + 1).value = value;
  }));
  edit?.(s);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface Value { sheet: string; cell: string; indicatorCode: string; indicatorName: string; role: string; read: string; format: string; unit: string | null; unitSource: string | null; stored: string; storedUnit: string; flags: { code: string; message: string }[] }
interface Report {
  batchId: number; rowsParsed: number; blocking: boolean;
  problems: { sheet: string; row: number | null; column: string | null; code: string; message: string }[];
  confirmations: { code: string; key: string; message: string }[];
  notes: { code: string; message: string; row: number | null }[];
  questions: { sheet: string; role: string; candidates: { column: string; header: string }[] }[];
  columns: { sheet: string; column: string; header: string; role: string; read: boolean }[];
  values: Value[];
}

describeEachDialect('Excel import reads values exactly or not at all', (dialect) => {
  let t: TestApp;
  let operator: string;
  let org: number;
  let year = 2400;
  const fresh = async () => openPeriod(t, ++year, 11);
  const codes = (list: { code: string }[]) => list.map((p) => p.code);
  const dry = async (key: string, file: Buffer, options: Parameters<typeof upload>[5] = {}) => {
    const response = await upload(t, operator, key, org, file, options);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Report;
  };
  const stored = (r: Report) => r.values.map((v) => `${v.cell}=${v.stored}`);

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    operator = await t.login('wuchang');
    org = await t.orgId('420106');
  });
  afterAll(() => t.close());

  it('shows every value it read: cell, indicator, what the cell holds, unit and where it was said, value stored, flags', async () => {
    const key = await fresh();
    const file = await sheet([
      ['武昌区主要经济指标（单位：万元）'],
      ['指标名称', '计量单位', '本年累计', '同比增长（%）'],
      ['社会消费品零售总额', null, 12345.6, 0.052],
      ['城镇新增就业', '人', 1234, '下降3.2%'],
      ['固定资产投资', '亿元', '1,234.5', null],
    ], (s) => { s.getCell('D3').numFmt = '0.0%'; });
    const report = await dry(key, file);
    expect(report).toMatchObject({ problems: [], blocking: false, rowsParsed: 3 });
    expect(report.values).toEqual([
      { sheet: '月报', cell: 'C3', indicatorCode: 'retail_sales', indicatorName: '社会消费品零售总额', role: 'ytd', read: '12345.6', format: 'number', unit: '万元', unitSource: 'sheet', stored: '1.23456', storedUnit: '亿元', flags: [{ code: 'IMPORT_VALUE_CONVERTED', message: '由万元换算为亿元' }] },
      { sheet: '月报', cell: 'D3', indicatorCode: 'retail_sales', indicatorName: '社会消费品零售总额', role: 'yoy', read: '0.052', format: 'percent', unit: '%', unitSource: null, stored: '5.2', storedUnit: '%', flags: [{ code: 'IMPORT_VALUE_PERCENT_FORMAT', message: '百分比格式：0.052 即 5.2%' }] },
      { sheet: '月报', cell: 'C4', indicatorCode: 'new_urban_jobs', indicatorName: '城镇新增就业', role: 'ytd', read: '1234', format: 'number', unit: '人', unitSource: 'row', stored: '1234', storedUnit: '人', flags: [] },
      { sheet: '月报', cell: 'D4', indicatorCode: 'new_urban_jobs', indicatorName: '城镇新增就业', role: 'yoy', read: '下降3.2%', format: 'text', unit: '%', unitSource: null, stored: '-3.2', storedUnit: '%', flags: [{ code: 'IMPORT_VALUE_SIGN_FROM_WORDS', message: '“下降3.2%”读作负增长' }] },
      { sheet: '月报', cell: 'C5', indicatorCode: 'fixed_asset_investment', indicatorName: '固定资产投资', role: 'ytd', read: '1,234.5', format: 'text', unit: '亿元', unitSource: 'row', stored: '1234.5', storedUnit: '亿元', flags: [] },
    ]);
    expect(report.columns).toEqual([
      { sheet: '月报', column: 'A', header: '指标名称', role: 'name', read: true },
      { sheet: '月报', column: 'B', header: '计量单位', role: 'unit', read: true },
      { sheet: '月报', column: 'C', header: '本年累计', role: 'ytd', read: true },
      { sheet: '月报', column: 'D', header: '同比增长（%）', role: 'yoy', read: true },
    ]);
    const en = await dry(key, file, { locale: 'en' });
    expect(en.values[0]).toMatchObject({ indicatorName: 'Retail sales of consumer goods', unit: '10k yuan', storedUnit: '100M yuan', flags: [{ message: 'Converted from 10k yuan into 100M yuan' }] });
    const done = await commit(t, operator, report.batchId);
    const figure = (code: string) => done.json().submission.figures.find((f: { indicatorCode: string }) => f.indicatorCode === code);
    expect(figure('retail_sales')).toMatchObject({ ytdValue: '1.23456', reportedYoy: '5.2' });
    expect(figure('new_urban_jobs')).toMatchObject({ ytdValue: '1234', reportedYoy: '-3.2' });
  });

  it('refuses hidden rows and hidden value columns, notes a hidden reference column, and refuses formats that hide or scale a value', async () => {
    const key = await fresh();
    const rows: Rows = [['指标名称', '本年累计', '上年同期'], ['社会消费品零售总额', 120, 100], ['固定资产投资', 300, 280]];
    const before = await counts(t);
    const hiddenRow = await dry(key, await sheet(rows, (s) => { s.getRow(3).hidden = true; }));
    expect(hiddenRow.problems).toEqual([{ sheet: '月报', row: 3, column: null, code: 'IMPORT_HIDDEN_ROW', message: '第 3 行（“固定资产投资”）已隐藏，隐藏的行不会被读取：请在 Excel 中取消隐藏并核对，或删除该行后再上传' }]);
    const hiddenColumn = await dry(key, await sheet(rows, (s) => { s.getColumn(2).hidden = true; }), { locale: 'en' });
    expect(hiddenColumn.problems).toEqual([{ sheet: '月报', row: 1, column: 'B', code: 'IMPORT_HIDDEN_COLUMN', message: 'Column B ("本年累计") is hidden, and hidden columns are not read: unhide and check it in Excel, or delete it, then upload again' }]);
    const hiddenReference = await dry(key, await sheet(rows, (s) => { s.getColumn(3).hidden = true; }));
    expect(hiddenReference).toMatchObject({ problems: [], notes: [{ code: 'IMPORT_HIDDEN_COLUMN_NOT_READ' }] });
    const invisible = await dry(key, await sheet(rows, (s) => { s.getCell('B3').numFmt = ';;;'; }));
    expect(invisible.problems).toMatchObject([{ row: 3, column: 'B', code: 'IMPORT_CELL_FORMAT_HIDDEN' }]);
    const scaled = await dry(key, await sheet(rows, (s) => { s.getCell('B2').numFmt = '#,##0,'; }));
    expect(scaled.problems).toMatchObject([{ row: 2, column: 'B', code: 'IMPORT_CELL_FORMAT_SCALED', message: expect.stringContaining('120') }]);
    for (const r of [hiddenRow, hiddenColumn, invisible, scaled]) expect((await commit(t, operator, r.batchId)).statusCode).toBe(422);
    expect({ ...(await counts(t)), batches: 0 }).toEqual({ ...before, batches: 0 });
  });

  it('asks which column holds the value when two could (初报 / 本年累计, 亿元 / 万元, 本月 / 累计), then reads the one chosen', async () => {
    const key = await fresh();
    const file = await sheet([['指标名称', '初报', '本年累计'], ['社会消费品零售总额', 118, 120]]);
    const asked = await dry(key, file);
    expect(asked).toMatchObject({ blocking: true, rowsParsed: 0, values: [] });
    expect(asked.questions).toEqual([{ sheet: '月报', role: 'ytd', candidates: [{ column: 'B', header: '初报' }, { column: 'C', header: '本年累计' }] }]);
    expect(asked.problems).toEqual([{ sheet: '月报', row: 1, column: null, code: 'IMPORT_COLUMN_AMBIGUOUS_YTD', message: '工作表“月报”中 “初报”（B列）、“本年累计”（C列） 都可能是本年累计值：请在下方选择要导入的列，或删除多余的列后重新上传' }]);
    const en = await dry(key, file, { locale: 'en' });
    expect(en.problems[0]!.message).toBe('On the sheet "月报", "初报" (column B), "本年累计" (column C) could each be the year-to-date value: choose the column to import below, or delete the others and upload again');
    const chosen = await dry(key, file, { columns: [{ sheet: '月报', role: 'ytd', column: 'C' }] });
    expect(chosen).toMatchObject({ problems: [], blocking: false, questions: [] });
    expect(stored(chosen)).toEqual(['C2=120']);
    expect(chosen.columns.map((c) => `${c.column}:${c.role}:${c.read}`)).toEqual(['A:name:true', 'B:reference:false', 'C:ytd:true']);
    expect((await commit(t, operator, chosen.batchId)).json().submission.figures.find((f: { indicatorCode: string }) => f.indicatorCode === 'retail_sales').ytdValue).toBe('120');

    const units = await dry(key, await sheet([['指标名称', '本年累计（亿元）', '本年累计（万元）'], ['社会消费品零售总额', 1.2, 12000]]));
    expect(units.questions).toMatchObject([{ role: 'ytd', candidates: [{ column: 'B' }, { column: 'C' }] }]);
    const monthly = await dry(key, await sheet([['指标名称', '本月', '累计'], ['社会消费品零售总额', 12, 120]]));
    expect(monthly.questions).toMatchObject([{ role: 'ytd', candidates: [{ column: 'B', header: '本月' }, { column: 'C', header: '累计' }] }]);
    // A lone 本月 column is read only once confirmed as the year-to-date.
    const lone = await dry(key, await sheet([['指标名称', '本月'], ['社会消费品零售总额', 120]]));
    expect(lone).toMatchObject({ problems: [], confirmations: [{ code: 'IMPORT_MONTH_COLUMN_AS_YTD' }] });
    // A choice that is not one of the candidates, and a malformed answer.
    const wrong = await dry(key, file, { columns: [{ sheet: '月报', role: 'ytd', column: 'A' }] });
    expect(codes(wrong.problems)).toEqual(['IMPORT_COLUMN_CHOICE_INVALID']);
    const body = multipart(file, 'a.xlsx', 'file', { columns: '[{"sheet":"月报","role":"ytd","column":"C; DROP"}]' });
    const bad = await t.app.inject({ method: 'POST', url: `/api/submissions/${key}/${org}/import`, payload: body.payload, headers: { ...body.headers, cookie: operator } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
  });

  it('reads two-row merged headers by the group above each column', async () => {
    const key = await fresh();
    const grouped = await sheet([
      ['指标名称', '本月', null, '累计', null],
      [null, '绝对值', '增速（%）', '绝对值', '增速（%）'],
      ['社会消费品零售总额', 12, 3.1, 120, 5.5],
    ], (s) => { s.mergeCells('A1:A2'); s.mergeCells('B1:C1'); s.mergeCells('D1:E1'); });
    const asked = await dry(key, grouped);
    expect(asked.questions).toMatchObject([{ role: 'ytd', candidates: [{ column: 'B', header: '本月 / 绝对值' }, { column: 'D', header: '累计 / 绝对值' }] }]);
    const chosen = await dry(key, grouped, { columns: [{ sheet: '月报', role: 'ytd', column: 'D' }] });
    expect(chosen).toMatchObject({ problems: [], blocking: false });
    expect(stored(chosen)).toEqual(['D3=120', 'E3=5.5']);
    expect(chosen.columns.find((c) => c.column === 'C')).toMatchObject({ header: '本月 / 增速（%）', role: 'reference', read: false });

    const years = await sheet([
      ['指标名称', '1-11月累计', null, '增长（%）'],
      [null, year - 1, year, null],
      ['社会消费品零售总额', 100, 110, 10],
    ], (s) => { s.mergeCells('B1:C1'); s.mergeCells('D1:D2'); });
    const read = await dry(key, years);
    expect(read).toMatchObject({ problems: [], questions: [], blocking: false });
    expect(stored(read)).toEqual(['C3=110', 'D3=10']);
  });

  it('takes units from the unit line, the headers, the cells and their formats; refuses units that disagree', async () => {
    const key = await fresh();
    const line = await dry(key, await sheet([['单位：千元'], ['指标名称', '本年累计'], ['社会消费品零售总额', 12345.6]]));
    expect(line.values).toMatchObject([{ unit: '千元', unitSource: 'sheet', stored: '0.123456' }]);
    const people = await dry(key, await sheet([['指标名称', '本年累计（万人）'], ['城镇新增就业', 1.2345]]));
    expect(people.values).toMatchObject([{ unit: '万人', unitSource: 'column', stored: '12345', flags: [{ code: 'IMPORT_VALUE_CONVERTED', message: '由万人换算为人' }] }]);
    const households = await dry(key, await sheet([['指标名称', '本年累计（万户）'], ['新登记市场主体', 0.0321]]));
    expect(households.values).toMatchObject([{ stored: '321' }]);
    const typed = await dry(key, await sheet([['指标名称', '本年累计'], ['社会消费品零售总额', '12,345.6万元'], ['固定资产投资', 300]], (s) => {
      s.getCell('B3').numFmt = '#,##0.00"万元"';
    }));
    expect(typed.values).toMatchObject([{ unit: '万元', unitSource: 'cell', stored: '1.23456' }, { unit: '万元', unitSource: 'cell', stored: '0.03' }]);
    const clash = await dry(key, await sheet([['指标名称', '单位', '本年累计（万元）'], ['社会消费品零售总额', '亿元', 1.2]]));
    expect(clash.problems).toEqual([{ sheet: '月报', row: 2, column: 'C', code: 'IMPORT_UNIT_CONFLICT', message: '单位不一致：单位列写的是“亿元”，列标题写的是“万元”，无法确定数值的单位' }]);
    const twoUnits = await dry(key, await sheet([['单位：万元、亿元'], ['指标名称', '本年累计'], ['社会消费品零售总额', 1.2]]));
    expect(codes(twoUnits.problems)).toEqual(['IMPORT_UNIT_CONFLICT']);
    const energy = await dry(key, await sheet([['指标名称', '本年累计（吨标准煤/万元）'], ['社会消费品零售总额', 0.35]]));
    expect(energy.problems).toMatchObject([{ code: 'IMPORT_UNIT_MISMATCH', message: '单位“吨标准煤/万元”不能换算为该指标的单位“亿元”' }]);
    const none = await dry(key, await sheet([['指标名称', '本年累计'], ['社会消费品零售总额', 120]]));
    expect(none.values).toMatchObject([{ unit: null, unitSource: null, stored: '120', flags: [{ code: 'IMPORT_VALUE_UNIT_ASSUMED', message: '未注明单位，按指标单位（亿元）读取' }] }]);
  });

  it('reads growth as written: points are not growth, a 个百分点 column is left out, a General fraction among percentages goes by its column', async () => {
    const key = await fresh();
    const points = await dry(key, await sheet([['指标名称', '本年累计', '同比增速（%）'], ['社会消费品零售总额', 120, '增长5.1个百分点']]));
    expect(points.problems).toEqual([{ sheet: '月报', row: 2, column: 'C', code: 'IMPORT_POINTS_NOT_GROWTH', message: '“增长5.1个百分点”是百分点的变化，不是增速：同比增速请填百分比（%）' }]);
    const pointsColumn = await dry(key, await sheet([['指标名称', '本年累计', '同比增减（个百分点）'], ['社会消费品零售总额', 120, 0.5]]));
    expect(pointsColumn).toMatchObject({ problems: [], notes: [{ code: 'IMPORT_POINTS_COLUMN' }] });
    expect(pointsColumn.values.map((v) => v.role)).toEqual(['ytd']);

    const rows: Rows = [['指标名称', '本年累计', '同比增长'], ['社会消费品零售总额', 120, 0.052], ['固定资产投资', 300, 0.031], ['地方一般公共预算收入', 50, 0.049]];
    const byColumn = await dry(key, await sheet(rows, (s) => { s.getCell('C2').numFmt = '0.0%'; s.getCell('C3').numFmt = '0.0%'; }));
    expect(byColumn).toMatchObject({ problems: [], confirmations: [] });
    expect(byColumn.values.filter((v) => v.role === 'yoy').map((v) => v.stored)).toEqual(['5.2', '3.1', '4.9']);
    expect(byColumn.values.at(-1)!.flags).toEqual([{ code: 'IMPORT_VALUE_PERCENT_BY_COLUMN', message: '常规格式的 0.049，同列其他数值均为百分比格式，按 4.9% 读取' }]);
    const mixed = await dry(key, await sheet([...rows, ['工业投资', 20, 6.5]], (s) => { s.getCell('C2').numFmt = '0.0%'; }));
    expect(mixed.confirmations.map((c) => c.code)).toEqual(['IMPORT_PERCENT_AS_WRITTEN', 'IMPORT_PERCENT_AS_WRITTEN']);
    expect(mixed.values.filter((v) => v.role === 'yoy').map((v) => v.stored)).toEqual(['5.2', '0.031', '0.049', '6.5']);
    const plain = await dry(key, await sheet(rows));
    expect(plain).toMatchObject({ confirmations: [] });
    expect(plain.values.filter((v) => v.role === 'yoy').map((v) => v.stored)).toEqual(['0.052', '0.031', '0.049']);
  });

  it('recognises 全区合计 rows: never an indicator, checked against the rows above when they share its unit', async () => {
    const key = await fresh();
    const rows = (total: number): Rows => [['指标名称', '本年累计（亿元）'], ['社会消费品零售总额', 120], ['固定资产投资', 300.5], ['全区合计', total]];
    const equal = await dry(key, await sheet(rows(420.5)));
    expect(equal).toMatchObject({ problems: [], confirmations: [], rowsParsed: 2 });
    expect(equal.notes).toEqual([{ sheet: '月报', row: 4, column: null, code: 'IMPORT_TOTAL_CHECKED', message: '第 4 行“全区合计”是合计行，不作为指标导入；与其上各行之和 420.5 一致' }]);
    const off = await dry(key, await sheet(rows(421)));
    expect(off.confirmations).toEqual([{ sheet: '月报', row: 4, column: 'B', code: 'IMPORT_TOTAL_MISMATCH', key: 'IMPORT_TOTAL_MISMATCH|月报|4|B', message: '第 4 行“全区合计”为 421，而其上各行之和为 420.5：请确认各行数据无误（合计行本身不导入）' }]);
    expect((await commit(t, operator, off.batchId)).json().code).toBe('IMPORT_NEEDS_CONFIRMATION');
    const traditional = await dry(key, await sheet([['指標名稱', '本年累計'], ['社會消費品零售總額', 120], ['總計', 120]]));
    expect(traditional).toMatchObject({ problems: [], rowsParsed: 1, notes: [{ code: 'IMPORT_TOTAL_ROW' }] });
  });

  it('refuses a figure of an indicator not reported this month (a quarterly GDP in November), and passes over its empty row', async () => {
    const key = await fresh();
    const report = await dry(key, await sheet([['指标名称', '本年累计', '同比增长（%）'], ['社会消费品零售总额', 120, 5], ['地区生产总值', null, null], ['GDP', 1200, 5.5]]));
    expect(report.problems).toEqual([{ sheet: '月报', row: 4, column: 'B', code: 'IMPORT_NOT_DUE', message: `“GDP”不在 ${year}年1-11月 的填报范围内（按其报送频率本期不填报）：请删除该行的数值` }]);
    expect(report.values.map((v) => v.indicatorCode)).toEqual(['retail_sales', 'retail_sales']);
  });
});
