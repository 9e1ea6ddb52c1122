import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BODY_FONT, BULLETIN_FIRST_DATA_ROW, BULLETIN_GROUP_ROW, BULLETIN_HEADER_ROW } from '../../platform/export/bulletin-sheet';
import { dataset, fig, indicator, org, target } from './dashboard-fixtures';
import { overviewWorkbook, rankingWorkbook } from './dashboards.export';
import { shapeWarningBoard } from './district.shape';
import { shapeOverview, shapeRanking } from './overview.shape';
import { warningBoardWorkbook } from './warnings.export';

// The exports read back as a 通报 table: title, period and units, a two-level header, the city's
// own row first and labelled, each measure once, A4 landscape fit to the width, a Chinese font.
const fai = indicator(1, 'fixed_asset_investment', { name_zh_cn: '固定资产投资', decimals: 2 });
const CITY = 9;
const a = org(1, '江岸区');
const b = org(2, '武昌区');
const c = org(3, '黄陂区');

function city() {
  return dataset({
    universe: [a, b, c],
    cityOrgId: CITY,
    indicators: [fai],
    figures: [
      fig(1, 1, 2026, 2, '20', '6.04'), fig(2, 1, 2026, 2, '12.85', '-3.55'), fig(3, 1, 2026, 2, '9'),
      // The city bureau's own figure (全市), not the sum of the districts.
      fig(CITY, 1, 2026, 2, '45.5', '4.2'),
    ],
    targets: [target(1, 1, '100'), target(2, 1, '100'), target(3, 1, '100'), target(CITY, 1, '300')],
  });
}

async function read(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}
const rowValues = (sheet: ExcelJS.Worksheet, r: number) => (sheet.getRow(r).values as unknown[]).slice(1);

describe('overview export as a 通报 table', () => {
  it('has a title, the period, a two-level header, the city row first, and each measure once', async () => {
    const overview = shapeOverview(city(), { periodKey: '2026-02', includesUnapproved: false, rows: [a, b, c] });
    const sheet = await read(await overviewWorkbook(overview, 'zh-CN'));
    expect(sheet.getCell(1, 1).value).toBe('2026年1-2月主要经济指标完成情况');
    expect(String(sheet.getCell(2, 1).value)).toMatch(/^统计时段：2026年1-2月\u3000\u3000时序进度：16\.7%\u3000\u3000数据均已审核$/);
    // The indicator with its unit over its measures (merged), the district column over both rows.
    expect(sheet.getCell(BULLETIN_GROUP_ROW, 2).value).toBe('固定资产投资（亿元）');
    expect(sheet.getCell(BULLETIN_GROUP_ROW, 2).isMerged).toBe(true);
    expect(sheet.getCell(BULLETIN_HEADER_ROW, 1).master.address).toBe(`A${BULLETIN_GROUP_ROW}`);
    const headers = rowValues(sheet, BULLETIN_HEADER_ROW).slice(1);
    expect(headers).toEqual(['本年累计', '增长（%）', '完成年度目标（%）', '较时序进度（个百分点）', '排名', '预警']);
    expect(new Set(headers).size).toBe(headers.length);
    // 全市 as the city bureau reports it, then the districts combined, then the districts.
    const first = rowValues(sheet, BULLETIN_FIRST_DATA_ROW);
    expect(first.slice(0, 4)).toEqual(['全市', 45.5, 4.2, 15.2]);
    expect(sheet.getCell(BULLETIN_FIRST_DATA_ROW, 1).font.bold).toBe(true);
    expect(rowValues(sheet, BULLETIN_FIRST_DATA_ROW + 1).slice(0, 2)).toEqual(['各区合计', 41.85]);
    expect(rowValues(sheet, BULLETIN_FIRST_DATA_ROW + 2).slice(0, 6)).toEqual(['江岸区', 20, 6, 20, 3.3, 1]);
    expect(rowValues(sheet, BULLETIN_FIRST_DATA_ROW + 3).slice(0, 3)).toEqual(['武昌区', 12.85, -3.6]);
  });

  it('prints on A4 landscape fit to the width with the header on every page, in a Chinese font', async () => {
    const overview = shapeOverview(city(), { periodKey: '2026-02', includesUnapproved: true, rows: [a, b, c] });
    const sheet = await read(await overviewWorkbook(overview, 'zh-CN'));
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe(`${BULLETIN_GROUP_ROW}:${BULLETIN_HEADER_ROW}`);
    expect(sheet.getCell(BULLETIN_FIRST_DATA_ROW + 2, 1).font.name).toBe(BODY_FONT);
    expect(String(sheet.getCell(2, 1).value)).toContain('含未审核数据');
  });

  it('speaks English when asked', async () => {
    const overview = shapeOverview(dataset({ ...city().ds, locale: 'en' }), { periodKey: '2026-02', includesUnapproved: false, rows: [a, b, c] });
    const sheet = await read(await overviewWorkbook(overview, 'en'));
    expect(sheet.getCell(1, 1).value).toBe('Key economic indicators, Jan–Feb 2026');
    expect(rowValues(sheet, BULLETIN_FIRST_DATA_ROW)[0]).toBe('City (reported)');
  });
});

describe('ranking export as a 通报 table', () => {
  it('groups amount, growth and target under two-level headers, the city first, the ranked measure once', async () => {
    const ranking = shapeRanking(city(), fai, 'completion', { periodKey: '2026-02', includesUnapproved: false, rows: [a, b, c] });
    const sheet = await read(await rankingWorkbook(ranking, 'zh-CN'));
    expect(sheet.getCell(1, 1).value).toBe('2026年1-2月固定资产投资完成率排名情况');
    expect(String(sheet.getCell(2, 1).value)).toContain('单位：亿元、%');
    const groups = rowValues(sheet, BULLETIN_GROUP_ROW);
    expect(groups.slice(0, 4)).toEqual(['排名（按完成率）', '名次变化', '区（功能区）', '总量']);
    const headers = rowValues(sheet, BULLETIN_HEADER_ROW).filter((h) => h !== null && h !== undefined);
    expect(headers).toEqual(expect.arrayContaining(['本年累计（亿元）', '总量排名', '增长（%）', '增速排名', '完成年度目标（%）']));
    const completionColumn = headers.indexOf('完成年度目标（%）');
    expect(headers.filter((h) => h === '完成年度目标（%）')).toHaveLength(1);
    expect(completionColumn).toBeGreaterThan(0);
    const cityRow = rowValues(sheet, BULLETIN_FIRST_DATA_ROW);
    expect(cityRow[2]).toBe('全市');
    expect(cityRow).toContain(15.2);
    expect(rowValues(sheet, BULLETIN_FIRST_DATA_ROW + 2).slice(0, 3)).toEqual([1, '新进', '江岸区']);
  });

  it('leaves out the growth-rank columns when ranking by growth (the rank is that rank)', async () => {
    const ranking = shapeRanking(city(), fai, 'yoy', { periodKey: '2026-02', includesUnapproved: false, rows: [a, b, c] });
    const sheet = await read(await rankingWorkbook(ranking, 'zh-CN'));
    const headers = rowValues(sheet, BULLETIN_HEADER_ROW);
    expect(headers).not.toContain('增速排名');
    expect(sheet.getCell(BULLETIN_GROUP_ROW, 1).value).toBe('排名（按增速）');
  });
});

describe('warning board export', () => {
  const board = () => shapeWarningBoard(city(), [a, b, c], { periodKey: '2026-02', includesUnapproved: false });

  it('groups cards by district with a heading and the short reason, numbered', async () => {
    const sheet = await read(await warningBoardWorkbook(board(), { groupBy: 'district', colours: [], districts: [], indicators: [] }, 'zh-CN'));
    expect(sheet.getCell(1, 1).value).toBe('2026年1-2月主要经济指标预警情况');
    expect(String(sheet.getCell(2, 1).value)).toContain('共红牌1个，黄牌1个');
    expect(rowValues(sheet, BULLETIN_HEADER_ROW)).toEqual(['序号', '指标', '预警', '连续月数', '预警原因', '责任领导', '责任单位']);
    expect(sheet.getCell(BULLETIN_FIRST_DATA_ROW, 1).value).toBe('黄陂区（红牌1个）');
    expect(rowValues(sheet, BULLETIN_FIRST_DATA_ROW + 1).slice(0, 5)).toEqual([1, '固定资产投资', '红牌', 1, '完成时序进度的54.0%，低于60%，亮红牌']);
    expect(sheet.getCell(BULLETIN_FIRST_DATA_ROW + 2, 1).value).toBe('武昌区（黄牌1个）');
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
  });

  it('keeps the page\'s filters: red cards only, grouped by indicator', async () => {
    const sheet = await read(await warningBoardWorkbook(board(), { groupBy: 'indicator', colours: ['red'], districts: [], indicators: [] }, 'zh-CN'));
    expect(rowValues(sheet, BULLETIN_HEADER_ROW)[1]).toBe('区（功能区）');
    expect(sheet.getCell(BULLETIN_FIRST_DATA_ROW, 1).value).toBe('固定资产投资（红牌1个）');
    expect(rowValues(sheet, BULLETIN_FIRST_DATA_ROW + 1).slice(0, 3)).toEqual([1, '黄陂区', '红牌']);
    expect(sheet.getCell(BULLETIN_FIRST_DATA_ROW + 2, 1).value).not.toBe('武昌区');
  });
});
