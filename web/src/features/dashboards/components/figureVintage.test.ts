import { describe, expect, it } from 'vitest';
import { bulletinValueText, vintageLabel } from './figureVintage';

describe('a dashboard figure’s vintage', () => {
  it('is named in the reader’s language', () => {
    expect(vintageLabel('flash', 'zh-CN')).toBe('快报');
    expect(vintageLabel('flash', 'zh-TW')).toBe('快報');
    expect(vintageLabel('verified', 'zh-CN')).toBe('核实');
    expect(vintageLabel('verified', 'zh-TW')).toBe('核實');
    expect(vintageLabel('preliminary', 'zh-CN')).toBe('初步核算');
    expect(vintageLabel('annual', 'en')).toBe('Annual report');
  });

  it('is not named without a figure, in an answer stored before vintages, or when unknown', () => {
    expect(vintageLabel(null, 'zh-CN')).toBeNull();
    expect(vintageLabel(undefined, 'zh-CN')).toBeNull();
    expect(vintageLabel('final', 'zh-CN')).toBeNull();
  });

  it('names a bulletin’s vintage change by its words, other values as sent', () => {
    expect(bulletinValueText('vintage', 'flash', 'zh-CN')).toBe('快报');
    expect(bulletinValueText('vintage', 'verified', 'en')).toBe('Verified');
    expect(bulletinValueText('ytdValue', '93.5', 'zh-CN')).toBe('93.5');
    expect(bulletinValueText('rank', null, 'zh-CN')).toBe('—');
  });
});
