import { describe, expect, it } from 'vitest';
import { chineseCardinal, comparisonSpan, districtList, districtListSentence, isTiedRank, periodWords, rankWords, reportSpan } from './words';

describe('words', () => {
  it.each([[1, '一'], [2, '二'], [10, '十'], [11, '十一'], [17, '十七'], [20, '二十'], [35, '三十五']])('%i → %s', (n, w) => {
    expect(chineseCardinal(n)).toBe(w);
  });

  it('writes ranks 第一 … 第十七 and 并列', () => {
    expect(rankWords(1)).toBe('第一');
    expect(rankWords(17)).toBe('第十七');
    expect(rankWords(2, true)).toBe('并列第二');
    expect(rankWords(120)).toBe('第120');
    expect(isTiedRank(2, [1, 2, 2, 4])).toBe(true);
    expect(isTiedRank(1, [1, 2, 2, 4])).toBe(false);
  });

  it('names the spans of the year', () => {
    expect([1, 2, 3, 6, 9, 12, 5].map((m) => periodWords(m))).toEqual(['1月份', '1-2月', '一季度', '上半年', '前三季度', '全年', '1-5月']);
    expect(periodWords(9, 'months')).toBe('1-9月');
    expect(() => periodWords(13)).toThrow(RangeError);
  });

  it('reads report period keys', () => {
    expect(reportSpan('2022-09')).toEqual({ year: 2022, month: 9, words: '1-9月', kind: 'month' });
    expect(reportSpan('2022-Q3')).toEqual({ year: 2022, month: 9, words: '前三季度', kind: 'span' });
    expect(reportSpan('2017-H1')).toEqual({ year: 2017, month: 6, words: '上半年', kind: 'span' });
    expect(reportSpan('2022-01..09')).toEqual({ year: 2022, month: 9, words: '前三季度', kind: 'span' });
    expect(reportSpan('2022-13')).toBeNull();
    expect(comparisonSpan({ month: 9, kind: 'span' })).toEqual({ month: 6, words: '上半年' });
    expect(comparisonSpan({ month: 9, kind: 'month' })).toEqual({ month: 8, words: '1-8月' });
    expect(comparisonSpan({ month: 2, kind: 'span' })).toBeNull();
  });

  it('lists districts ahead or behind', () => {
    const five = ['江岸区', '江汉区', '硚口区', '汉阳区', '武昌区'];
    expect(districtListSentence(five, '超时序进度')).toBe('江岸区、江汉区等5个区超时序进度');
    expect(districtList(['江岸区', '江汉区'])).toBe('江岸区、江汉区');
    expect(districtList([])).toBeNull();
    expect(districtList(five, { max: 3, measure: '个单位' })).toBe('江岸区、江汉区、硚口区等5个单位');
  });
});
