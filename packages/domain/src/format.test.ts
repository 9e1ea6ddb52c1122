import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dec } from './decimal';
import { LOCALES, changesInPoints, formatAmount, formatCompact, formatGrowth, formatPercent, formatPoints, groupThousands } from './format';

describe('formatAmount', () => {
  it('writes amounts in 亿元 per locale', () => {
    expect(formatAmount(dec('525.69'), 'yi_yuan')).toBe('525.69 亿元');
    expect(formatAmount(dec('525.69'), 'yi_yuan', { locale: 'zh-TW' })).toBe('525.69 億元');
    expect(formatAmount(dec('525.69'), 'yi_yuan', { locale: 'en' })).toBe('525.69 (100M yuan)');
  });

  it('rounds half-up to two decimals by default and pads', () => {
    expect(formatAmount(dec('163.965'), 'yi_yuan')).toBe('163.97 亿元');
    expect(formatAmount(dec('1202'), 'yi_yuan')).toBe('1202.00 亿元');
    expect(formatAmount(dec('3.12'), 'yi_usd', { places: 1 })).toBe('3.1 亿美元');
  });

  it('never groups money, groups every count of four digits or more (one column reads alike)', () => {
    expect(formatAmount(dec('123456.78'), 'wan_yuan')).toBe('123456.78 万元');
    expect(formatAmount(dec('12345'), 'count_hu')).toBe('12,345 户');
    expect(formatAmount(dec('9999'), 'count_hu')).toBe('9,999 户');
    expect(formatAmount(dec('1000'), 'count_hu')).toBe('1,000 户');
    expect(formatAmount(dec('999'), 'count_hu')).toBe('999 户');
    expect(formatAmount(dec('-12345'), 'count_ren')).toBe('-12,345 人');
    expect(formatAmount(dec('12345'), 'count_hu', { locale: 'en' })).toBe('12,345 households');
    expect(formatAmount(dec('15'), 'count_xiang', { locale: 'zh-TW' })).toBe('15 項');
  });

  it('writes percent without a space and area with one', () => {
    expect(formatAmount(dec('8.1'), 'percent')).toBe('8.10%');
    expect(formatAmount(dec('120.5'), 'mu')).toBe('120.50 亩');
    expect(formatAmount(dec('2'), 'wan_sqm', { locale: 'en' })).toBe('2.00 (10k m²)');
  });
});

describe('formatPercent and formatPoints', () => {
  it('formats percent values', () => {
    expect(formatPercent(dec('12.85'))).toBe('12.85%');
    expect(formatPercent(dec('16.666666'))).toBe('16.67%');
    expect(formatPercent(dec('77.1'), 1)).toBe('77.1%');
    expect(formatPercent(dec('-0.001'))).toBe('0.00%');
  });

  it('formats percentage points per locale', () => {
    expect(formatPoints(dec('3.82'))).toBe('3.82 个百分点');
    expect(formatPoints(dec('3.82'), { locale: 'zh-TW' })).toBe('3.82 個百分點');
    expect(formatPoints(dec('3.82'), { locale: 'en' })).toBe('3.82 pp');
    expect(formatPoints(dec('-3.8166'))).toBe('-3.82 个百分点');
  });

  it('lists the locales', () => {
    expect(LOCALES).toEqual(['zh-CN', 'zh-TW', 'en']);
  });

  it('writes thresholds compactly', () => {
    expect(formatCompact(dec('80'))).toBe('80');
    expect(formatCompact(dec('80.50'))).toBe('80.5');
    expect(formatCompact(dec('16.6666'))).toBe('16.67');
  });
});

describe('groupThousands', () => {
  it('groups the integer part only', () => {
    expect(groupThousands('1234567.891')).toBe('1,234,567.891');
    expect(groupThousands('-1234')).toBe('-1,234');
    expect(groupThousands('123')).toBe('123');
  });

  it('property: removing the commas gives the original back', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (n) => {
        const grouped = groupThousands(n.toString());
        expect(grouped.replace(/,/g, '')).toBe(n.toString());
        expect(grouped).toMatch(/^-?\d{1,3}(,\d{3})*$/);
      }),
    );
  });
});

describe('growth as bulletins write it', () => {
  it('has one decimal and a sign ("增长4.6%")', () => {
    expect(formatGrowth(dec('4.56'))).toBe('+4.6%');
    expect(formatGrowth(dec('-0.349'))).toBe('-0.3%');
    expect(formatGrowth(dec('0.04'))).toBe('0.0%');
  });
  it('writes a rate indicator\'s change in percentage points (增减个百分点)', () => {
    expect(changesInPoints('percent')).toBe(true);
    expect(changesInPoints('yi_yuan')).toBe(false);
    expect(formatGrowth(dec('-0.3'), { points: true })).toBe('-0.3 个百分点');
    expect(formatGrowth(dec('0.25'), { points: true, locale: 'zh-TW' })).toBe('+0.3 個百分點');
    expect(formatGrowth(dec('0.25'), { points: true, locale: 'en' })).toBe('+0.3 pp');
  });
});
