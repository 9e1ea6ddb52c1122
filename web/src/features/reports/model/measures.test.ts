import { describe, expect, it } from 'vitest';
import { reportsEn } from '../i18n/en';
import { reportsZhCN } from '../i18n/zh-CN';
import { exactValueText, isKnownMeasure, MEASURES } from './measures';

describe('measures and units of a source', () => {
  it('writes the exact value with its unit in the reader\'s language, a rank or count bare', () => {
    expect(exactValueText({ value: '1321.84', unit: 'yi_yuan' }, 'zh-CN')).toBe('1321.84 亿元');
    expect(exactValueText({ value: '1321.84', unit: 'yi_yuan' }, 'zh-TW')).toBe('1321.84 億元');
    expect(exactValueText({ value: '8.3', unit: 'percent' }, 'zh-CN')).toBe('8.3 %');
    expect(exactValueText({ value: '12.6', unit: 'pp' }, 'zh-CN')).toBe('12.6 个百分点');
    expect(exactValueText({ value: '3', unit: '' }, 'zh-CN')).toBe('3');
    expect(exactValueText({ value: '5', unit: '个' }, 'en')).toBe('5 个');
  });

  it('knows the measures it has words for, in every language', () => {
    expect(isKnownMeasure('completion')).toBe(true);
    expect(isKnownMeasure('nothing')).toBe(false);
    for (const m of MEASURES) {
      expect(reportsZhCN.measure[m], m).toBeTruthy();
      expect(reportsEn.measure[m], m).toBeTruthy();
    }
  });
});
