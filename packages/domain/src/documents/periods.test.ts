import { describe, expect, it } from 'vitest';
import { findPeriods, periodAt } from './periods';

/** The period of a figure written at the end of `text`, read as one paragraph. */
function periodOfEnd(text: string, defaultYear = 2022, month: number | null = null): string {
  return periodAt(findPeriods(text, defaultYear, month), { from: 0, clauseEnd: text.length, inherit: true, sentenceStart: text.lastIndexOf('。') + 1 }, text.length, defaultYear);
}

describe('periods', () => {
  it('reads quarters, halves, year-to-date spans and months', () => {
    expect(periodOfEnd('一季度完成')).toBe('2022-Q1');
    expect(periodOfEnd('上半年完成')).toBe('2022-H1');
    expect(periodOfEnd('前三季度，GDP完成')).toBe('2022-01..09');
    expect(periodOfEnd('1-9月完成')).toBe('2022-01..09');
    expect(periodOfEnd('1—2月预计完成')).toBe('2022-01..02');
    expect(periodOfEnd('1月份，投资完成')).toBe('2022-01');
    expect(periodOfEnd('截至9月30日，新登记')).toBe('2022-01..09');
  });

  it('takes the year from the text, else the document', () => {
    expect(periodOfEnd('2017年上半年完成')).toBe('2017-H1');
    expect(periodOfEnd('全年完成')).toBe('2022');
    expect(periodOfEnd('2020年，全年完成')).toBe('2020');
    expect(periodOfEnd('去年总产值')).toBe('2021');
    expect(periodOfEnd('今年以来已新开工', 2019, 2)).toBe('2019-01..02');
  });

  it('reads a month alone (8月当月) and 当月 after a year to date as its last month', () => {
    expect(periodOfEnd('8月当月，规上工业增加值增长', 2025)).toBe('2025-08');
    expect(periodOfEnd('1-8月，规上工业增加值增长5.1%。其中当月增长', 2025)).toBe('2025-08');
    expect(periodOfEnd('1-8月，规上工业增加值增长5.1%，单月增长', 2025)).toBe('2025-08');
    expect(periodOfEnd('1-8月，累计增长5.1%，8月当月增长', 2025)).toBe('2025-08');
    expect(periodOfEnd('1-8月，累计增长', 2025)).toBe('2025-01..08');
  });

  it('reads the months that end with a month (截至二零二四年十一月止的三个月), and 截至 a year in Chinese numerals as the year to date', () => {
    expect(periodOfEnd('截至二零二四年十一月止的三个月内，出口货值', 2024)).toBe('2024-09..11');
    expect(periodOfEnd('截至2024年6月底止的六个月，进口货值', 2024)).toBe('2024-01..06');
    expect(periodOfEnd('截至二零二四年十一月，出口货值', 2024)).toBe('2024-01..11');
  });

  it('reads the first months of a year (前8个月)', () => {
    expect(periodOfEnd('前8个月，全市进出口总值', 2025)).toBe('2025-01..08');
    expect(periodOfEnd('今年前十个月，全市进出口总值', 2025)).toBe('2025-01..10');
  });

  it('reads a span of years from now (计划通过10年努力)', () => {
    expect(periodOfEnd('该产业园计划通过10年努力，实现年税收', 2019)).toBe('2019..2028');
    expect(periodOfEnd('用五年时间，建成', 2021)).toBe('2021..2025');
    expect(periodOfEnd('用1年时间，建成', 2021)).toBe('2021');
  });

  it('reads five-year totals', () => {
    expect(periodOfEnd('“十三五”期间累计完成')).toBe('2016..2020');
    expect(periodOfEnd('2016-2020年累计')).toBe('2016..2020');
    expect(periodOfEnd('五年来，城镇新增就业', 2021)).toBe('2016..2020');
  });

  it('does not read the base of a comparison or an annual target as the period', () => {
    expect(periodOfEnd('前三季度，增速相较上半年提升')).toBe('2022-01..09');
    expect(periodOfEnd('一季度完成全年目标任务')).toBe('2022-Q1');
    expect(periodOfEnd('前三季度，已接近去年全年水平，完成')).toBe('2022-01..09');
  });
});

describe('periods as Hong Kong, Macao and Taiwan write them', () => {
  it('reads years in Chinese numerals, 第3季 without 度, 首3季 and 截至…年…月', () => {
    expect(periodOfEnd('二零一九年第三季較上年同期實質下跌')).toBe('2019-Q3');
    expect(periodOfEnd('二〇二三年第二季上升')).toBe('2023-Q2');
    expect(periodOfEnd('2023年第3季本地生产总值')).toBe('2023-Q3');
    expect(periodOfEnd('2023年首3季本地生产总值')).toBe('2023-01..09');
    expect(periodOfEnd('截至2023年9月全国')).toBe('2023-01..09');
  });

  it('does not carry a quarter of a list to the next sentence', () => {
    const text = '初步核算,前三季度国内生产总值增长。分季度看,一季度增长,二季度增长,三季度增长。第一产业增加值';
    expect(periodOfEnd(text, 2016)).toBe('2016-01..09');
  });
  it('reads 民國 years (112年 = 2023) only in a text that dates itself in them', () => {
    expect(periodOfEnd('发布日期：113年2月29日\n112年第4季经济成长率', 2024)).toBe('2023-Q4');
    expect(periodOfEnd('民国112年全年出口', 2024)).toBe('2023');
    expect(periodOfEnd('建厂112年来，全年出口', 2024)).toBe('2024');
  });
  it('reads no period in the year a level is measured against (回复至2019年的79.3%)', () => {
    expect(periodOfEnd('2023年，经济总量回复至2019年的', 2023)).toBe('2023');
  });
});
