import { describe, expect, it } from 'vitest';
import { readerOf } from './test-context';

// Forms of development zones' reports read since the thirty-seventh held-out set (figures invented).
const readAs = (name: string) => readerOf({ name, key: 'Z' }, ['entity', 'indicator', 'period', 'value', 'unit', 'yoy_pct', 'comparator']);
const national = readAs('国家高新区');

describe('extractFigures: forms of development zones\' reports', () => {
  it('reads a zone named after the period that opens its clause, and keeps it for the next sentence of the paragraph', () => {
    expect(national('前三季度济南高新区生产总值实现1006.8亿元,首次突破千亿,同比增长11.9%。其中,第一产业增加值实现2.0亿元,同比增长4.8%。', '2021-11-01')).toEqual([
      ['济南高新区', 'gdp', '2021-01..09', '1006.8', '亿元', '11.9', null],
      ['济南高新区', '第一产业增加值', '2021-01..09', '2.0', '亿元', '4.8', null],
    ]);
  });

  it('reads a bare 高新区 as the document\'s own zone, and as no subject in a document of another place', () => {
    const text = '今年前三季度高新区累计完成规上工业总产值2110.9亿元,同比增长3.3%,增速高于全省1.5个百分点。';
    expect(readAs('厦门火炬高新区')(text, '2020-10-31').map((r) => r[0])).toEqual(['厦门火炬高新区', '厦门火炬高新区']);
    expect(readAs('武汉市')(text, '2020-10-31').map((r) => r[0])).toEqual(['武汉市', '武汉市']);
  });

  it('reads 该区 as the zone its paragraph named last, and a gap to a named city as the figure\'s', () => {
    expect(national('威海高新区前三季度经济延续了平稳向好的增长态势。初步核算,前三季度,该区地区生产总值同比增长8.2%,两年平均增长6.3%,高于威海市1.3个百分点。', '2021-11-01')).toEqual([
      ['威海高新区', 'gdp', '2021-01..09', null, null, '8.2', null],
      ['威海高新区', 'gdp', '2020..2021', null, null, '6.3', null],
      ['威海高新区', 'gdp', '2020..2021', '1.3', '个百分点', null, null],
    ]);
  });

  it('reads a nominal growth, keeps the period when the document\'s own zone is named again, and gives the growth after a share of a whole to the amount', () => {
    expect(national('前三季度,园区生产总值(GDP)达到11.33万亿元(人民币,下同),同比名义增长6.11%。数据显示,国家高新区新注册企业47.63万家,占全国新注册企业的21%,同比增长17.59%。', '2023-12-12')).toEqual([
      ['国家高新区', 'gdp', '2023-01..09', '11.33', '万亿元', '6.11', null],
      ['国家高新区', '新注册企业', '2023-01..09', '47.63', '万家', '17.59', null],
      ['国家高新区', '占全国新注册企业', '2023-01..09', '21', '%', null, null],
    ]);
  });

  it('reads a fall that narrows as a rise in points, and one that deepens as a fall', () => {
    expect(readAs('北京经济技术开发区')('1-10月份开发区出口总额82.73亿美元,同比下降14.83%,降幅比1-9月减少0.64个百分点;进口下降17.8%,降幅比1-9月扩大0.5个百分点。', '2009-11-22')).toEqual([
      ['北京经济技术开发区', '出口总额', '2009-01..10', '82.73', '亿美元', '-14.83', null],
      ['北京经济技术开发区', '出口总额', '2009-01..10', '0.64', '个百分点', null, null],
      ['北京经济技术开发区', '进口', '2009-01..10', null, null, '-17.8', null],
      ['北京经济技术开发区', '进口', '2009-01..10', '-0.5', '个百分点', null, null],
    ]);
  });
});
