import { describe, expect, it } from 'vitest';
import { findPeriods, periodAt } from './periods';

/** The period of a figure written at the end of `text`, read as one paragraph. */
function periodOfEnd(text: string, defaultYear = 2022, month: number | null = null): string {
  return periodAt(findPeriods(text, defaultYear, month), { from: 0, clauseEnd: text.length, inherit: true }, text.length, defaultYear);
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
