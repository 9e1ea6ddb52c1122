// ReportDocuments for the renderers' tests, worded and numbered as 武昌区's report on the first three
// quarters of 2022 (seed 004: GDP 1202 亿元 +4.5%, 地方一般公共预算收入 117 亿元, 固投 +24.6%, 招商引资
// 实际到位资金 739 亿元, 23 项市级重大项目完成投资 185.8 亿元 = 目标进度 137.6%), with text that looks
// like a formula or markup where a user could have typed it.
import type { ReportDocument, ReportSource } from '@hongtu/contracts/reports';

const WUCHANG = 420106;

const figure = (id: string, indicatorCode: string, indicatorName: string, measure: string, value: string, unit: string, submissionId: number): ReportSource => ({
  id, organisationId: WUCHANG, organisationName: '武昌区', indicatorCode, indicatorName, periodKey: '2022-09', measure, value, unit,
  origin: 'figure', formula: null, inputs: [], submissionId, version: 2, approvedAt: '2022-10-14T09:20:00.000Z', approvedBy: '市发改委 王审核',
});

export const WUCHANG_SOURCES: ReportSource[] = [
  figure('s1', 'gdp', '地区生产总值', '1-9月累计值', '1202', '亿元', 311),
  figure('s2', 'gdp', '地区生产总值', '累计增速', '4.5', '%', 311),
  figure('s3', 'budget_revenue', '地方一般公共预算收入', '1-9月累计值', '117', '亿元', 312),
  figure('s4', 'fixed_asset_investment', '固定资产投资', '累计增速', '24.6', '%', 313),
  figure('s5', 'investment_attracted', '招商引资实际到位资金', '1-9月累计值', '739', '亿元', 314),
  figure('s6', 'major_projects', '市级重大项目完成投资', '1-9月累计值', '185.8', '亿元', 315),
  figure('s7', 'major_projects', '市级重大项目完成投资', '年度目标', '135.03', '亿元', 316),
  {
    id: 's8', organisationId: WUCHANG, organisationName: '武昌区', indicatorCode: 'major_projects', indicatorName: '市级重大项目完成投资',
    periodKey: '2022-09', measure: '完成目标进度', value: '137.6', unit: '%', origin: 'computed',
    formula: '1-9月累计值 ÷ 年度目标 × 100', inputs: ['s6', 's7'], submissionId: null, version: null, approvedAt: null, approvedBy: null,
  },
];

/** 武昌区 2022年1-9月 经济运行简报: headings, paragraphs with traced numbers, a ranking table with cards, a chart. */
export function wuchangBulletin(overrides: Partial<ReportDocument> = {}): ReportDocument {
  return {
    kind: 'monthly-bulletin',
    title: '武昌区2022年1-9月经济运行简报',
    issuer: '武昌区发展和改革局',
    dateLine: '2022年10月20日',
    periodKey: '2022-01..09',
    scopeOrganisationId: WUCHANG,
    scopeName: '武昌区',
    provisional: false,
    blocks: [
      { kind: 'heading', level: 1, text: '一、总体情况' },
      {
        kind: 'paragraph', runs: [
          { text: '前三季度，全区经济增长态势稳中向好。GDP完成' }, { text: '1202亿元', sourceId: 's1' },
          { text: '、增速' }, { text: '4.5%', sourceId: 's2' }, { text: '；地方一般公共预算收入' }, { text: '117亿元', sourceId: 's3' },
          { text: '；固定资产投资同比增长' }, { text: '24.6%', sourceId: 's4' }, { text: '；招商引资实际到位资金' }, { text: '739亿元', sourceId: 's5' }, { text: '。' },
        ],
      },
      { kind: 'heading', level: 2, text: '（一）重大项目' },
      {
        kind: 'paragraph', runs: [
          { text: '23项市级重大项目1-9月完成投资' }, { text: '185.8亿元', sourceId: 's6' },
          { text: '，完成目标进度' }, { text: '137.6%', sourceId: 's8', bold: true }, { text: '。' },
        ],
      },
      {
        kind: 'table', title: '表1 主要指标完成情况', sheetName: '主要指标',
        columns: [{ label: '指标', width: 2 }, { label: '1-9月累计', width: 1 }, { label: '增速（%）', width: 1 }, { label: '评价', width: 1 }],
        rows: [
          [{ text: '地区生产总值（亿元）' }, { text: '1202', value: '1202', numFmt: '0', sourceId: 's1' }, { text: '4.5', value: '4.5', numFmt: '0.0', sourceId: 's2' }, { text: '黄牌', card: 'yellow' }],
          [{ text: '固定资产投资' }, { text: '—' }, { text: '24.6', value: '24.6', numFmt: '0.0', sourceId: 's4' }, { text: '良好' }],
          [{ text: '=1+1' }, { text: '<script>alert(1)</script>' }, { text: '-2', value: null }, { text: '红牌', card: 'red' }],
        ],
        note: '注：@SUM(A1) 为区报送的备注原文。',
      },
      {
        kind: 'chart', title: '主要指标增速（%）',
        chart: {
          type: 'bar', categories: ['地区生产总值', '固定资产投资', '社会消费品零售总额'], unit: '%',
          series: [{ name: '武昌区', values: [4.5, 24.6, null] }], markLine: { name: '全市', value: 4 },
        },
      },
    ],
    sources: WUCHANG_SOURCES,
    ...overrides,
  };
}

/** Table-only sources (copies of the GDP figure), enough to pass the printed appendix's bound. */
export const tableOnlySources = (count: number): ReportSource[] =>
  Array.from({ length: count }, (_, i) => ({ ...WUCHANG_SOURCES[0]!, id: `t${i}`, value: String(1000 + i) }));

/**
 * Reports whose Word files are kept in canonical form (__fixtures__/<name>.docx.txt) as the writer
 * made them when the body was first written as text, and compared with every later writer's: the
 * built-in layout final and provisional, a report past the appendix's bound with two charts, a third
 * level heading, a table without note and markup in its issuer, one of text only, and the body a
 * house-style template receives.
 */
export function sameDocumentCases(): { name: string; doc: ReportDocument; body?: true }[] {
  const wide = wuchangBulletin({ issuer: '<b>武昌区</b> & "发改局"', sources: [...WUCHANG_SOURCES, ...tableOnlySources(600)] });
  const chart = wide.blocks.find((b) => b.kind === 'chart')!;
  wide.blocks.push(
    { kind: 'heading', level: 3, text: '1. 分区情况' },
    { kind: 'table', title: '表2 分区', sheetName: '分区', columns: [{ label: '区' }, { label: '增速（%）' }], rows: [[{ text: '武昌区' }, { text: '4.5', value: '4.5', numFmt: '0.0' }]] },
    { ...chart, title: '各月增速', chart: { type: 'line', categories: ['1月', '2月', '3月'], unit: '%', series: [{ name: '武昌区', values: [1, 2, 3] }, { name: '全市', values: [2, 2, null] }] } },
    { kind: 'paragraph', runs: [{ text: '以上为初步分析。' }] },
  );
  return [
    { name: 'bulletin', doc: wuchangBulletin() },
    { name: 'provisional', doc: wuchangBulletin({ provisional: true }) },
    { name: 'wide', doc: wide },
    { name: 'text-only', doc: wuchangBulletin({ blocks: [{ kind: 'paragraph', runs: [{ text: '本月无新增数据。' }] }], sources: [] }) },
    { name: 'template-body', doc: wuchangBulletin({ provisional: true }), body: true },
  ];
}

/**
 * Reports whose workbooks are kept in canonical form (__fixtures__/<name>.xlsx.txt) as ExcelJS's
 * streaming writer made them, and compared with every later writer's.
 */
export function sameWorkbookCases(): { name: string; doc: ReportDocument }[] {
  const names = wuchangBulletin();
  const table = names.blocks.find((b) => b.kind === 'table')!;
  names.blocks.push({ ...table, sheetName: '主要指标' }, { ...table, sheetName: '红/黄牌[通报]?' }, { ...table, sheetName: '数据来源' });
  const wide = wuchangBulletin({ sources: [...WUCHANG_SOURCES, ...tableOnlySources(30)] });
  wide.blocks.push({
    kind: 'table', title: '表2 各区排名', sheetName: '各区排名', columns: [{ label: '区', width: 2 }, { label: '排名' }, { label: '增速（%）', width: 0.5 }],
    rows: [
      [{ text: '武昌区' }, { text: '1', value: '1', numFmt: '0' }, { text: '4.50', value: '4.50', numFmt: '0.00', card: 'red' }],
      [{ text: '江岸区' }, { text: '2', value: '2' }, { text: '1234567890.123456789', value: '1234567890.123456789', numFmt: '0.00' }],
      [{ text: '' }, { text: '—', value: null }, { text: '-0.5', value: '-0.5', numFmt: '0.0', card: 'yellow' }],
    ],
  });
  return [
    { name: 'bulletin', doc: wuchangBulletin() },
    { name: 'provisional', doc: wuchangBulletin({ provisional: true }) },
    { name: 'sheet-names', doc: names },
    { name: 'wide', doc: wide },
    { name: 'empty', doc: wuchangBulletin({ blocks: [], sources: [] }) },
  ];
}
