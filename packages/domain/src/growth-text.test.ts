import { describe, expect, it } from 'vitest';
import { toPlainString } from './decimal';
import { parseGrowthText } from './growth-text';

const read = (text: string) => {
  const g = parseGrowthText(text);
  return g.kind === 'rate' || g.kind === 'points' ? `${g.kind}:${toPlainString(g.value)}` : g.kind;
};

describe('parseGrowthText', () => {
  it.each([
    ['5.1', 'rate:5.1'],
    ['5.1%', 'rate:5.1'],
    ['-3.2', 'rate:-3.2'],
    ['下降3.2%', 'rate:-3.2'],
    ['同比下降3.2%', 'rate:-3.2'],
    ['比上年同期增长5.1%', 'rate:5.1'],
    ['较去年同期回落 1.5 %', 'rate:-1.5'],
    ['增长５．１％', 'rate:5.1'],
    ['增長5.1%', 'rate:5.1'],
    ['減少2', 'rate:-2'],
    ['增长-3.2%', 'rate:-3.2'],
    ['持平', 'rate:0'],
    ['下降0%', 'rate:0'],
    ['增长5.1个百分点', 'points:5.1'],
    ['下降0.3个百分点', 'points:-0.3'],
    ['提高0.5個百分點', 'points:0.5'],
    ['1.2百分点', 'points:1.2'],
    ['', 'empty'],
    ['—', 'empty'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each(['下降-3.2%', '下降', '增长1.2倍', '增长5.1%个百分点', '约5%', '5.1.2'])('%s is refused', (text) => {
    expect(parseGrowthText(text).kind).toBe('invalid');
  });

  it('says when the sign came from a word', () => {
    expect(parseGrowthText('下降3.2%')).toMatchObject({ worded: true });
    expect(parseGrowthText('-3.2')).toMatchObject({ worded: false });
  });
});
