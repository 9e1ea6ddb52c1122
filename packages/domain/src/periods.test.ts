import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  defaultDeadlineDate,
  endOfShanghaiDay,
  InvalidPeriodError,
  comparePeriods,
  isQuarterEnd,
  monthsBetween,
  nextPeriod,
  parsePeriodKey,
  findPeriodSpans,
  isYearToDateSpan,
  parsePeriodLabel,
  parsePeriodSpan,
  period,
  periodKey,
  periodLabel,
  previousPeriod,
  quarterOfMonth,
  samePeriodLastYear,
} from './periods';

const anyPeriod = fc.record({ year: fc.integer({ min: 1901, max: 9998 }), month: fc.integer({ min: 1, max: 12 }) });

describe('period', () => {
  it('validates year and month', () => {
    expect(period(2024, 9)).toEqual({ year: 2024, month: 9 });
    expect(() => period(2024, 0)).toThrow(InvalidPeriodError);
    expect(() => period(2024, 13)).toThrow(InvalidPeriodError);
    expect(() => period(2024, 1.5)).toThrow(InvalidPeriodError);
  });

  it('steps back and forward, across New Year', () => {
    expect(previousPeriod(period(2024, 9))).toEqual({ year: 2024, month: 8 });
    expect(previousPeriod(period(2024, 1))).toEqual({ year: 2023, month: 12 });
    expect(nextPeriod(period(2023, 12))).toEqual({ year: 2024, month: 1 });
    expect(samePeriodLastYear(period(2024, 6))).toEqual({ year: 2023, month: 6 });
  });

  it('knows quarters', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(quarterOfMonth)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
    expect(() => quarterOfMonth(13)).toThrow(InvalidPeriodError);
    expect(isQuarterEnd(9)).toBe(true);
    expect(isQuarterEnd(8)).toBe(false);
  });

  it('compares and counts months', () => {
    expect(comparePeriods(period(2023, 12), period(2024, 1))).toBeLessThan(0);
    expect(comparePeriods(period(2024, 5), period(2024, 5))).toBe(0);
    expect(monthsBetween(period(2023, 11), period(2024, 2))).toBe(3);
  });

  it('has a stable key', () => {
    expect(periodKey(period(2024, 3))).toBe('2024-03');
    expect(parsePeriodKey('2024-03')).toEqual({ year: 2024, month: 3 });
    expect(parsePeriodKey('2024-13')).toBeNull();
    expect(parsePeriodKey('2024-3')).toBeNull();
  });

  it('property: next and previous are inverse; key round trips', () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        expect(previousPeriod(nextPeriod(p))).toEqual(p);
        expect(monthsBetween(p, nextPeriod(p))).toBe(1);
        expect(parsePeriodKey(periodKey(p))).toEqual(p);
      }),
    );
  });
});

describe('periodLabel', () => {
  it.each([
    [1, '1月份', 'January'],
    [2, '1-2月', 'Jan–Feb'],
    [3, '一季度', 'Q1'],
    [5, '1-5月', 'Jan–May'],
    [6, '上半年', 'H1'],
    [9, '前三季度', 'Q1–Q3'],
    [11, '1-11月', 'Jan–Nov'],
    [12, '全年', 'Full year'],
  ])('month %i → %s / %s', (month, zh, en) => {
    expect(periodLabel(period(2024, month), 'zh-CN')).toBe(zh);
    expect(periodLabel(period(2024, month), 'zh-TW')).toBe(zh);
    expect(periodLabel(period(2024, month), 'en')).toBe(en);
  });

  it('writes months instead of names when asked, and the year', () => {
    expect(periodLabel(period(2022, 9), 'zh-CN', { style: 'months' })).toBe('1-9月');
    expect(periodLabel(period(2022, 9), 'en', { style: 'months' })).toBe('Jan–Sep');
    expect(periodLabel(period(2017, 6), 'zh-CN', { withYear: true })).toBe('2017年上半年');
    expect(periodLabel(period(2017, 6), 'en', { withYear: true })).toBe('H1 2017');
  });
});

describe('parsePeriodLabel', () => {
  it.each([
    ['1-9月', 9],
    ['1—9月', 9],
    ['１-２月', 2],
    ['前三季度', 9],
    ['上半年', 6],
    ['一季度', 3],
    ['1月份', 1],
    ['1月', 1],
    ['全年', 12],
    ['一至九月', 9],
    ['一至十二月份', 12],
    ['1月至9月', 9],
    ['1到10月', 10],
    ['1～9月', 9],
    ['年內', 12],
  ])('%s → %i', (text, month) => {
    expect(parsePeriodLabel(text)).toBe(month);
  });

  it.each(['1-13月', '3-9月', '下半年', '今年', '', '三季度', '9月', '2025年1-9月'])('%j → null', (text) => {
    expect(parsePeriodLabel(text)).toBeNull();
  });

  it('property: parses every label it writes', () => {
    fc.assert(
      fc.property(anyPeriod, fc.constantFrom<'named' | 'months'>('named', 'months'), (p, style) => {
        expect(parsePeriodLabel(periodLabel(p, 'zh-CN', { style }))).toBe(p.month);
      }),
    );
  });
});

describe('deadlines', () => {
  it('defaults to the 5th of the next month, Beijing time, across the year end', () => {
    expect(defaultDeadlineDate(period(2026, 11))).toBe('2026-12-05');
    expect(defaultDeadlineDate(period(2026, 12))).toBe('2027-01-05');
    expect(endOfShanghaiDay('2026-12-05')).toBe('2026-12-05T15:59:59.999Z');
  });
});

describe('parsePeriodSpan', () => {
  it.each([
    ['1-9月', null, 1, 9],
    ['1—9月', null, 1, 9],
    ['１－９月', null, 1, 9],
    ['一至九月', null, 1, 9],
    ['一至九月份', null, 1, 9],
    ['1月-9月', null, 1, 9],
    ['前三季度', null, 1, 9],
    ['前三季', null, 1, 9],
    ['前两季度', null, 1, 6],
    ['一季度', null, 1, 3],
    ['第一季度', null, 1, 3],
    ['三季度', null, 7, 9],
    ['第四季度', null, 10, 12],
    ['上半年', null, 1, 6],
    ['下半年', null, 7, 12],
    ['全年', null, 1, 12],
    ['9月', null, 9, 9],
    ['9月份', null, 9, 9],
    ['十一月', null, 11, 11],
    ['3-9月', null, 3, 9],
    ['2025年1-11月', 2025, 1, 11],
    ['2025年度1-11月', 2025, 1, 11],
    ['二〇二五年一至九月', 2025, 1, 9],
    ['2022年前三季度', 2022, 1, 9],
    ['Jan–Sep', null, 1, 9],
    ['Q1–Q3 2022', 2022, 1, 9],
    ['Full year', null, 1, 12],
    ['January 2026', 2026, 1, 1],
  ])('%s → %s, %i–%i', (text, year, fromMonth, toMonth) => {
    expect(parsePeriodSpan(text)).toEqual({ year, fromMonth, toMonth });
  });

  it.each(['1-13月', '9-3月', '1-1月', '13月', '今年', '本月', '', '前五季度', '第五季度', '1-9', '20251-9月'])('%j → null', (text) => {
    expect(parsePeriodSpan(text)).toBeNull();
  });

  it('tells a year-to-date span from a quarter or a month', () => {
    expect(isYearToDateSpan(parsePeriodSpan('1-10月')!)).toBe(true);
    expect(isYearToDateSpan(parsePeriodSpan('三季度')!)).toBe(false);
    expect(isYearToDateSpan(parsePeriodSpan('10月')!)).toBe(false);
  });

  it('property: reads back every label periodLabel writes, in every language and style, with or without the year', () => {
    fc.assert(
      fc.property(anyPeriod, fc.constantFrom('zh-CN', 'zh-TW', 'en') as fc.Arbitrary<'zh-CN' | 'zh-TW' | 'en'>, fc.constantFrom<'named' | 'months'>('named', 'months'), fc.boolean(), (p, locale, style, withYear) => {
        expect(parsePeriodSpan(periodLabel(p, locale, { style, withYear }))).toEqual({ year: withYear ? p.year : null, fromMonth: 1, toMonth: p.month });
      }),
    );
  });

  it('property: months written in Chinese numerals read like digits', () => {
    const zh = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 11 }), fc.integer({ min: 2, max: 12 }), (a, b) => {
        fc.pre(a < b);
        expect(parsePeriodSpan(`${zh[a - 1]}至${zh[b - 1]}月`)).toEqual(parsePeriodSpan(`${a}-${b}月`));
      }),
    );
  });
});

describe('findPeriodSpans', () => {
  it('finds the periods a title or a header names', () => {
    expect(findPeriodSpans('江岸区2025年1-10月主要经济指标完成情况')).toEqual([{ year: 2025, fromMonth: 1, toMonth: 10, text: '2025年1-10月' }]);
    expect(findPeriodSpans('2025年1-11月 | 2026年1-11月').map((s) => [s.year, s.toMonth])).toEqual([[2025, 11], [2026, 11]]);
    expect(findPeriodSpans('1-10月累计').map((s) => [s.fromMonth, s.toMonth])).toEqual([[1, 10]]);
    expect(findPeriodSpans('前三季度全区经济运行情况').map((s) => s.toMonth)).toEqual([9]);
    expect(findPeriodSpans('一至九月　固定资产投资').map((s) => s.toMonth)).toEqual([9]);
    expect(findPeriodSpans('本月止累计 同比增长（%）')).toEqual([]);
  });
});
