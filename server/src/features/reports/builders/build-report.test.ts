import { reportDocumentSchema, type ReportBlock, type ReportDocument } from '@hongtu/contracts/reports';
import { partsText, type NarrativePart } from '@hongtu/domain';
import { describe, expect, it } from 'vitest';
import { buildReport, ReportPeriodError } from './build-report';
import { CARDS, fixtureOverview, GROUPS } from './build-report.fixtures';
import { demoOverview } from './demo-overview.test-helpers';
import type { BuildReportInput } from './types';

const base = (over: Partial<BuildReportInput> = {}): BuildReportInput => ({
  kind: 'monthly-bulletin', periodKey: '2022-09', scope: { organisationId: 99, name: '武汉市', isCity: true },
  snapshot: fixtureOverview(), groups: GROUPS, cards: CARDS, locale: 'zh-CN', issuer: '市发展改革委', dateLine: '2022年10月15日', provisional: false, ...over,
});

const texts = (doc: ReportDocument) => doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [partsText(b.runs as NarrativePart[])] : []));
const tables = (doc: ReportDocument) => doc.blocks.filter((b): b is Extract<ReportBlock, { kind: 'table' }> => b.kind === 'table');

/** Every number of every paragraph and cell names a source the document holds. */
function expectTraceable(doc: ReportDocument) {
  const ids = new Set(doc.sources.map((s) => s.id));
  expect(ids.size).toBe(doc.sources.length);
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') for (const r of b.runs) if (r.sourceId) expect(ids.has(r.sourceId)).toBe(true);
    if (b.kind === 'table') for (const row of b.rows) for (const c of row) if (c.sourceId) expect(ids.has(c.sourceId)).toBe(true);
  }
  expect(reportDocumentSchema.safeParse(doc).success).toBe(true);
}

describe('monthly bulletin, city', () => {
  const doc = buildReport(base());

  it('titles the bulletin and writes the city figure of each indicator from the sums', () => {
    expect(doc.title).toBe('2022年1-9月全市经济运行简报');
    const fai = texts(doc).find((t) => t.startsWith('全市固定资产投资'))!;
    expect(fai).toContain('全市固定资产投资完成1000.75亿元，同比增长12.3%，完成年度目标的72.6%，低于时序进度2.4个百分点。');
    expect(fai).toContain('江岸区、江汉区等3个区超时序进度，新洲区低于时序进度');
    expect(fai).toContain('江岸区位列全市第一，新洲区位列全市末位。');
    const sum = doc.sources.find((s) => s.measure === 'citySumYtd' && s.indicatorCode === 'fixed_asset_investment');
    expect(sum).toMatchObject({ origin: 'computed', value: '1000.75', organisationId: null });
    expect(sum!.inputs).toHaveLength(4);
  });

  it('states the cards and tables all districts in rank order with exact values and number formats', () => {
    expect(texts(doc)).toContain('固定资产投资：新洲区亮红牌。');
    const fai = tables(doc).find((t) => t.title === '固定资产投资完成情况')!;
    expect(fai.rows.map((r) => r[0]!.text)).toEqual(['江岸区', '江汉区', '黄陂区', '新洲区']);
    expect(fai.rows[0]![1]).toMatchObject({ text: '380.5', value: '380.5', numFmt: '0.00' });
    expect(fai.rows[0]![4]).toMatchObject({ text: '79.3', value: '79.270833', numFmt: '0.0' });
    expect(fai.rows[3]![7]).toMatchObject({ card: 'red' });
    expect(fai.rows[1]![6]).toMatchObject({ text: '2', value: '2', numFmt: '0' });
    const gdp = tables(doc).find((t) => t.title === '地区生产总值完成情况')!;
    expect(gdp.rows.find((r) => r[0]!.text === '江岸区')![2]).toMatchObject({ text: '4.5', value: '4.5' });
  });

  it('draws completion by district with the time progress line', () => {
    const chart = doc.blocks.find((b) => b.kind === 'chart');
    expect(chart?.kind === 'chart' && chart.chart).toMatchObject({ type: 'bar', categories: ['江岸区', '江汉区', '黄陂区', '新洲区'], series: [{ values: [79.3, 76.9, 76.9, 48.1] }], markLine: { value: 75 } });
    expectTraceable(doc);
  });

  it('draws two completion charts unless the request asks for another number, one per indicator with figures', () => {
    const titles = (d: ReportDocument) => d.blocks.flatMap((b) => (b.kind === 'chart' ? [b.title] : []));
    const snapshot = demoOverview(2022, 9, 9);
    const withData = snapshot.indicators.filter((i) => snapshot.rows.some((r) => r.cells.some((c) => c.indicatorCode === i.code && c.completion !== null))).length;
    expect(withData).toBeGreaterThan(3);
    const demo = (over: Partial<BuildReportInput> = {}) => titles(buildReport(base({ snapshot, cards: [], ...over })));
    expect(demo()).toHaveLength(2);
    expect(demo({ completionCharts: 1 })).toEqual(demo().slice(0, 1));
    const all = demo({ completionCharts: 40 });
    expect(all).toHaveLength(withData);
    expect(new Set(all).size).toBe(withData);
  });
});

describe('monthly bulletin, district', () => {
  const previous = fixtureOverview('2022-08', { 2: '4.3' });
  const doc = buildReport(base({ scope: { organisationId: 2, name: '江汉区', isCity: false }, previous }));

  it('writes its own indicators with the change since last month and its rank in its group', () => {
    expect(doc.title).toBe('江汉区2022年1-9月经济运行简报');
    expect(texts(doc)).toContain('地区生产总值完成1202亿元，同比增长3.9%，增速较1-8月回落0.4个百分点，增速位列中心城区第二。');
    expect(texts(doc)).toContain('固定资产投资完成300亿元，同比增长12.3%，增速与1-8月持平，完成年度目标的76.9%，超时序进度1.9个百分点，位列中心城区第二。');
    const change = doc.sources.find((s) => s.measure === 'growthChange')!;
    expect(change).toMatchObject({ origin: 'computed', value: '-0.4', organisationName: '江汉区' });
    expect(change.inputs.map((id) => doc.sources.find((s) => s.id === id)?.periodKey)).toEqual(['2022-09', '2022-08']);
    expect(texts(doc)).toContain('本期无红黄牌预警。');
    expectTraceable(doc);
  });

  it('says a shared rank as 并列', () => {
    const huangpi = buildReport(base({ scope: { organisationId: 3, name: '黄陂区', isCity: false } }));
    expect(texts(huangpi).some((t) => t.startsWith('固定资产投资') && t.includes('位列新城区第一'))).toBe(true);
    const city = buildReport(base({ kind: 'ranking-notice' }));
    expect(tables(city).find((t) => t.title === '固定资产投资排名')!.rows.map((r) => r[0]!.text)).toEqual(['1', '2', '2', '4']);
  });
});

describe('an indicator whose figures stand for an earlier month', () => {
  it('opens its sentences with the span of its figures (上半年 for a quarterly GDP in August)', () => {
    const snapshot = fixtureOverview('2022-08');
    snapshot.indicators[0] = { ...snapshot.indicators[0]!, figurePeriodKey: '2022-06' };
    const city = buildReport(base({ periodKey: '2022-08', snapshot }));
    expect(texts(city).some((t) => t.startsWith('上半年全市地区生产总值完成4562.58亿元'))).toBe(true);
    expect(city.sources.find((s) => s.measure === 'ytdValue' && s.indicatorCode === 'gdp')?.periodKey).toBe('2022-06');
    const district = buildReport(base({ periodKey: '2022-08', snapshot, scope: { organisationId: 2, name: '江汉区', isCity: false } }));
    expect(texts(district)).toContain('上半年地区生产总值完成1202亿元，同比增长3.9%，增速位列中心城区第二。');
    expect(texts(district).some((t) => t.startsWith('固定资产投资完成300亿元'))).toBe(true);
  });
});

describe('a rate indicator', () => {
  it('is stated with 为 and the city\'s own figure, labelled as a figure', () => {
    const snapshot = fixtureOverview();
    snapshot.indicators.push({ code: 'registered_unemployment_rate', name: '城镇登记失业率', unit: 'percent', direction: 'lower', decimals: 2, rankMeasure: 'ytdValue', figurePeriodKey: '2022-09' });
    snapshot.averages.push({ indicatorCode: 'registered_unemployment_rate', cityCompletion: null, cityYoy: null, groupCompletion: null, groupYoy: null, citySumYtd: null, cityOwnYtd: '2.85', cityOwnYoy: '-0.2', cityOwnCompletion: null });
    const doc = buildReport(base({ snapshot }));
    expect(texts(doc)).toContain('全市城镇登记失业率为2.85%，同比下降0.2个百分点。');
    expect(doc.sources.find((s) => s.indicatorCode === 'registered_unemployment_rate' && s.measure === 'ytdValue')).toMatchObject({ origin: 'figure', organisationId: 99, organisationName: '全市', value: '2.85' });
  });
});

describe('ranking notice', () => {
  const doc = buildReport(base({ kind: 'ranking-notice' }));

  it('ranks each indicator, lists the cards with their reasons and who answers, and the last placed', () => {
    expect(doc.title).toBe('关于2022年1-9月全市各区主要经济指标排名情况的通报');
    const cards = tables(doc).find((t) => t.title === '红黄牌预警')!;
    expect(cards.rows.map((r) => r.map((c) => c.text))).toEqual([['新洲区', '固定资产投资', '红牌', '完成时序进度的64.1%，低于80%，亮红牌', '常务副区长', '区发改局']]);
    expect(texts(doc)).toContain('本期共亮红牌1张、黄牌0张，具体如下。');
    const charts = doc.blocks.filter((b) => b.kind === 'chart');
    expect(charts.map((c) => c.kind === 'chart' && c.title)).toEqual(['固定资产投资完成率(%)']);
    const last = texts(doc).find((t) => t.includes('表态发言'))!;
    expect(last).toBe('地区生产总值排名末位的新洲区；固定资产投资排名末位的新洲区（区发改局常务副区长），在下次调度会上作表态发言，说明原因并提出追赶措施。');
    expectTraceable(doc);
  });

  it('without the board turns the cells\' card reasons into bulletin wording', () => {
    const bare = buildReport(base({ kind: 'ranking-notice', cards: undefined }));
    const cards = tables(bare).find((t) => t.title === '红黄牌预警')!;
    expect(cards.rows[0]![3]!.text).toBe('时序进度比 60.1% 低于 80%，亮红牌');
  });
});

describe('execution report', () => {
  it('writes one paragraph per indicator in the plan reports\' order, with the plan first', () => {
    const doc = buildReport(base({ kind: 'execution-report', periodKey: '2022-Q3', scope: { organisationId: 2, name: '江汉区', isCity: false } }));
    expect(doc.title).toBe('关于江汉区2022年前三季度国民经济和社会发展计划执行情况的报告');
    const paragraphs = texts(doc).filter((t) => t.startsWith('——'));
    expect(paragraphs[0]).toBe('——全年地区生产总值计划增长5%以上。前三季度完成1202亿元，同比增长3.9%，低于年度增长目标1.1个百分点，增速位列中心城区第二。');
    expect(paragraphs[1]).toBe('——全年固定资产投资计划完成390亿元以上。前三季度完成300亿元，同比增长12.3%，完成年度目标的76.9%，超时序进度1.9个百分点，位列中心城区第二。');
    expect(tables(doc)[0]!.rows.map((r) => r[0]!.text)).toEqual(['地区生产总值', '固定资产投资']);
    expectTraceable(doc);
  });
});

describe('execution report, city', () => {
  it('writes the city\'s figures per indicator', () => {
    const doc = buildReport(base({ kind: 'execution-report', periodKey: '2022-01..09' }));
    expect(doc.title).toBe('关于武汉市2022年前三季度国民经济和社会发展计划执行情况的报告');
    expect(texts(doc)).toContain('——前三季度全市固定资产投资完成1000.75亿元，同比增长12.3%，完成年度目标的72.6%，低于时序进度2.4个百分点。');
    expectTraceable(doc);
  });
});

describe('project dispatch', () => {
  const dispatch: BuildReportInput['dispatch'] = {
    timeProgress: '70',
    districts: [
      { organisationId: 1, organisationName: '江岸区', projectCount: 12, annualPlan: '120.5', ytdInvestment: '95.25', completion: '79.045643', gap: '9.045643', plannedStarts: 3, started: 3 },
      { organisationId: 4, organisationName: '新洲区', projectCount: 8, annualPlan: '80', ytdInvestment: '30', completion: '37.5', gap: '-32.5', plannedStarts: 4, started: 1 },
    ],
    behind: [{ projectId: 7, name: '新洲港物流园', organisationName: '新洲区', annualPlan: '20', ytdInvestment: '3', completion: '15', gap: '-55' }],
    notStarted: [{ projectId: 8, name: '阳逻综合体', organisationName: '新洲区', plannedStart: '2022-06' }],
    overdueProblems: [{ problemId: 3, projectName: '新洲港物流园', organisationName: '新洲区', title: '用地报批未完成', department: '市自然资源和规划局', dueDate: '2022-08-31', daysOverdue: 30 }],
  };

  it('states each district against its plan and lists the projects behind, not started and problems overdue', () => {
    const doc = buildReport(base({ kind: 'project-dispatch', dispatch }));
    expect(doc.title).toBe('关于2022年1-9月全市重大项目推进情况的调度通报');
    expect(texts(doc)).toContain('新洲区共有重大项目8个，年度计划投资80亿元，累计完成投资30亿元，完成年度计划的37.5%，低于时序进度32.5个百分点，计划开工4个、已开工1个。');
    expect(texts(doc)).toContain('江岸区超时序进度，新洲区低于时序进度。');
    expect(tables(doc).map((t) => t.title)).toEqual(['进度滞后项目', '计划开工未开工项目', '超期未办结问题']);
    expect(texts(doc)).toContain('请市自然资源和规划局于下次调度会前办结超期问题并书面说明原因。');
    const chart = doc.blocks.find((b) => b.kind === 'chart');
    expect(chart?.kind === 'chart' && chart.chart).toMatchObject({ categories: ['江岸区', '新洲区'], series: [{ values: [79, 37.5] }], markLine: { value: 70 } });
    expect(doc.sources.find((s) => s.measure === 'ytdInvestment' && s.organisationName === '新洲区' && s.indicatorCode === null)).toMatchObject({ origin: 'record', value: '30' });
    expectTraceable(doc);
  });

  it('keeps a district\'s list to its own projects', () => {
    const doc = buildReport(base({ kind: 'project-dispatch', dispatch, scope: { organisationId: 1, name: '江岸区', isCity: false } }));
    expect(texts(doc).some((t) => t.includes('新洲区'))).toBe(false);
    expect(texts(doc)).toContain('本期无进度滞后项目。');
  });
});

describe('marks and labels', () => {
  it('marks a report on unapproved data 初步 in its title and first paragraph', () => {
    const doc = buildReport(base({ snapshot: { ...fixtureOverview(), includesUnapproved: true } }));
    expect(doc.provisional).toBe(true);
    expect(doc.title).toBe('2022年1-9月全市经济运行简报（初步）');
    expect(doc.blocks[1]).toMatchObject({ kind: 'paragraph', runs: [{ bold: true }] });
    expect(buildReport(base()).provisional).toBe(false);
  });

  it('converts the labels only for another locale', () => {
    const en = buildReport(base({ locale: 'en' }));
    const zh = buildReport(base());
    expect(tables(en)[0]!.columns[0]!.label).toBe('District');
    expect(tables(zh)[0]!.columns[0]!.label).toBe('地区');
    expect(texts(en)).toEqual(texts(zh));
  });

  it('is the same document for the same input', () => {
    expect(buildReport(base({ kind: 'ranking-notice' }))).toEqual(buildReport(base({ kind: 'ranking-notice' })));
  });

  it('refuses a period that is not a report period', () => {
    expect(() => buildReport(base({ periodKey: '2022-13' }))).toThrow(ReportPeriodError);
  });
});
