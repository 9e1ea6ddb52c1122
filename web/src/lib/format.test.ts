import { describe, expect, it } from 'vitest';
import { fmtPercent, fmtUnit, fmtValue, indicatorUnit } from './format';

describe('figure formatting', () => {
  it('writes amounts in 亿元 with the indicator’s decimals', () => {
    expect(fmtValue('1202', 'yi_yuan', 'zh-CN', 2)).toBe('1202.00 亿元');
    expect(fmtValue('525.69', 'yi_yuan', 'zh-TW', 2)).toBe('525.69 億元');
    expect(fmtValue('525.69', 'yi_yuan', 'en', 2)).toBe('525.69 (100M yuan)');
    expect(fmtValue('12345', 'count_hu', 'zh-CN', 0)).toBe('12,345 户');
    expect(fmtValue('3.2', 'percent', 'zh-CN', 2)).toBe('3.20%');
    expect(fmtValue(null, 'yi_yuan', 'zh-CN')).toBe('—');
    expect(fmtValue('7', 'unknown_unit', 'zh-CN', 1)).toBe('7.0 unknown_unit');
  });

  it('writes rates in percent', () => {
    expect(fmtPercent('63.564252')).toBe('63.56%');
  });

  it('shows unit labels', () => {
    expect(fmtUnit('yi_usd', 'zh-CN')).toBe('亿美元');
  });

  it('names units in the UI language', () => {
    expect(indicatorUnit({ unit: 'yi_yuan' }, 'zh-CN')).toBe('亿元');
    expect(indicatorUnit({ unit: 'yi_yuan' }, 'zh-TW')).toBe('億元');
    expect(indicatorUnit({ unit: 'count_hu' }, 'en')).toBe('households');
  });
});
