import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromScaled, toScaled, UNIT_CODES } from '@hongtu/domain';
import { indicatorIndex, isTotalRow, toIndicatorUnit, toIndicatorUnitScaled } from './indicator-match';

describe('toIndicatorUnitScaled', () => {
  it('converts, and refuses, exactly as toIndicatorUnit does on the same value', () => {
    const scaled = fc.oneof(fc.bigInt({ min: -(2n ** 63n) + 1n, max: 2n ** 63n - 1n }), fc.bigInt({ min: -1_000_000_000n, max: 1_000_000_000n }),
      fc.integer({ min: -1000, max: 1000 }).map((n) => BigInt(n) * 10_000n));
    const unit = fc.constantFrom(...UNIT_CODES);
    fc.assert(fc.property(scaled, fc.option(unit, { nil: null }), unit, fc.constantFrom('zh-CN', 'en') as fc.Arbitrary<'zh-CN' | 'en'>, (value, from, to, locale) => {
      const expected: unknown[] = [];
      const actual: unknown[] = [];
      const exact = toIndicatorUnit(fromScaled(value), from, { unit: to }, locale, (code, params) => expected.push([code, params]));
      const fast = toIndicatorUnitScaled(value, from, { unit: to }, locale, (code, params) => actual.push([code, params]));
      expect(fast).toBe(exact === null ? null : toScaled(exact));
      expect(actual).toEqual(expected);
    }), { numRuns: 20_000 });
  });
});

describe('indicatorIndex', () => {
  const indicators = [
    { code: 'gdp', name_zh_cn: '地区生产总值', name_zh_tw: '地區生產總值', name_en: 'Gross domestic product' },
    { code: 'fixed_asset_investment', name_zh_cn: '固定资产投资', name_zh_tw: '固定資產投資', name_en: 'Fixed-asset investment' },
  ];

  it('finds by code, by name in any language (numbering, 其中 and units in brackets left out), then by alias', () => {
    const find = indicatorIndex(indicators, [{ code: 'fixed_asset_investment', alias: '固投' }, { code: 'gdp', alias: '全区GDP' }, { code: 'gdp', alias: '固定资产投资' }]);
    expect(find('GDP', '')?.code).toBe('gdp');
    expect(find('', '1.地區生產總值（億元）')?.code).toBe('gdp');
    expect(find('', '  其中：固投')?.code).toBe('fixed_asset_investment');
    expect(find('', '全區GDP')?.code).toBe('gdp');
    // An alias spelt like another indicator's name does not take that name.
    expect(find('', '固定资产投资')?.code).toBe('fixed_asset_investment');
    expect(find('', '社零')).toBeUndefined();
    expect(indicatorIndex(indicators)('', '固投')).toBeUndefined();
  });

  it('recognises rows that sum others up', () => {
    for (const label of ['合计', '全区合计', '全區合計', '总计（亿元）', '  小计', 'Total', '三、全市总计']) expect(isTotalRow(label), label).toBe(true);
    for (const label of ['地区生产总值', '合同外资', '总产值']) expect(isTotalRow(label), label).toBe(false);
  });
});
