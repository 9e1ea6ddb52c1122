import { describe, expect, it } from 'vitest';
import { formatGrowth, formatValue, nextPeriodToOpen, parseKey, periodTitle } from './format';

describe('formatting figures', () => {
  it('writes amounts with their decimals and counts grouped from 10 000', () => {
    expect(formatValue('1506.89', { unit: 'yi_yuan', decimals: 2 })).toBe('1506.89');
    expect(formatValue('1202', { unit: 'yi_yuan', decimals: 2 })).toBe('1202.00');
    expect(formatValue('22768', { unit: 'count_hu', decimals: 0 })).toBe('22,768');
    expect(formatValue('26358.2', { unit: 'count_hu', decimals: 0 })).toBe('26,358.2');
    expect(formatValue('525.695', { unit: 'yi_yuan', decimals: 2 })).toBe('525.695');
    expect(formatValue('2.81', { unit: 'percent', decimals: 2 })).toBe('2.81');
    expect(formatValue(null, { unit: 'yi_yuan', decimals: 2 })).toBeNull();
    expect(formatValue('7', { unit: 'furlongs', decimals: 2 })).toBe('7');
  });

  it('writes growth rates as given', () => {
    expect(formatGrowth('4.5')).toBe('4.5%');
    expect(formatGrowth('-0.38')).toBe('-0.38%');
    expect(formatGrowth('12')).toBe('12%');
    expect(formatGrowth(null)).toBeNull();
  });
});

describe('periods', () => {
  it('titles a month as districts write it', () => {
    expect(periodTitle({ year: 2026, month: 11 }, 'zh-CN')).toBe('2026年1-11月');
    expect(periodTitle({ year: 2026, month: 9 }, 'zh-CN')).toBe('2026年1-9月（前三季度）');
    expect(periodTitle({ year: 2026, month: 1 }, 'zh-CN')).toBe('2026年1月份');
    expect(periodTitle({ year: 2026, month: 3 }, 'zh-TW')).toBe('2026年1-3月（一季度）');
    expect(periodTitle({ year: 2026, month: 11 }, 'en')).toBe('Jan–Nov 2026');
  });

  it('parses period keys', () => {
    expect(parseKey('2026-11')).toEqual({ year: 2026, month: 11 });
    expect(parseKey('2026-13')).toBeNull();
    expect(parseKey(undefined)).toBeNull();
  });

  it('suggests the month after the latest period', () => {
    expect(nextPeriodToOpen([{ year: 2026, month: 10 }, { year: 2026, month: 11 }, { year: 2025, month: 12 }], { year: 2026, month: 11 })).toEqual({ year: 2026, month: 12 });
    expect(nextPeriodToOpen([{ year: 2026, month: 12 }], { year: 2026, month: 11 })).toEqual({ year: 2027, month: 1 });
    expect(nextPeriodToOpen([], { year: 2026, month: 4 })).toEqual({ year: 2026, month: 4 });
  });
});
