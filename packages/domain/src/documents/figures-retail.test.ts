import { describe, expect, it } from 'vitest';
import { readerOf } from './test-context';

// Forms of retail-sales releases read since the forty-first held-out set (figures invented).
const readAs = (name: string) => readerOf({ name, key: 'X' }, ['indicator', 'period', 'value', 'unit', 'yoy_pct']);

describe('extractFigures: forms of retail-sales releases', () => {
  it('reads numbered items with a share in brackets, 本月 as the month the text is about, and a pull on it as the item\'s', () => {
    const text = '从7月份限额以上单位主要商品零售类值看:\n1.食品类商品(限上占比17.5%)同比增长2.8%,拉动本月限上零售额增长0.6个百分点。\n2.出行类商品(限上占比43.7%)同比下降0.7%,下拉本月限上零售额0.3个百分点。其中:汽车类商品(限上占比24.1%)同比下降4.4%;石油及制品类商品(限上占比18.6%)同比增长2.5%。';
    expect(readAs('本市')(text, '2024-08-20')).toEqual([
      ['食品类商品限上占比', '2024-07', '17.5', '%', null],
      ['食品类商品', '2024-07', null, null, '2.8'],
      ['食品类商品', '2024-07', '0.6', '个百分点', null],
      ['出行类商品限上占比', '2024-07', '43.7', '%', null],
      ['出行类商品', '2024-07', null, null, '-0.7'],
      ['出行类商品', '2024-07', '-0.3', '个百分点', null],
      ['汽车类商品限上占比', '2024-07', '24.1', '%', null],
      ['汽车类商品', '2024-07', null, null, '-4.4'],
      ['石油及制品类商品限上占比', '2024-07', '18.6', '%', null],
      ['石油及制品类商品', '2024-07', null, null, '2.5'],
    ]);
  });

  it('reads the units\' scope before a list as no item\'s name, and a definition\'s thresholds as no figures', () => {
    expect(readAs('本市')('1-4月,限额以上单位粮油食品类、饮料类、烟酒类零售额分别增长15.1%、34.6%、52.7%。', '2024-06-03').map((r) => [r[0], r[4]])).toEqual([
      ['粮油食品类零售额', '15.1'], ['饮料类零售额', '34.6'], ['烟酒类零售额', '52.7'],
    ]);
    expect(readAs('本省')('1-7月份,全省限额以上单位实现消费品零售额2358.9亿元,同比增长9.6%。\n附注\n限额以上单位是指年主营业务收入2000万元及以上的批发业单位、500万元及以上的零售业单位。', '2024-08-20')).toEqual([
      ['限额以上单位消费品零售额', '2024-01..07', '2358.9', '亿元', '9.6'],
    ]);
  });
});
