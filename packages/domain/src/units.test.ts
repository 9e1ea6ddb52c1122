import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dec } from './decimal';
import {
  UNITS,
  UNIT_CODES,
  UnitConversionError,
  canConvert,
  convert,
  isUnitCode,
  parseUnitLabel,
  unitLabel,
  type UnitCode,
} from './units';

describe('unit catalogue', () => {
  it('has labels in every locale', () => {
    expect(unitLabel('yi_yuan', 'zh-CN')).toBe('亿元');
    expect(unitLabel('yi_yuan', 'zh-TW')).toBe('億元');
    expect(unitLabel('yi_yuan', 'en')).toBe('100M yuan');
    expect(unitLabel('pp', 'zh-TW')).toBe('個百分點');
    expect(unitLabel('count_hu', 'zh-CN')).toBe('户');
  });

  it('stores factors as exact decimals', () => {
    expect(UNITS.yi_yuan.factor.toFixed()).toBe('100000000');
    expect(UNITS.wan_usd.factor.toFixed()).toBe('10000');
    expect(UNITS.wan_sqm.factor.toFixed()).toBe('15');
  });

  it('every code is in the table under its own code', () => {
    for (const code of UNIT_CODES) expect(UNITS[code].code).toBe(code);
    expect(isUnitCode('yi_yuan')).toBe(true);
    expect(isUnitCode('yi')).toBe(false);
  });
});

describe('convert', () => {
  it('converts 万元 ↔ 亿元 exactly', () => {
    expect(convert(dec('525.69'), 'yi_yuan', 'wan_yuan').toFixed()).toBe('5256900');
    expect(convert(dec('1'), 'wan_yuan', 'yi_yuan').toFixed()).toBe('0.0001');
    expect(convert(dec('3.12'), 'yi_usd', 'wan_usd').toFixed()).toBe('31200');
    expect(convert(dec('24012'), 'yuan', 'wan_yuan').toFixed()).toBe('2.4012');
  });

  it('converts area: 1 万平方米 = 15 亩', () => {
    expect(convert(dec('2'), 'wan_sqm', 'mu').toFixed()).toBe('30');
    expect(convert(dec('30'), 'mu', 'wan_sqm').toFixed()).toBe('2');
  });

  it('converts 千元, 万人 and 万户 exactly, and energy intensity into nothing else', () => {
    expect(convert(dec('12345.6'), 'qian_yuan', 'wan_yuan').toFixed()).toBe('1234.56');
    expect(convert(dec('1.5'), 'qian_yuan', 'yi_yuan').toFixed()).toBe('0.000015');
    expect(convert(dec('12.3456'), 'wan_ren', 'count_ren').toFixed()).toBe('123456');
    expect(convert(dec('3'), 'count_hu', 'wan_hu').toFixed()).toBe('0.0003');
    expect(canConvert('wan_hu', 'count_ren')).toBe(false);
    expect(canConvert('wan_ren', 'count_hu')).toBe(false);
    expect(canConvert('tce_per_wan_yuan', 'wan_yuan')).toBe(false);
    expect(unitLabel('tce_per_wan_yuan', 'zh-TW')).toBe('噸標準煤/萬元');
    expect(unitLabel('wan_ren', 'en')).toBe('10k persons');
  });

  it('returns the same value for the same unit', () => {
    expect(convert(dec('7'), 'count_hu', 'count_hu').toFixed()).toBe('7');
  });

  it('refuses to convert across dimensions with a typed error', () => {
    expect(() => convert(dec('1'), 'yi_yuan', 'yi_usd')).toThrow(UnitConversionError);
    expect(() => convert(dec('1'), 'percent', 'pp')).toThrow(UnitConversionError);
    expect(() => convert(dec('5'), 'count_hu', 'count_ren')).toThrow(UnitConversionError);
    expect(canConvert('count_hu', 'count_ren')).toBe(false);
    expect(canConvert('yuan', 'yi_yuan')).toBe(true);
  });

  it('property: round trips within a dimension never drift', () => {
    const moneyCny: UnitCode[] = ['yuan', 'wan_yuan', 'yi_yuan'];
    const amount = fc
      .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }))
      .map(([digits, places]) => dec(`${digits}e-${places}`));
    fc.assert(
      fc.property(amount, fc.constantFrom(...moneyCny), fc.constantFrom(...moneyCny), (value, from, to) => {
        const back = convert(convert(value, from, to), to, from);
        expect(back.equals(value)).toBe(true);
      }),
    );
  });

  it('property: 万元 → 亿元 is a shift of four decimal places', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), (raw) => {
        const wan = dec(`${raw}e-2`);
        expect(convert(wan, 'wan_yuan', 'yi_yuan').equals(dec(`${raw}e-6`))).toBe(true);
      }),
    );
  });
});

describe('parseUnitLabel', () => {
  it.each([
    ['（亿元）', 'yi_yuan'],
    ['金额[万元]', 'wan_yuan'],
    ['金额【亿元】', 'yi_yuan'],
    ['(万元)', 'wan_yuan'],
    ['地区生产总值（亿元）', 'yi_yuan'],
    ['單位：億元', 'yi_yuan'],
    ['单位: 万元', 'wan_yuan'],
    ['实际利用外资(亿美元)', 'yi_usd'],
    ['外商直接投资（萬美元）', 'wan_usd'],
    ['增速(%)', 'percent'],
    ['增速（％）', 'percent'],
    ['（个百分点）', 'pp'],
    ['（個百分點）', 'pp'],
    ['签约项目（个）', 'count_ge'],
    ['市场主体（戶）', 'count_hu'],
    ['供地面积（亩）', 'mu'],
    ['建筑面积（万平方米）', 'wan_sqm'],
    ['建筑面积（万㎡）', 'wan_sqm'],
    ['亿元', 'yi_yuan'],
    ['(100M yuan)', 'yi_yuan'],
    ['营业收入（千元）', 'qian_yuan'],
    ['年末户籍人口（万人）', 'wan_ren'],
    ['单位：萬戶', 'wan_hu'],
    ['万元GDP能耗（吨标准煤/万元）', 'tce_per_wan_yuan'],
    ['單位：噸標準煤/萬元', 'tce_per_wan_yuan'],
    ['（吨标煤/万元）', 'tce_per_wan_yuan'],
  ])('%s → %s', (header, code) => {
    expect(parseUnitLabel(header)).toBe(code);
  });

  it.each(['地区生产总值', '', '(亿)', '负责人', '（吨）'])('%s → null', (header) => {
    expect(parseUnitLabel(header)).toBeNull();
  });
});
