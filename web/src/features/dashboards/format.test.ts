import { describe, expect, it } from 'vitest';
import { fmtGrowth, fmtMeasure, fmtPeriod, fmtPoints, isAhead, nameCollator, targetToDate } from './format';

describe('dashboard formatting', () => {
  it('writes growth and percentage points', () => {
    // Growth with one decimal, as bulletins write it (增长4.6%); a rate indicator's change in points.
    expect(fmtGrowth('4.56')).toBe('+4.6%');
    expect(fmtGrowth('-0.383142')).toBe('-0.4%');
    expect(fmtGrowth('0.001')).toBe('0.0%');
    expect(fmtGrowth('-0.3', 'percent', 'zh-CN')).toBe('-0.3 个百分点');
    expect(fmtGrowth('4.56', 'yi_yuan', 'zh-CN')).toBe('+4.6%');
    // DOMAIN.md: 12.85 % at the end of February is 3.82 points below time progress (16.67 %)
    expect(fmtPoints('-3.816667', 'zh-CN')).toBe('-3.82 个百分点');
    expect(fmtPoints('13.636364', 'zh-CN')).toBe('+13.64 个百分点');
    expect(fmtPoints('-0.001', 'zh-CN')).toBe('0.00 个百分点');
    expect(fmtPoints('1.5', 'en')).toBe('+1.50 pp');
  });

  it('formats a ranking value by its measure', () => {
    expect(fmtMeasure('63.564252', 'completion', 'yi_yuan', 'zh-CN')).toBe('63.56%');
    expect(fmtMeasure('4.5', 'yoy', 'yi_yuan', 'zh-CN')).toBe('+4.5%');
    expect(fmtMeasure('0.2', 'yoy', 'percent', 'zh-CN')).toBe('+0.2 个百分点');
    expect(fmtMeasure('-11.435748', 'progressGap', 'yi_yuan', 'zh-CN')).toBe('-11.44 个百分点');
    expect(fmtMeasure('1202', 'ytdValue', 'yi_yuan', 'zh-CN', 2)).toBe('1202.00 亿元');
  });

  it('names periods the way reports do', () => {
    expect(fmtPeriod('2022-09', 'zh-CN')).toBe('2022年前三季度');
    expect(fmtPeriod('2026-10', 'zh-CN')).toBe('2026年1-10月');
    expect(fmtPeriod('2026-01', 'zh-CN')).toBe('2026年1月份');
    expect(fmtPeriod('2022-09', 'en')).toBe('Q1–Q3 2022');
    expect(fmtPeriod('bad', 'zh-CN')).toBe('bad');
  });

  it('computes the target to date exactly', () => {
    expect(targetToDate('1891', '75')).toBe('1418.25');
    expect(targetToDate('1509', '83.333333')).toBe('1257.499995');
    expect(targetToDate(null, '75')).toBeNull();
  });

  it('tells ahead from behind time progress', () => {
    expect(isAhead('75', '75', 'higher')).toBe(true);
    expect(isAhead('74.99', '75', 'higher')).toBe(false);
    expect(isAhead(null, '75', 'higher')).toBeNull();
    // A ceiling used more slowly than time passes is ahead.
    expect(isAhead('74.99', '75', 'lower')).toBe(true);
    expect(isAhead('75.01', '75', 'lower')).toBe(false);
  });

  it('sorts names by pinyin', () => {
    expect(['洪山区', '江岸区', '蔡甸区', '武昌区'].sort(nameCollator.compare)).toEqual(['蔡甸区', '洪山区', '江岸区', '武昌区']);
  });
});
