import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures';
import { testContext } from './test-context';

const WUCHANG = { kind: 'organisation' as const, key: '420106', name: '武昌区' };

describe('extractFigures', () => {
  it('reads an amount with its growth, period and subject, quoting the original text', () => {
    const text = '前三季度，GDP完成1202亿元、增速4.5%；完成固投360亿元，同比增长24.6%。';
    const figures = extractFigures(text, testContext({ documentDate: '2022-11-30', defaultEntity: WUCHANG }));
    expect(figures.map((f) => [f.entity, f.indicator, f.period, f.kind, f.value, f.unit, f.yoy_pct])).toEqual([
      ['武昌区', 'gdp', '2022-01..09', 'actual', '1202', '亿元', '4.5'],
      ['武昌区', 'fixed_asset_investment', '2022-01..09', 'actual', '360', '亿元', '24.6'],
    ]);
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('reads a decline as a negative growth and a target with its comparator', () => {
    const [a, b] = extractFigures('实际利用外资下降4.7%。力争全年地区生产总值增长9%以上。', testContext({ documentDate: '2023-01-05', defaultEntity: WUCHANG }));
    expect([a!.indicator, a!.yoy_pct, a!.kind]).toEqual(['utilized_foreign_capital', '-4.7', 'actual']);
    expect([b!.indicator, b!.yoy_pct, b!.kind, b!.comparator, b!.period]).toEqual(['gdp', '9', 'target', '>=', '2023']);
  });

  it('reads Traditional text with pinyin annotations, keeping the original characters in the quote', () => {
    const text = '西塞山區(qū)努力實(shí)現(xiàn)固定資產(chǎn)投資完成23.54億元,同比增長20%以上。';
    const toSimplified = (s: string) => s.replace(/區/g, '区').replace(/實/g, '实').replace(/現/g, '现').replace(/資/g, '资').replace(/產/g, '产').replace(/億/g, '亿').replace(/長/g, '长');
    const [f] = extractFigures(text, testContext({ documentDate: '2023-01-05', toSimplified }));
    expect([f!.entity, f!.indicator, f!.kind, f!.value, f!.unit, f!.yoy_pct, f!.comparator]).toEqual(['西塞山区', 'fixed_asset_investment', 'target', '23.54', '亿元', '20', '>=']);
    expect(f!.quote).toBe(text.slice(f!.start, f!.end));
    expect(f!.quote).toContain('億元');
  });
});

describe('extractFigures: subjects', () => {
  const context = testContext({ documentDate: '2019-02-17' });

  it('takes the subject named in an earlier sentence of the paragraph, and a company that opens the sentence', () => {
    const text = '推进会上，东湖高新区负责人表态：将继续勇挑重担。确保固定资产投资增长15%以上，预计总投入1000亿元。\n上汽通用武汉分公司去年总产值548.4亿元，纳税28亿元。';
    const figures = extractFigures(text, context);
    expect(figures.map((f) => [f.entity, f.indicator, f.period, f.kind])).toEqual([
      ['东湖高新区', 'fixed_asset_investment', '2019', 'target'],
      ['东湖高新区', '总投入', '2019', 'forecast'],
      ['上汽通用武汉分公司', '总产值', '2018', 'actual'],
      ['上汽通用武汉分公司', '纳税', '2018', 'actual'],
    ]);
  });

  it('reads 全区 as the default district and names listed as examples as no subject', () => {
    const text = '全区引进阿里云、安恒数安等15家数字经济领域企业。';
    const [f] = extractFigures(text, testContext({ documentDate: '2022-11-30', defaultEntity: WUCHANG }));
    expect([f!.entity, f!.indicator, f!.value, f!.unit]).toEqual(['武昌区', '数字经济领域企业', '15', '家']);
  });

  it('gives each number after 分别 the name of its place in the list', () => {
    const text = '全年单位生产总值能耗降低率和单位二氧化碳排放降低率计划分别为3.8%和4.3%。';
    const figures = extractFigures(text, testContext({ documentDate: '2017-07-01', defaultEntity: WUCHANG }));
    expect(figures.map((f) => [f.indicator, f.value, f.kind])).toEqual([
      ['单位生产总值能耗降低率', '3.8', 'plan'],
      ['单位二氧化碳排放降低率', '4.3', 'plan'],
    ]);
  });

  it('reads a gap to time progress and takes the indicator of an earlier sentence', () => {
    const text = '——全年地区生产总值计划增长9%以上。上半年完成525.69亿元，同比增长8.1%，高于时序进度3.2个百分点。';
    const figures = extractFigures(text, testContext({ documentDate: '2017-07-01', defaultEntity: WUCHANG }));
    expect(figures.map((f) => [f.indicator, f.period, f.kind, f.value, f.yoy_pct, f.vs_time_progress_pp, f.comparator])).toEqual([
      ['gdp', '2017', 'plan', null, '9', null, '>='],
      ['gdp', '2017-H1', 'actual', '525.69', '8.1', '3.2', null],
    ]);
  });

  it('reads nothing from a text without figures', () => {
    expect(extractFigures('各单位要迅速制定冲刺“开门红”具体细化方案。', context)).toEqual([]);
  });
});

describe('extractFigures: tables in text', () => {
  it('reads the rows of a table under its header, the unit from its column or its name', () => {
    const text = [
      '前三季度主要指标',
      '指标 | 单位 | 数值 | 同比增长(%)',
      '|---|---|---|---|',
      '地区生产总值 | 亿元 | 1202 | 4.5',
      '固定资产投资 | 亿元 | 360 | -2.4',
      '城镇居民人均可支配收入(元) |  | 24,012 | 9.57',
    ].join('\n');
    const figures = extractFigures(text, testContext({ documentDate: '2022-11-30', defaultEntity: WUCHANG }));
    expect(figures.map((f) => [f.entity, f.indicator, f.period, f.value, f.unit, f.yoy_pct])).toEqual([
      ['武昌区', 'gdp', '2022-01..09', '1202', '亿元', '4.5'],
      ['武昌区', 'fixed_asset_investment', '2022-01..09', '360', '亿元', '-2.4'],
      ['武昌区', 'urban_disposable_income', '2022-01..09', '24012', '元', '9.57'],
    ]);
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('reads a table of places cell by cell: the row its entity, the column its indicator, units from the 单位 line', () => {
    // (figures invented; a header longer than a wire line is not joined to the row after it, and two places
    // with the same count are two figures, not a heading's repeated)
    const text = [
      '1-9月份州重点项目投资完成情况汇总表',
      '单位:个、亿元',
      '隶 属 | 项目个数 | 年投资计划 | 完成投资额 | 年计划投资完成率 |',
      '东湖高新区 | 50 | 80.5 | 60.1 | 74.7% |',
      '州 直 | 50 | 30.0 | 20.5 | 68.3% |',
      '合 计 | 100 | 110.5 | 80.6 | 72.9% |',
    ].join('\n');
    const figures = extractFigures(text, testContext({ documentDate: '2021-10-18', defaultEntity: WUCHANG }));
    expect(figures.map((f) => [f.entity, f.indicator, f.period, f.kind, f.value, f.unit])).toEqual([
      ['东湖高新区', '项目个数', '2021-01..09', 'actual', '50', '个'],
      ['东湖高新区', '年投资计划', '2021', 'plan', '80.5', '亿元'],
      ['东湖高新区', '完成投资额', '2021-01..09', 'actual', '60.1', '亿元'],
      ['东湖高新区', '年计划投资完成率', '2021-01..09', 'actual', '74.7', '%'],
      ['州直', '项目个数', '2021-01..09', 'actual', '50', '个'],
      ['州直', '年投资计划', '2021', 'plan', '30.0', '亿元'],
      ['州直', '完成投资额', '2021-01..09', 'actual', '20.5', '亿元'],
      ['州直', '年计划投资完成率', '2021-01..09', 'actual', '68.3', '%'],
      ['武昌区', '项目个数', '2021-01..09', 'actual', '100', '个'],
      ['武昌区', '年投资计划', '2021', 'plan', '110.5', '亿元'],
      ['武昌区', '完成投资额', '2021-01..09', 'actual', '80.6', '亿元'],
      ['武昌区', '年计划投资完成率', '2021-01..09', 'actual', '72.9', '%'],
    ]);
    expect(figures[0]!.entityRef).toEqual({ kind: 'organisation', key: 'WH-DHGX' });
  });
});

describe('extractFigures: changes of amount', () => {
  it('reads 比上年减少162万吨 as a negative change, the rate after it staying with the level', () => {
    const text = '全国夏粮总产量13926万吨,比上年减少162万吨,下降1.2%。';
    const figures = extractFigures(text, testContext({ documentDate: '2016-10-19' }));
    expect(figures.map((f) => [f.indicator, f.value, f.unit, f.yoy_pct])).toEqual([
      ['夏粮总产量', '13926', '万吨', '-1.2'],
      ['夏粮总产量', '-162', '万吨', null],
    ]);
  });
});

describe('extractFigures: points, shared units and texts without a date', () => {
  it('reads one unit written for two numbers, each gap to its own indicator', () => {
    const text = '前三季度,全区固定资产投资同比增长10%,比全市和全国分别高6.4和6.9个百分点。';
    const figures = extractFigures(text, testContext({ documentDate: '2023-10-30', defaultEntity: WUCHANG }));
    expect(figures.map((f) => [f.indicator, f.period, f.value, f.unit, f.yoy_pct])).toEqual([
      ['fixed_asset_investment', '2023-01..09', null, null, '10'],
      ['fixed_asset_investment', '2023-01..09', '6.4', '个百分点', null],
      ['fixed_asset_investment', '2023-01..09', '6.9', '个百分点', null],
    ]);
  });

  it('reads a fall in points as negative and takes the year the text states when it has no date', () => {
    const text = '2023年前三季度,全区规模以上工业增加值同比增长4.6%,增速比上半年回落2.0个百分点。';
    const figures = extractFigures(text, testContext({ defaultEntity: WUCHANG }));
    expect(figures.map((f) => [f.indicator, f.period, f.value, f.unit, f.yoy_pct])).toEqual([
      ['industrial_value_added', '2023-01..09', null, null, '4.6'],
      ['industrial_value_added', '2023-01..09', '-2.0', '个百分点', null],
    ]);
  });
});

describe('extractFigures: shares and gaps against other places', () => {
  it('joins a share written after its growth, and reads 低于全省 / 下拉 as negative points', () => {
    const text = '1-8月份,全市采矿业增加值同比增长7.6%,占全市工业的比重为79.4%,拉动全市工业增长6.1个百分点;规上工业增加值低于全省0.2个百分点。';
    const figures = extractFigures(text, testContext({ documentDate: '2025-09-30', defaultEntity: WUCHANG }));
    expect(figures.map((f) => [f.period, f.value, f.unit, f.yoy_pct])).toEqual([
      ['2025-01..08', '79.4', '%', '7.6'],
      ['2025-01..08', '6.1', '个百分点', null],
      ['2025-01..08', '-0.2', '个百分点', null],
    ]);
  });
});

describe('extractFigures: spans of years and counts without their noun', () => {
  const context = testContext({ documentDate: '2021-01-20', defaultEntity: { kind: 'organisation', key: '420100', name: '武汉市' } });

  it('gives a level reached over five years its last year, and a total or an average the span', () => {
    const text = '这五年，综合实力迈上新台阶。地区生产总值超过1.5万亿元。高新技术产业增加值占比超过25%。城镇新增就业106.7万人，民生投入年均增长13.4%。';
    expect(extractFigures(text, context).map((f) => [f.value ?? f.yoy_pct, f.period])).toEqual([
      ['1.5', '2020'], ['25', '2020'], ['106.7', '2016..2020'], ['13.4', '2016..2020'],
    ]);
  });

  it('leaves out a count whose noun is the non-economic one counted before it in the sentence', () => {
    const figures = extractFigures('江岸区收集企业发展问题18个，已解决10个。签约项目20个，已开工10个。', context);
    expect(figures.map((f) => f.value)).toEqual(['20', '10']);
  });
});

describe('extractFigures: figures in brackets', () => {
  const context = testContext({ documentDate: '2025-09-20', defaultEntity: { kind: 'organisation', key: '420106', name: '武昌区' } });
  const rows = (text: string) => extractFigures(text, context).map((f) => [f.indicator, f.period, f.value, f.unit, f.yoy_pct]);

  it('reads no figure and no period out of a bracket that states the comparison base', () => {
    expect(rows('1-8月，全区规模以上工业增加值增长6.2%（上年同期为4.1%）。')).toEqual([['industrial_value_added', '2025-01..08', null, null, '6.2']]);
    expect(rows('1-8月，社会消费品零售总额305.6亿元，同比增长5.2%（1-7月为4.9%）。')).toEqual([['retail_sales', '2025-01..08', '305.6', '亿元', '5.2']]);
    expect(rows('上半年，全区固定资产投资下降5.2%，降幅较一季度(-10.8%)收窄5.6个百分点。')).toEqual([
      ['fixed_asset_investment', '2025-H1', null, null, '-5.2'], ['fixed_asset_investment', '2025-H1', '5.6', '个百分点', null],
    ]);
  });

  it('reads a sub-figure in a bracket, and gives a growth after the bracket to the figure before it', () => {
    expect(rows('全区实现一般公共预算收入45.6亿元（其中税收收入38.2亿元），增长3.2%。')).toEqual([
      ['general_budget_revenue', '2025', '45.6', '亿元', '3.2'],
      ['税收收入', '2025', '38.2', '亿元', null],
    ]);
    expect(rows('全区实现一般公共预算收入45.6亿元，增长3.2%（其中税收收入38.2亿元，增长2.1%）。')).toEqual([
      ['general_budget_revenue', '2025', '45.6', '亿元', '3.2'],
      ['税收收入', '2025', '38.2', '亿元', '2.1'],
    ]);
  });
});

describe('extractFigures: lists, comparisons in points, and kinds across clauses', () => {
  const context = testContext({ documentDate: '2025-09-20', defaultEntity: { kind: 'organisation', key: '420106', name: '武昌区' } });
  const rows = (text: string) => extractFigures(text, context).map((f) => [f.indicator, f.period, f.kind, f.value, f.unit, f.yoy_pct]);

  it('gives each modifier of a list the head of the last one (第一、二、三产业增加值)', () => {
    expect(rows('1-8月，第一、二、三产业增加值分别增长3.5%、6.7%和5.1%。').map((r) => [r[0], r[5]])).toEqual([
      ['第一产业增加值', '3.5'], ['第二产业增加值', '6.7'], ['第三产业增加值', '5.1'],
    ]);
    expect(rows('国有、民营、外资企业投资分别增长3.5%、6.7%和5.1%。').map((r) => r[0])).toEqual(['国有企业投资', '民营企业投资', '外资企业投资']);
  });

  it('gives a change in points against an earlier period to the figure, not to the comparison', () => {
    expect(rows('1-8月，全区规模以上工业增加值增长6.2%，增速比1-7月提高0.3个百分点。').map((r) => [r[0], r[3]])).toEqual([
      ['industrial_value_added', null], ['industrial_value_added', '0.3'],
    ]);
  });

  it('reads the kind of a clause that opens with its own period afresh, and a share of the annual plan in the period', () => {
    expect(rows('年度计划投资50亿元，1-8月完成投资38亿元，占年度计划的76%。')).toEqual([
      ['计划投资', '2025', 'plan', '50', '亿元', null],
      ['fixed_asset_investment', '2025-01..08', 'actual', '38', '亿元', null],
      // a completion share is named by the plan it is a share of, as the gold sets name it
      ['年度计划', '2025-01..08', 'actual', '76', '%', null],
    ]);
    expect(rows('力争全年地区生产总值增长7%，固定资产投资增长10%。').map((r) => r[2])).toEqual(['target', 'target']);
  });

  it('names a rate by the clause before when its own names nothing, and a change against last month by the figure', () => {
    expect(rows('工业用电量同比下降，降幅为2.1%。').map((r) => [r[0], r[5]])).toEqual([['工业用电量', '-2.1']]);
    // a fall deepening is a change of −0.3 points (−2.6 % → −2.9 %), as a fall narrowing (收窄) is a rise
    expect(rows('工业品出厂价格同比下降2.9%，降幅比上月扩大0.3个百分点。').map((r) => [r[0], r[3], r[5]])).toEqual([
      ['工业品出厂价格', null, '-2.9'], ['工业品出厂价格', '-0.3', null],
    ]);
    expect(rows('GDP实质收缩1.2%。').map((r) => [r[0], r[5]])).toEqual([['gdp', '-1.2']]);
    expect(rows('全市固定资产投资增长3.5%，高于全国1.2个百分点，下拉全省0.3个百分点。').map((r) => [r[0], r[3], r[5]])).toEqual([
      ['fixed_asset_investment', null, '3.5'], ['fixed_asset_investment', '1.2', null], ['fixed_asset_investment', '-0.3', null],
    ]);
  });
});
