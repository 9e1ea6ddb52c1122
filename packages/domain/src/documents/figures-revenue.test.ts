import { describe, expect, it } from 'vitest';
import { readerOf } from './test-context';

// Forms of fiscal-revenue releases read since the forty-second held-out set (figures invented).
const readAs = (name: string) => readerOf({ name, key: 'X' }, ['indicator', 'period', 'kind', 'value', 'unit', 'yoy_pct', 'vs_time_progress_pp']);

describe('extractFigures: forms of fiscal-revenue releases', () => {
  it('reads a budget\'s own amount inside a completion share as the year\'s target of the revenue, and the growth after the share as the revenue\'s', () => {
    expect(readAs('本区')('1-11月份全区一般公共预算收入累计完成89552万元,占年初预算数99466万元的90.0%,同比增长8.1%,增收7300万元。', '2024-12-10')).toEqual([
      ['general_budget_revenue', '2024-01..11', 'actual', '89552', '万元', '8.1', null],
      ['general_budget_revenue', '2024', 'target', '99466', '万元', null, null],
      ['年初预算数', '2024-01..11', 'actual', '90.0', '%', null, null],
      ['general_budget_revenue', '2024-01..11', 'actual', '7300', '万元', null, null],
    ]);
  });

  it('reads a chain of shares of plans set by the congress and the city, each plan the revenue\'s, and a change and a growth after a share as the tax\'s', () => {
    expect(readAs('观山湖区')('截止9月30日,我区完成一般公共预算收入32.82亿元,同口径比增长24.63%,为人大预算数36.1亿元的90.91%,超序时进度15个百分点,为市下三季度目标32.23亿元101.83%,为市下全年目标41亿元的80.05%。企业所得税完成3.92亿元,完成预算的82.11%,较上年同期增收0.98亿元,增长66.35%。', '2015-10-20')).toEqual([
      ['general_budget_revenue', '2015-01..09', 'actual', '32.82', '亿元', '24.63', null],
      ['general_budget_revenue', '2015', 'target', '36.1', '亿元', null, null],
      ['人大预算数', '2015-01..09', 'actual', '90.91', '%', null, '15'],
      ['general_budget_revenue', '2015-01..09', 'target', '32.23', '亿元', null, null],
      ['市下三季度目标', '2015-01..09', 'actual', '101.83', '%', null, null],
      ['general_budget_revenue', '2015', 'target', '41', '亿元', null, null],
      ['市下全年目标', '2015-01..09', 'actual', '80.05', '%', null, null],
      ['企业所得税', '2015-01..09', 'actual', '3.92', '亿元', '66.35', null],
      ['预算', '2015-01..09', 'actual', '82.11', '%', null, null],
      ['企业所得税', '2015-01..09', 'actual', '0.98', '亿元', null, null],
    ]);
  });

  it('reads a month with 累计 in its sentence as the year to that month, and 非税收入 as a name of its own', () => {
    expect(readAs('巴南区')('6月,全区一般公共预算收入累计完成306580万元,增长16.2%,其中:税收收入累计完成228998万元,增长8.7%;非税收入累计完成77582万元,增长47.1%;政府性基金预算收入1516万元。', '2021-07-27').map((r) => [r[0], r[1]])).toEqual([
      ['general_budget_revenue', '2021-01..06'], ['税收收入', '2021-01..06'], ['非税收入', '2021-01..06'], ['政府性基金预算收入', '2021-01..06'],
    ]);
  });
});
