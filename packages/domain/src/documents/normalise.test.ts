import { describe, expect, it } from 'vitest';
import { normaliseForReading, originalSpan } from './normalise';

describe('normaliseForReading', () => {
  it('folds full-width digits and signs', () => {
    expect(normaliseForReading('增长１５．６％').text).toBe('增长15.6%');
  });

  it('drops inline pinyin annotations and maps back to the original', () => {
    const original = '西塞山區(qū)召開區(qū)委經(jīng)濟(jì)工作會議';
    const n = normaliseForReading(original);
    expect(n.text).toBe('西塞山區召開區委經濟工作會議');
    const at = n.text.indexOf('經濟');
    const span = originalSpan(n, at, at + 2);
    expect(original.slice(span.start, span.end)).toBe('經(jīng)濟');
  });

  it('keeps a parenthesis that is not pinyin', () => {
    expect(normaliseForReading('区(开发区)和(a)').text).toBe('区(开发区)和(a)');
  });

  it('converts to Simplified with the converter it is given, keeping offsets', () => {
    const n = normaliseForReading('億元', (s) => s.replace('億', '亿'));
    expect(n.text).toBe('亿元');
    expect(n.map).toEqual([0, 1, 2]);
  });
});
