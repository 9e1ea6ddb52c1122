import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures';
import { readerOf, testContext } from './test-context';

// Forms of county communiques, plan-execution reports and work reports read since the forty-ninth held-out set
// (figures invented).
const COUNTY = { key: 'X-COUNTY', name: '某县' };

describe('extractFigures: forms of county communiques and plan-execution reports', () => {
  const read = readerOf(COUNTY, ['indicator', 'period', 'value', 'unit', 'yoy_pct', 'comparator']);

  it('reads 今年以来 in a report dated January on the year before as that whole year', () => {
    expect(read('关于某县2023年计划执行情况的报告\n今年以来,全县经济持续回稳。预计全年,地区生产总值突破150亿大关。累计完成高标准农田建设12.5万亩。', '2024-01-10')).toEqual([
      ['gdp', '2023', '150', '亿', null, '>='],
      ['高标准农田建设', '2023', '12.5', '万亩', null, null],
    ]);
  });

  it('reads a level after a growth in the part before a semicolon as a level, not a growth', () => {
    expect(read('2023年,农林牧渔业总产值增速达4.6%;主要农作物综合机械化水平达71.5%。', '2024-03-20').map((r) => [r[0], r[2], r[4]])).toEqual([
      ['农林牧渔业总产值', null, '4.6'],
      ['主要农作物综合机械化水平', '71.5', null],
    ]);
  });

  it('reads areas sown in 千公顷, poultry in 万羽 and a rate per mille', () => {
    expect(read('2023年,全县蔬菜种植面积12.1千公顷,增长0.5%;出笼家禽380.2万羽,增长12.6%。人口自然增长率为2.5‰。', '2024-03-20')).toEqual([
      ['蔬菜种植面积', '2023', '12.1', '千公顷', '0.5', null],
      ['出笼家禽', '2023', '380.2', '万羽', '12.6', null],
      ['人口自然增长率', '2023', '2.5', '‰', null, null],
    ]);
  });

  it('reads 个 for 个百分点 in a list whose last item writes it whole, each share named by its industry', () => {
    expect(read('2023年,第一、二、三产业增加值占GDP的比重较上年分别下降0.3个、下降0.5个、提高0.8个百分点。', '2024-03-20').map((r) => [r[0], r[2], r[3]])).toEqual([
      ['第一产业增加值占GDP的比重', '-0.3', '个百分点'],
      ['第二产业增加值占GDP的比重', '-0.5', '个百分点'],
      ['第三产业增加值占GDP的比重', '0.8', '个百分点'],
    ]);
  });

  it('names the fixed-asset investment of attracted projects as written, not the catalogue\'s whole', () => {
    expect(read('2013年,计划招商引资到位固定资产投资12亿元以上。', '2013-01-20').map((r) => [r[0], r[2], r[5]])).toEqual([['招商引资到位固定资产投资', '12', '>=']]);
  });

  it('reads a release whose only month is its balances\' end (7月末) as of the months to it, and a numbered point\'s growth with the amount after it', () => {
    const city = readerOf({ key: 'C', name: '本市' }, ['indicator', 'period', 'value', 'unit', 'yoy_pct']);
    expect(city('今年来,全市经济稳步复苏。\n一、社会消费品零售总额下降4.2%。全市实现社会消费品零售总额612.5亿元。\n二、金融机构存款余额增长6.1%。7月末,全市金融机构本外币存款余额1880.2亿元。\n三、居民消费价格指数上涨2.4%。', '2020-08-20')).toEqual([
      ['retail_sales', '2020-01..07', '612.5', '亿元', '-4.2'],
      ['金融机构本外币存款余额', '2020-07', '1880.2', '亿元', '6.1'],
      ['居民消费价格指数', '2020-01..07', null, null, '2.4'],
    ]);
    // (the merged record quotes both sentences, so both numbers stand in its quote)
    const quoted = extractFigures('一、社会消费品零售总额下降4.2%。全市实现社会消费品零售总额612.5亿元。', testContext({ documentDate: '2020-08-20', defaultEntity: { kind: 'organisation', key: 'C', name: '本市' } }));
    expect(quoted.map((f) => f.quote)).toEqual(['一、社会消费品零售总额下降4.2%。全市实现社会消费品零售总额612.5亿元']);
  });

  it('reads a task the city handed down inside a completion share as the year\'s target, the growth after the share as the amount\'s, and counts said 目前 as of the month', () => {
    const full = readerOf(COUNTY, ['indicator', 'period', 'kind', 'value', 'unit', 'yoy_pct']);
    expect(full('1-10月,全县实际利用外资3120万美元,完成市分配任务4000万美元的78%,同比增长21%。目前,已投产项目6个。', '2012-10-30')).toEqual([
      ['utilized_foreign_capital', '2012-01..10', 'actual', '3120', '万美元', '21'],
      ['utilized_foreign_capital', '2012', 'target', '4000', '万美元', null],
      ['市分配任务', '2012-01..10', 'actual', '78', '%', null],
      ['投产项目', '2012-10', 'actual', '6', '个', null],
    ]);
    // a part of the task in brackets inside the base leaves the share named by its base
    expect(full('1-10月,全县外贸出口314万美元,占市分配任务1000万美元(其中加工贸易200万美元)的31.4%。', '2012-10-30').filter((r) => r[4] === '%').map((r) => r[0])).toEqual(['市分配任务']);
  });
});
