import { describe, expect, it } from 'vitest';
import { queryPhrases, segmentForIndex, tokens } from './documents.segment';

describe('documents search tokens', () => {
  it('indexes a run of Chinese characters as its pairs and its last character, other words as words', () => {
    expect(tokens('今年前三季度GDP增长8.5%')).toEqual(['今年', '年前', '前三', '三季', '季度', '度', 'gdp', '增长', '长', '8.5']);
    // inline pinyin is left out, so the characters it split stand together again
    expect(segmentForIndex('地区(qū)生产\n总值')).toBe('地区 区生 生产 产\n总值 值');
  });

  it('makes a query phrase of the pairs, a run inside it keeping its last character and a single character a prefix', () => {
    expect(queryPhrases('前三季度')).toEqual([{ text: '前三季度', pieces: ['前三季度'], tokens: ['前三', '三季', '季度'], prefix: false }]);
    expect(queryPhrases('增长8.5')[0]!.tokens).toEqual(['增长', '长', '8.5']);
    expect(queryPhrases('增')[0]).toMatchObject({ tokens: ['增'], prefix: true });
    expect(queryPhrases('固定资产投资 开门红，招商引资').map((p) => p.text)).toEqual(['固定资产投资', '开门红', '招商引资']);
  });

  it('finds a query wherever its characters stand together in the indexed text, and not across punctuation', () => {
    const indexed = ` ${segmentForIndex('今年前三季度固定资产投资增长，招商引资成效明显').replace(/\n/g, ' ')} `;
    const found = (q: string) => queryPhrases(q).every((p) => indexed.includes(` ${p.tokens.join(' ')}${p.prefix ? '' : ' '}`));
    for (const q of ['前三季度', '三季', '度固定', '资产投资', '招商引资', '商引', '固定资产投资增长']) expect(found(q), q).toBe(true);
    expect(found('投资增长招商')).toBe(false);
  });
});
