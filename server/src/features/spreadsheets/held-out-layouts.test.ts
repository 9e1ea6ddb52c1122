import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { openPeriod, upload } from './spreadsheets.test-helpers';

/**
 * Layouts of district files kept out of the parser's making: each was written after the parser
 * was done and states what DOMAIN.md "Excel imports" says should happen.
 */

type Rows = ExcelJS.CellValue[][];
interface Spec { name?: string; rows: Rows; edit?: (sheet: ExcelJS.Worksheet) => void; state?: 'visible' | 'hidden' }

async function book(...sheets: Spec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  sheets.forEach((spec, i) => {
    const sheet = wb.addWorksheet(spec.name ?? `Sheet${i + 1}`, spec.state ? { state: spec.state } : undefined);
    spec.rows.forEach((values, r) => values.forEach((value, c) => {
      if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
    }));
    spec.edit?.(sheet);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface Report {
  blocking: boolean; rowsParsed: number;
  problems: { code: string; row: number | null; column: string | null; sheet: string }[];
  confirmations: { code: string }[]; notes: { code: string }[]; questions: unknown[];
  values: { cell: string; indicatorCode: string; role: string; stored: string; unit: string | null }[];
}

describeEachDialect('Excel import on held-out district layouts', (dialect) => {
  let t: TestApp;
  let operator: string;
  let org: number;
  const opened = new Set<string>();
  const period = async (year: number, month: number) => {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (!opened.has(key)) {
      await openPeriod(t, year, month);
      opened.add(key);
    }
    return key;
  };
  const dry = async (key: string, file: Buffer, fileName = 'figures.xlsx') => {
    const response = await upload(t, operator, key, org, file, { fileName });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Report;
  };
  const codes = (list: { code: string }[]) => list.map((p) => p.code);
  const stored = (r: Report) => r.values.map((v) => `${v.cell}=${v.stored}`);

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    operator = await t.login('wuchang');
    org = await t.orgId('420106');
  });
  afterAll(() => t.close());

  it('a title with the year in Chinese numerals: agrees in its month, refused a month later', async () => {
    const rows: Rows = [['二〇三一年一至十一月主要经济指标'], ['指标名称', '本年累计'], ['社会消费品零售总额', 120]];
    expect(await dry(await period(2031, 11), await book({ rows }))).toMatchObject({ problems: [], blocking: false, rowsParsed: 1 });
    expect(codes((await dry(await period(2031, 12), await book({ rows }))).problems)).toEqual(['IMPORT_TITLE_PERIOD']);
  });

  it('a subtitle "截至10月底" under a title without a month, uploaded into November: refused', async () => {
    const report = await dry(await period(2032, 11), await book({ rows: [['武昌区主要经济指标完成情况'], ['（数据截至10月底）'], ['指标名称', '本年累计'], ['社会消费品零售总额', 120]] }));
    expect(report.problems).toMatchObject([{ code: 'IMPORT_TITLE_PERIOD', row: 2 }]);
  });

  it('the unit line in Traditional inside the title, and "单位：万元" written to the right of the header row', async () => {
    const key = await period(2033, 11);
    const title = await dry(key, await book({ rows: [['武昌區主要經濟指標（單位：萬元）'], ['指標名稱', '本年累計'], ['社會消費品零售總額', 12345]] }));
    expect(title.values).toMatchObject([{ stored: '1.2345', unit: '万元' }]);
    const right = await dry(key, await book({ rows: [['指标名称', '本年累计', null, '单位：万元'], ['社会消费品零售总额', 12345]] }));
    expect(right.values).toMatchObject([{ stored: '1.2345', unit: '万元' }]);
  });

  it('a two-row header grouped by year, each group with its value and growth: this year\'s pair is read', async () => {
    const report = await dry(await period(2034, 11), await book({
      rows: [
        ['指标名称', '2033年1-11月', null, '2034年1-11月', null],
        [null, '绝对值', '增长（%）', '绝对值', '增长（%）'],
        ['社会消费品零售总额', 100, 4.1, 110, 10],
      ],
      edit: (s) => { s.mergeCells('A1:A2'); s.mergeCells('B1:C1'); s.mergeCells('D1:E1'); },
    }));
    expect(report).toMatchObject({ problems: [], questions: [], blocking: false });
    expect(stored(report)).toEqual(['D3=110', 'E3=10']);
  });

  it('a numbering row (甲 乙 1 2) under the header, full-width digits, ASCII brackets and a full-width minus', async () => {
    const report = await dry(await period(2035, 11), await book({
      rows: [['指标名称', '计量单位', '本年累计(万元)', '同比增长(%)'], ['甲', '乙', 1, 2], ['社会消费品零售总额', '万元', '１２３４５', '－3.2']],
    }));
    expect(report).toMatchObject({ problems: [], blocking: false, rowsParsed: 1 });
    expect(stored(report)).toEqual(['C3=1.2345', 'D3=-3.2']);
  });

  it('a growth cell written "增长1.2倍" is refused, not guessed', async () => {
    const report = await dry(await period(2036, 11), await book({ rows: [['指标名称', '本年累计', '同比增长（%）'], ['社会消费品零售总额', 120, '增长1.2倍']] }));
    expect(report.problems).toMatchObject([{ code: 'NUMBER_INVALID', row: 2, column: 'C' }]);
  });

  it('a row folded away in an outline (hidden with its outline level) is refused like any hidden row', async () => {
    const report = await dry(await period(2037, 11), await book({
      rows: [['指标名称', '本年累计'], ['固定资产投资', 300], ['其中：工业投资', 120]],
      edit: (s) => { s.getRow(3).outlineLevel = 1; s.getRow(3).hidden = true; },
    }));
    expect(report.problems).toMatchObject([{ code: 'IMPORT_HIDDEN_ROW', row: 3 }]);
  });

  it('a Traditional alias under "其中：" finds its indicator (規上工業增加值)', async () => {
    const report = await dry(await period(2038, 11), await book({ rows: [['指標名稱', '本年累計', '同比增長（%）'], ['  其中：規上工業增加值', 500, 6.1]] }));
    expect(report).toMatchObject({ problems: [] });
    expect(report.values.map((v) => v.indicatorCode)).toEqual(['industrial_value_added', 'industrial_value_added']);
  });

  it('a value typed with a space before its unit ("1,234.5 亿元") under a 万元 header: the units disagree, refused', async () => {
    const report = await dry(await period(2039, 11), await book({ rows: [['指标名称', '本年累计（万元）'], ['社会消费品零售总额', '1,234.5 亿元']] }));
    expect(codes(report.problems)).toEqual(['IMPORT_UNIT_CONFLICT']);
  });

  it('"1-11月" beside "11月": the year-to-date column named for the period is read without a question', async () => {
    const report = await dry(await period(2040, 11), await book({ rows: [['指标名称', '11月', '1-11月'], ['社会消费品零售总额', 12, 120]] }));
    expect(report).toMatchObject({ problems: [], questions: [], confirmations: [] });
    expect(stored(report)).toEqual(['C2=120']);
  });

  it('a growth cell formatted to show thousands ("0,") is refused', async () => {
    const report = await dry(await period(2041, 11), await book({
      rows: [['指标名称', '本年累计', '同比增长（%）'], ['社会消费品零售总额', 120, 5200]],
      edit: (s) => { s.getCell('C2').numFmt = '0,'; },
    }));
    expect(report.problems).toMatchObject([{ code: 'IMPORT_CELL_FORMAT_SCALED', column: 'C' }]);
  });

  it('sheets per district named in Traditional: only one\'s own is read', async () => {
    const rows = (value: number): Rows => [['指標名稱', '本年累計'], ['社會消費品零售總額', value]];
    const report = await dry(await period(2042, 11), await book({ name: '江岸區', rows: rows(90) }, { name: '武昌區', rows: rows(120) }, { name: '洪山區', rows: rows(80) }));
    expect(report).toMatchObject({ problems: [], rowsParsed: 1 });
    expect(stored(report)).toEqual(['B2=120']);
    expect(codes(report.notes)).toEqual(['IMPORT_SHEET_SKIPPED_ORGANISATION', 'IMPORT_SHEET_SKIPPED_ORGANISATION']);
  });

  it('a first sheet of instructions naming a deadline date and another month, then the data sheet: read as it is', async () => {
    const report = await dry(await period(2043, 11), await book(
      { name: '填报说明', rows: [['请于12月5日前报送1-11月数据；10月数据已于11月5日报送。']] },
      { name: '月报', rows: [['武昌区2043年1-11月主要经济指标'], ['指标名称', '本年累计'], ['社会消费品零售总额', 120]] },
    ));
    expect(report).toMatchObject({ problems: [], confirmations: [], blocking: false, rowsParsed: 1 });
  });

  it('a total written "合  计" with blanks, below rows in one unit, checked against their sum', async () => {
    const report = await dry(await period(2044, 11), await book({
      rows: [['指标名称', '本年累计（亿元）'], ['社会消费品零售总额', 120], ['地方一般公共预算收入', 30.25], ['合  计', 150.25]],
    }));
    expect(report).toMatchObject({ problems: [], confirmations: [], rowsParsed: 2 });
    expect(codes(report.notes)).toEqual(['IMPORT_TOTAL_CHECKED']);
  });

  it('a two-row header whose years are typed as text under a 1-11月累计 group: this year\'s column is read, last year\'s is not', async () => {
    const report = await dry(await period(2045, 11), await book({
      rows: [['指标名称', '1-11月累计', null, '增长（%）'], [null, '2044年', '2045年', null], ['社会消费品零售总额', 100, 110, 10]],
      edit: (s) => { s.mergeCells('B1:C1'); s.mergeCells('D1:D2'); s.mergeCells('A1:A2'); },
    }));
    expect(report).toMatchObject({ problems: [], questions: [] });
    expect(stored(report)).toEqual(['C3=110', 'D3=10']);
  });
  it('本年累计 beside 本年累计（调整后）: the dry run asks which, naming both', async () => {
    const report = await dry(await period(2046, 11), await book({ rows: [['指标名称', '本年累计', '本年累计（调整后）'], ['社会消费品零售总额', 120, 118]] }));
    expect(report).toMatchObject({ blocking: true, rowsParsed: 0 });
    expect(report.questions).toMatchObject([{ role: 'ytd', candidates: [{ column: 'B' }, { column: 'C' }] }]);
  });

  it('a percentage-formatted cell for an amount in 亿元 (0.12 shown as 12%) is refused, not read as 12 亿元', async () => {
    const report = await dry(await period(2047, 11), await book({
      rows: [['指标名称', '本年累计'], ['社会消费品零售总额', 0.12]],
      edit: (s) => { s.getCell('B2').numFmt = '0%'; },
    }));
    expect(report.problems).toMatchObject([{ row: 2, column: 'B' }]);
    expect(report.values).toEqual([]);
  });

  it('an amount typed "12%" in a 亿元 indicator\'s row is refused', async () => {
    const report = await dry(await period(2048, 11), await book({ rows: [['指标名称', '本年累计'], ['社会消费品零售总额', '12%']] }));
    expect(report.problems).toMatchObject([{ row: 2, column: 'B' }]);
  });

  it('two untitled sheets with the same indicators are refused as duplicates, not summed or picked', async () => {
    const rows: Rows = [['指标名称', '本年累计'], ['社会消费品零售总额', 120]];
    const report = await dry(await period(2049, 11), await book({ rows }, { rows }));
    expect(codes(report.problems)).toEqual(['IMPORT_DUPLICATE_INDICATOR']);
  });

  it('a unit line "单位：亿元" under a title saying "（单位：万元）": the units disagree, refused', async () => {
    const report = await dry(await period(2050, 11), await book({ rows: [['武昌区主要经济指标（单位：万元）'], ['单位：亿元'], ['指标名称', '本年累计'], ['社会消费品零售总额', 120]] }));
    expect(codes(report.problems)).toEqual(['IMPORT_UNIT_CONFLICT']);
  });
});
