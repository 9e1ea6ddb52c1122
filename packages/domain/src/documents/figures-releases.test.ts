import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures';
import { testContext } from './test-context';

// Forms of monthly and half-year releases read since the thirteenth held-out set, each on a sentence of its own
// (figures invented).
const CITY = { kind: 'organisation' as const, key: 'C', name: '本市' };
const read = (text: string, documentDate: string) =>
  extractFigures(text, testContext({ documentDate, defaultEntity: CITY })).map((f) => [f.indicator, f.period, f.value, f.unit, f.yoy_pct]);

describe('extractFigures: forms of monthly and half-year releases (the thirteenth held-out set)', () => {
  it('reads 今年以来 as the half a release names when that half was over before the release, not as the months to its date', () => {
    expect(read('今年以来,全县经济平稳。\n固定资产投资88.2亿元,同比增长6.1%;\n二、主要特点\n上半年,全县规模以上工业增加值21.3亿元,同比增长5.0%。', '2021-07-20').map((r) => r[1])).toEqual(['2021-H1', '2021-H1']);
    // a plan for the quarter under way does not make 今年以来 that quarter
    expect(read('力保一季度开门红。今年以来已新开工项目5个。', '2019-02-17').map((r) => r[1])).toEqual(['2019-01..02']);
  });

  it('reads a quarter named after 今年以来 in an opening sentence as the period of the figures after it', () => {
    expect(read('今年以来,全区持续推动经济稳增长,一季度经济运行总体平稳。实现地区生产总值512.6亿元,增长5.1%。\n工业保持平稳增长。规模以上工业总产值903.2亿元,同比下降0.4%。', '2023-04-25')).toEqual([
      ['gdp', '2023-Q1', '512.6', '亿元', '5.1'],
      ['industrial_output', '2023-Q1', '903.2', '亿元', '-0.4'],
    ]);
  });

  it('names a share after the subject by the name before it (区本级产值全区占比), the growth after it the subject\'s, and gives two gaps one unit', () => {
    const rows = read('1-11月,区本级产值全区占比61.5%,同比增长2.9%。规上工业增加值增长3.7%,高于全国0.6、全省2.1个百分点。', '2024-12-20');
    expect(rows.slice(0, 2)).toEqual([['区本级产值占比', '2024-01..11', '61.5', '%', null], ['区本级产值', '2024-01..11', null, null, '2.9']]);
    expect(rows.slice(3).map((r) => [r[2], r[3]])).toEqual([['0.6', '个百分点'], ['2.1', '个百分点']]);
  });

  it('reads 增长速度 as a growth word, and a growth written with spaces (同比增长 3.7 %)', () => {
    expect(read('上半年,全县居民人均可支配收入14620元,同比增长 3.9 %。6月末,存贷款余额加权平均增长速度5.2%。', '2024-07-25')).toEqual([
      ['居民人均可支配收入', '2024-H1', '14620', '元', '3.9'],
      ['存贷款余额', '2024-06', null, null, '5.2'],
    ]);
  });

  it('reads days as a figure of visitors\' stays and of a service\'s time, not of anything else', () => {
    expect(read('10月旅客平均逗留时间为1.2日，与去年同期相同。', '2025-11-20')).toEqual([['旅客平均逗留时间', '2025-10', '1.2', '日', null]]);
    expect(read('1-10月，全区开展安全检查用时15天，完成整改30.5天。', '2025-11-20')).toEqual([]);
  });

  it('reads a stock in a year-to-date release (a balance, a count reached) at the span\'s last month, a flow over the span', () => {
    expect(read('截至9月末，全区市场主体达5.2万户，金融机构人民币存款余额1234.5亿元。1-9月，新增市场主体8000户，完成固定资产投资350.2亿元。', '2024-10-20')).toEqual([
      ['市场主体', '2024-09', '5.2', '万户', null],
      ['存款余额', '2024-09', '1234.5', '亿元', null],
      ['new_market_entities', '2024-01..09', '8000', '户', null],
      ['fixed_asset_investment', '2024-01..09', '350.2', '亿元', null],
    ]);
  });

  it('reads a real-estate area (施工面积, 销售面积) as a figure of its own, with its own growth', () => {
    expect(read('1至10月份,房屋施工面积52,939万平方米,下降8.4%。新建商品房销售面积1,982万平方米,同比下降5.8%。', '2025-11-14')).toEqual([
      ['房屋施工面积', '2025-01..10', '52939', '万平方米', '-8.4'],
      ['商品房销售面积', '2025-01..10', '1982', '万平方米', '-5.8'],
    ]);
  });

  it('reads 增长幅为 as a growth word, and a rate alone in its clause after an amount as its growth', () => {
    expect(read('10月份经济数据公布。当月除汽车以外的消费品零售额2,036亿元,增长幅为3%。', '2025-11-14')).toEqual([['除汽车以外的消费品零售额', '2025-10', '2036', '亿元', '3']]);
    expect(read('上半年,规模以上工业总产值119.0亿元,32.3%,全市排名第二。', '2021-07-20')).toEqual([['industrial_output', '2021-H1', '119.0', '亿元', '32.3']]);
  });

  it('reads 两年平均增长 as a record over two years, not as the growth of the figure before, and not as the period of the next sentence', () => {
    expect(read('上半年,规模以上工业增加值29.5亿元,同比增长22.0%,两年平均增长5.0%。规模以上工业总产值99.0亿元,增长12.3%。', '2021-07-20')).toEqual([
      ['industrial_value_added', '2021-H1', '29.5', '亿元', '22.0'],
      ['industrial_value_added', '2020..2021', null, null, '5.0'],
      ['industrial_output', '2021-H1', '99.0', '亿元', '12.3'],
    ]);
  });

  it('starts a record of its own at a period of its own, and names a bare 增加值 by the catalogue figure before it, not by the base of a share', () => {
    expect(read('1—10月份,全市规模以上工业增加值同比增长2.4%,增速比1—9月份加快0.3个百分点,其中10月份增加值同比增长6.3%。', '2022-11-23')).toEqual([
      ['industrial_value_added', '2022-01..10', null, null, '2.4'],
      ['industrial_value_added', '2022-01..10', '0.3', '个百分点', null],
      ['industrial_value_added', '2022-10', null, null, '6.3'],
    ]);
    expect(read('1—10月份,新兴产业增加值占规模以上工业增加值的比重为21.5%;增加值同比增长7.5%。', '2022-11-23').map((r) => [r[0], r[4]])).toEqual([
      ['新兴产业增加值占规模以上工业增加值的比重', null],
      ['增加值', '7.5'],
    ]);
  });

  it('names a gap to an average (快于全市平均水平) by the figure before it', () => {
    expect(read('1—10月份,机械装备产业增加值同比增长6.6%,快于全市平均水平3.2个百分点。', '2022-11-23').map((r) => [r[0], r[2], r[3]])).toEqual([
      ['机械装备产业增加值', null, null],
      ['机械装备产业增加值', '3.2', '个百分点'],
    ]);
  });

  it('reads the levels of a growth rate a sentence speaks of (增速…保持在, 回落至, 为) as growth rates of the figure named before', () => {
    expect(read('前三季度以来,规模以上工业增加值增速持续回落。7月份的增速还保持在12.0%,8月份回落至10.7%,9月份为9.8%。', '2008-11-14').map((r) => [r[0], r[1], r[4]])).toEqual([
      ['industrial_value_added', '2008-07', '12.0'],
      ['industrial_value_added', '2008-08', '10.7'],
      ['industrial_value_added', '2008-09', '9.8'],
    ]);
  });

  it('reads 规模以上工业企业(…)增加值 after the area as the catalogue figure, and 限额以上 as a part, not the whole', () => {
    expect(read('10月份,全国规模以上工业企业(年主营业务收入500万元以上的企业)增加值同比增长7.2%。', '2008-11-14').map((r) => r[0])).toEqual(['industrial_value_added']);
    expect(read('上半年,限额以上社会消费品零售额3.0亿元,同比增长8.6%。', '2022-07-20').map((r) => r[0])).toEqual(['限额以上社会消费品零售额']);
  });

  it('names a completion share by the plan it is a share of, and gives the growth after it to the amount before it', () => {
    expect(read('上半年全县地区生产总值完成12.4亿元,占年计划的43.1%,同比增长8.2%;固定资产投资完成20.5亿元,占年计划的36.2%,同比下降12%。', '2017-09-01')).toEqual([
      ['gdp', '2017-H1', '12.4', '亿元', '8.2'],
      ['年计划', '2017-H1', '43.1', '%', null],
      ['fixed_asset_investment', '2017-H1', '20.5', '亿元', '-12'],
      ['年计划', '2017-H1', '36.2', '%', null],
    ]);
    // and a change in points after it to the amount too
    expect(read('上半年,全省完成GDP3408.1亿元,完成全年计划目标的44.4%,增长12.7%,同比高0.3个百分点。', '2007-07-24').map((r) => [r[0], r[2], r[3]])).toEqual([
      ['gdp', '3408.1', '亿元'],
      ['全年计划目标', '44.4', '%'],
      ['gdp', '0.3', '个百分点'],
    ]);
  });

  it('reads a forecast set against (高于8月预测的2.91%, 比原预测高出, 比预测减) as a forecast of its own and the gaps to it as actual, 减 / 拉低 as falls', () => {
    const tw = (text: string) => extractFigures(text, testContext({ documentDate: '2025-10-31', defaultEntity: CITY })).map((f) => [f.indicator, f.kind, f.value, f.yoy_pct]);
    expect(tw('今年第3季GDP成长率达6.64%，远高于8月预测的2.21%，上修4.43个百分点。')).toEqual([
      ['gdp', 'actual', null, '6.64'],
      ['gdp', 'forecast', null, '2.21'],
      ['gdp', 'actual', '4.43', null],
    ]);
    expect(tw('第3季政府消费实质成长0.18%，比预测减1.27个百分点。资本形成实质负成长0.14%，拉低经济成长0.05个百分点。')).toEqual([
      ['政府消费', 'actual', null, '0.18'],
      ['政府消费', 'actual', '-1.27', null],
      ['资本形成', 'actual', null, '-0.14'],
      ['资本形成', 'actual', '-0.05', null],
    ]);
  });

  it('reads a forecast made before the comma of the clause it governs, a growth through 「至少」, and a number right after GDP', () => {
    expect(read('主计总处预估，今年全年经济成长率「至少4%」。', '2025-10-31').map((r) => [r[0], r[4]])).toEqual([['gdp', '4']]);
    expect(extractFigures('主计总处预估，今年全年经济成长率「至少4%」。', testContext({ documentDate: '2025-10-31', defaultEntity: CITY }))[0]!.kind).toBe('forecast');
    expect(read('上半年,全省完成GDP3408.1亿元。', '2007-07-24').map((r) => [r[0], r[2]])).toEqual([['gdp', '3408.1']]);
  });

  it('counts rural labour sent out as jobs, and leaves irrigated land out as public works', () => {
    expect(read('上半年,转移输出农村劳动力1751.1万人,增长6.5%,新增有效灌溉面积12.4万亩。', '2007-07-24').map((r) => [r[0], r[2], r[3]])).toEqual([['转移输出农村劳动力', '1751.1', '万人']]);
  });

  it('reads the growth of a base written before the change against it (比上年全年增长5.2%回落了0.2个百分点) in the period of the base', () => {
    expect(read('上半年GDP同比增长5.1%,比上年全年增长5.3%回落了0.2个百分点,比上年同期增长5.6%回落了0.5个百分点。', '2024-07-20')).toEqual([
      ['gdp', '2024-H1', null, null, '5.1'],
      ['gdp', '2023', null, null, '5.3'],
      ['gdp', '2024-H1', '-0.2', '个百分点', null],
      ['gdp', '2023-H1', null, null, '5.6'],
      ['gdp', '2024-H1', '-0.5', '个百分点', null],
    ]);
    // the common 比上年增长6.1% is the figure's own growth
    expect(read('全年地区生产总值1000亿元,比上年增长6.1%。', '2024-03-01')).toEqual([['gdp', '2024', '1000', '亿元', '6.1']]);
  });

  it('reads a target year after 上年水准 (水準 in Traditional) and names a gap to the national average by what it is of', () => {
    const rows = extractFigures('报告提出2020年主要预期目标:财政收入保持上年水准;社会消费品零售总额增长9.5%左右;农村居民可支配收入高于全国平均水准0.5个百分点以上。', testContext({ documentDate: '2020-01-13', defaultEntity: CITY }));
    expect(rows.map((f) => [f.indicator, f.period, f.kind])).toEqual([
      ['retail_sales', '2020', 'target'],
      ['农村居民可支配收入', '2020', 'target'],
    ]);
  });

  it('counts closed coal mines, and never counts the number of indicators (8项指标)', () => {
    expect(read('1至7月关闭煤矿32个。地区生产总值等8项指标达到序时进度。', '2018-09-23').map((r) => [r[0], r[2], r[3]])).toEqual([['关闭煤矿', '32', '个']]);
  });

  it('keeps a list of falls falling (分别下降a、b和c; 下降2%至3%), unless the first rate carried its own minus', () => {
    expect(read('1-10月，饲料、乳制品和锂离子电池分别下降10.4%、30.0%和33.9%。', '2023-11-20').map((r) => [r[0], r[4]])).toEqual([
      ['饲料', '-10.4'], ['乳制品', '-30.0'], ['锂离子电池', '-33.9'],
    ]);
    expect(read('1-10月，甲产品和乙产品分别增长-8.7%和5.0%。', '2023-11-20').map((r) => r[4])).toEqual(['-8.7', '5.0']);
    expect(read('1-10月，出口额预计下降2%至3%。', '2023-11-20').map((r) => r[4])).toEqual(['-2', '-3']);
  });

  it('names each of a 分别 list whose names hold 及 (建筑及装潢材料), when the list counts right without it', () => {
    expect(read('1-10月，建筑及装潢材料、饮料和书报杂志类分别下降44.4%、20.0%和12.1%。', '2023-11-20').map((r) => [r[0], r[4]])).toEqual([
      ['建筑及装潢材料', '-44.4'], ['饮料', '-20.0'], ['书报杂志类', '-12.1'],
    ]);
  });

  it('reads a drag on a named growth (下拉…增速1.1个百分点) and a deepening fall (降幅…扩大0.8个百分点) as negative points', () => {
    expect(read('1-10月，电热气和水生产供应业产值下降16.7%，下拉规上工业产值增速3.1个百分点。', '2023-11-20').map((r) => [r[2], r[3]]).at(-1)).toEqual(['-3.1', '个百分点']);
    expect(read('1-10月，全区固定资产投资下降10.9%，降幅比1-9月扩大0.8个百分点。', '2023-11-20')).toEqual([
      ['fixed_asset_investment', '2023-01..10', null, null, '-10.9'],
      ['fixed_asset_investment', '2023-01..10', '-0.8', '个百分点', null],
    ]);
    // a fall narrowing is a rise in points
    expect(read('1-10月，全区固定资产投资下降10.9%，降幅比1-9月收窄0.8个百分点。', '2023-11-20').at(-1)?.[2]).toBe('0.8');
  });

  it('names an output by its sector (装备制造业产值, 农产品加工业产值), not by the bare 产值 or 工业产值', () => {
    expect(read('1-10月，装备制造业产值增长10.5%；农产品加工业产值下降3.3%。', '2023-11-20').map((r) => [r[0], r[4]])).toEqual([
      ['装备制造业产值', '10.5'], ['农产品加工业产值', '-3.3'],
    ]);
    // the area's own output keeps its known name
    expect(read('1-10月，全区工业产值增长5%。', '2023-11-20').map((r) => r[0])).toEqual(['工业产值']);
  });

  it('gives a change of growth against a named quarter or the last period (比第二季度, 较上期) to the figure before it', () => {
    expect(read('1-9月，全市一般公共预算收入18.87亿元，同比增长13.10%，增速比第二季度加快1.01个百分点。', '2018-10-24').at(-1)).toEqual(
      ['general_budget_revenue', '2018-01..09', '1.01', '个百分点', null]);
    expect(read('1-10月，网上零售额146.9亿元，同比增长22.3%，增幅较上期扩大3个百分点。', '2021-11-26').at(-1)?.[0]).toBe('网上零售额');
    // and a gap to an average growth (高于…平均增速)
    expect(read('1-10月，高技术制造业实现产值114亿元，同比增长12.8%，增速高于规模以上工业平均增速6.3个百分点。', '2021-11-26').at(-1)).toEqual(
      ['高技术制造业产值', '2021-01..10', '6.3', '个百分点', null]);
  });

  it('keeps a long name whole (限额以上批发零售和住宿餐饮业通过公共网络零售额, 23 characters)', () => {
    expect(read('1-10月，限额以上批发零售和住宿餐饮业通过公共网络实现零售额146.9亿元。', '2021-11-26').map((r) => r[0])).toEqual(['限额以上批发零售和住宿餐饮业通过公共网络零售额']);
  });

  it('reads a count there is (共有) as of the month, a month\'s end as said of its own sentence, and 亏损面 as a name', () => {
    expect(read('1-10月，全县共有市场主体5.62万户，同比增长7.3%。新登记市场主体6231户。', '2024-11-20')).toEqual([
      ['市场主体', '2024-10', '5.62', '万户', '7.3'],
      ['new_market_entities', '2024-01..10', '6231', '户', null],
    ]);
    // 10月末 opens its sentence only: the flow after it is of the months to date
    expect(read('1-10月，全县规上工业增加值增长6.1%。10月末，全县规上工业企业亏损面为18.3%。全县工业用电量增长5.1%。', '2024-11-20')).toEqual([
      ['industrial_value_added', '2024-01..10', null, null, '6.1'],
      ['规上工业企业亏损面', '2024-10', '18.3', '%', null],
      ['工业用电量', '2024-01..10', null, null, '5.1'],
    ]);
  });

  it('reads the year\'s targets stated after 全年目标： as of the year, in a half-year report', () => {
    expect(read('上半年，全区实现地区生产总值286.4亿元。\n全年目标：地区生产总值增长6.5%左右。', '2023-07-20').map((r) => [r[0], r[1], r[4]])).toEqual([
      ['gdp', '2023-H1', null],
      ['gdp', '2023', '6.5'],
    ]);
  });
});
