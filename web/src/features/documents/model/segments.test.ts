import { describe, expect, it } from 'vitest';
import { segmentText } from './segments';

describe('cutting a text by ranges', () => {
  it('marks each range and keeps the text between them', () => {
    const text = '全区实现地区生产总值360亿元，增长8.5%。';
    const start = text.indexOf('360亿元');
    const parts = segmentText(text, [{ start, end: start + 5, item: 7 }]);
    expect(parts.map((p) => [p.text, p.mark])).toEqual([['全区实现地区生产总值', null], ['360亿元', 7], ['，增长8.5%。', null]]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('keeps the first of overlapping ranges, clips ranges past the end and drops empty ones', () => {
    const parts = segmentText('abcdefgh', [{ start: 5, end: 99, item: 'c' }, { start: 2, end: 4, item: 'b' }, { start: 3, end: 6, item: 'x' }, { start: 1, end: 1, item: 'e' }]);
    expect(parts.map((p) => [p.text, p.mark])).toEqual([['ab', null], ['cd', 'b'], ['e', null], ['fgh', 'c']]);
  });

  it('answers the whole text when there is no range', () => {
    expect(segmentText('无数据', [])).toEqual([{ text: '无数据', start: 0, mark: null }]);
  });
});
