import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agrees, disagrees, findPeriodMentions, periodAgreement } from './period-evidence';
import { periodLabel } from './periods';

const mentions = (text: string) => findPeriodMentions(text).map((m) => [m.year, m.fromMonth, m.toMonth]);

describe('findPeriodMentions', () => {
  it('finds spans, years alone and period keys', () => {
    expect(mentions('武昌区2026年1-10月主要经济指标完成情况')).toEqual([[2026, 1, 10]]);
    expect(mentions('2025年1-11月 | 2026年1-11月')).toEqual([[2025, 1, 11], [2026, 1, 11]]);
    expect(mentions('一至九月')).toEqual([[null, 1, 9]]);
    expect(mentions('前三季度')).toEqual([[null, 1, 9]]);
    expect(mentions('2025年度')).toEqual([[2025, null, null]]);
    expect(mentions('二〇二五年主要指标')).toEqual([[2025, null, null]]);
    expect(mentions('420106-2026-03.xlsx')).toEqual([[2026, 3, 3]]);
    expect(mentions('月报 2026.11')).toEqual([[2026, 11, 11]]);
    expect(mentions('本年累计')).toEqual([]);
    expect(mentions('编号 1234-05，代码 0420106-2026')).toEqual([]);
  });

  it('leaves dates out', () => {
    expect(mentions('填报日期：2026年12月3日')).toEqual([]);
    expect(mentions('请于12月5号前报送')).toEqual([]);
    expect(mentions('报送时间 2026-12-03')).toEqual([]);
    expect(mentions('2026年1-11月（12月3日填报）')).toEqual([[2026, 1, 11]]);
  });

  it('reads the English labels the template writes', () => {
    expect(mentions('Year-to-date (Jan–Mar 2026)')).toEqual([[2026, 1, 3]]);
    expect(mentions('武昌区 — key economic indicators, Q1 2026')).toEqual([[2026, 1, 3]]);
  });

  it('property: reads back every title the template writes', () => {
    const anyPeriod = fc.record({ year: fc.integer({ min: 2000, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) });
    fc.assert(fc.property(anyPeriod, fc.constantFrom('zh-CN', 'zh-TW', 'en') as fc.Arbitrary<'zh-CN' | 'zh-TW' | 'en'>, (p, locale) => {
      const label = periodLabel(p, locale, { withYear: true });
      const found = findPeriodMentions(locale === 'en' ? `武昌区 — key economic indicators, ${label}` : `武昌区 ${label} 主要经济指标月报`);
      expect(agrees(periodAgreement(found, p))).toBe(true);
    }));
  });
});

describe('periodAgreement', () => {
  const p = { year: 2026, month: 11 };
  const of = (text: string) => periodAgreement(findPeriodMentions(text), p);

  it('agrees when one year and one span end agree', () => {
    expect(of('2026年1-11月（上年同期：2025年1-11月）')).toMatchObject({ year: 'match', month: 'match', other: null });
    expect(agrees(of('1-11月累计'))).toBe(true);
    expect(agrees(of('2026年'))).toBe(true);
    expect(agrees(of('本年累计'))).toBe(false);
    expect(disagrees(of('本年累计'))).toBe(false);
  });

  it('disagrees on another month or another year, naming it', () => {
    expect(of('1-10月累计')).toMatchObject({ year: 'none', month: 'other', other: { text: '1-10月' } });
    expect(of('2025年1-11月')).toMatchObject({ year: 'other', month: 'match', other: { year: 2025 } });
    expect(disagrees(of('2025年1-11月主要指标（与2024年同期比较）'))).toBe(true);
    expect(disagrees(of('一至九月'))).toBe(true);
    expect(disagrees(of('前三季度'))).toBe(true);
  });
});
