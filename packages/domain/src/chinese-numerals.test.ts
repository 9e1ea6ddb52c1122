import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { div } from './decimal';
import { parseChineseNumeral } from './chinese-numerals';

function value(text: string): string | null {
  return parseChineseNumeral(text)?.toFixed() ?? null;
}

describe('parseChineseNumeral', () => {
  it.each([
    ['三', '3'],
    ['十', '10'],
    ['十二', '12'],
    ['二十五', '25'],
    ['一百零五', '105'],
    ['一百一十', '110'],
    ['一千零十', '1010'],
    ['两', '2'],
    ['兩百', '200'],
    ['〇', '0'],
    ['零', '0'],
    ['两千零二十三', '2023'],
    ['十万', '100000'],
    ['一万三千五百', '13500'],
    ['一亿零五万', '100050000'],
    ['一亿二千万', '120000000'],
    ['三万亿', '3000000000000'],
    ['一萬', '10000'],
    ['五億', '500000000'],
    ['壹佰贰拾叁', '123'],
    ['貳拾', '20'],
  ])('%s → %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each([
    ['3.2万', '32000'],
    ['1.5亿', '150000000'],
    ['１.５亿', '150000000'],
    ['5千', '5000'],
    ['3万5千', '35000'],
    ['12.5万亿', '12500000000000'],
    ['540', '540'],
  ])('mixed Arabic–Chinese %s → %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each([
    ['一万二', '12000'],
    ['三千五', '3500'],
    ['一百一', '110'],
    ['一亿二', '120000000'],
  ])('colloquial abbreviation %s → %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each([
    ['二〇二三', '2023'],
    ['一九九八', '1998'],
    ['五零', '50'],
  ])('digit by digit %s → %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each([
    ['三点五', '3.5'],
    ['零点零五', '0.05'],
    ['三点二万', '32000'],
    ['負三', '-3'],
    ['负十二点五', '-12.5'],
  ])('decimals and signs %s → %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('reads fractions: 三分之一 is 1/3 as an exact-as-possible decimal', () => {
    expect(parseChineseNumeral('三分之一')?.equals(div(1, 3))).toBe(true);
    expect(value('三分之二')).toBe(div(2, 3).toFixed());
    expect(value('百分之十五')).toBe('0.15');
    expect(value('百分之三点五')).toBe('0.035');
    expect(value('万分之五')).toBe('0.0005');
  });

  it.each(['', '两个月', '今年', '十十', '万万', '一万三万', '三五十', '五零万', '1万25', '零分之一', '三分之', '12%', '三点', '点五', 'abc', '三分之一分之二'])(
    '%j is not a numeral',
    (text) => {
      expect(parseChineseNumeral(text)).toBeNull();
    },
  );

  it('property: agrees with a reference writer for 0..99 999 999', () => {
    const digits = '零一二三四五六七八九';
    // Writes n in standard form (with 零 for gaps, 一十 inside numbers) – an independent implementation.
    function writeBelow10000(n: number): string {
      const units = ['千', '百', '十', ''];
      const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
      let out = '';
      let zero = false;
      parts.forEach((d, i) => {
        if (d === 0) {
          zero = out !== '';
          return;
        }
        if (zero) out += '零';
        zero = false;
        out += digits[d] + units[i];
      });
      return out;
    }
    function write(n: number): string {
      if (n === 0) return '零';
      const high = Math.floor(n / 10000);
      const low = n % 10000;
      let out = high > 0 ? writeBelow10000(high) + '万' : '';
      if (low > 0) out += (high > 0 && low < 1000 ? '零' : '') + writeBelow10000(low);
      return out;
    }
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
        expect(value(write(n))).toBe(String(n));
      }),
    );
  });
});
