import { describe, expect, it } from 'vitest';
import { readerOf } from './test-context';

// Forms of county and district economy notes read since the forty-third and forty-fourth held-out sets (figures invented).
const CITY = { key: 'C', name: '全市' };

describe('extractFigures: forms of county and district economy notes', () => {
  const readNote = readerOf(CITY, ['indicator', 'period', 'value', 'unit', 'yoy_pct']);

  it('reads a period in brackets after a figure as that figure\'s alone, with the growth after the bracket', () => {
    // (a year's note whose one figure is known only to November: the figures after it are of the year)
    expect(readNote('2018年,全区预计实现地区生产总值1223亿元,同比增长4.8%。营利性服务业营业收入113.26亿元(1-11月),同比增长20.8%。全区一般公共预算收入48.60亿元,同比增长4.9%;固定资产投资(1-11月)同比增长38.8%,社会消费品零售总额632.18亿元,同比增长8.0%。', '2019-01-20').map((r) => [r[1], r[2], r[4]])).toEqual([
      ['2018', '1223', '4.8'],
      ['2018-01..11', '113.26', '20.8'],
      ['2018', '48.60', '4.9'],
      ['2018-01..11', null, '38.8'],
      ['2018', '632.18', '8.0'],
    ]);
  });

  it('keeps a heading\'s period in brackets, which states no number, as the period in force', () => {
    expect(readNote('全区主要经济指标（1-11月）\n地区生产总值1000亿元,增长5.0%。', '2018-12-20').map((r) => r[1])).toEqual(['2018-01..11']);
  });

  it('reads a part of the year ending half a year after an undated text\'s date as the year before\'s', () => {
    // (published in January with no year in the text: January to November can only be last year's)
    expect(readNote('今年以来,全区经济总体平稳。1-11月,规上工业增加值同比增长9.1%。', '2025-01-10').map((r) => r[1])).toEqual(['2024-01..11']);
    // (a quarter under way, told in February as a plan as good as done, stays the year's)
    expect(readNote('一季度完成投资93亿元。', '2019-02-17').map((r) => r[1])).toEqual(['2019-Q1']);
    expect(readNote('2025年1-11月,规上工业增加值同比增长9.1%。', '2025-12-10').map((r) => r[1])).toEqual(['2025-01..11']);
  });

  it('reads a bare 三季度 as the first three quarters in a text that never writes 前三季度', () => {
    expect(readNote('三季度,全县实现地区生产总值125.95亿元,同比增长3.6%,比上半年高1.5个百分点。', '2020-11-10').map((r) => r[1])).toEqual(['2020-01..09', '2020-01..09']);
    // (the third quarter where the text also writes the first three, or lists the quarters, or says 当季)
    expect(readNote('前三季度,地区生产总值增长5.2%。三季度,地区生产总值增长4.9%。', '2020-11-10').map((r) => r[1])).toEqual(['2020-01..09', '2020-Q3']);
    expect(readNote('一季度、二季度、三季度分别增长5.3%、4.7%、4.6%。', '2020-11-10').map((r) => r[1])).toEqual(['2020-Q1', '2020-Q2', '2020-Q3']);
    expect(readNote('三季度当季,地区生产总值增长4.9%。', '2020-11-10').map((r) => r[1])).toEqual(['2020-Q3']);
  });

  it('reads a growth after a share named so as the growth of what the share is of', () => {
    expect(readNote('1-11月,区本级产值全区占比63.5%,同比增长3.9%;轻工业产值占比23.7%,同比增长9.5%。', '2024-12-20').map((r) => [r[0], r[2], r[4]])).toEqual([
      ['区本级产值占比', '63.5', null],
      ['区本级产值', null, '3.9'],
      ['轻工业产值占比', '23.7', null],
      ['轻工业产值', null, '9.5'],
    ]);
    // (a share of a whole written 占…的比重 after an amount: the growth is the amount's)
    expect(readNote('上半年,全县实现规上工业总产值1564.97亿元,占全市规上工业总产值的比重为69.3%,同比增长5.4%。', '2025-08-01')[0]).toEqual(['industrial_output', '2025-H1', '1564.97', '亿元', '5.4']);
  });

  it('reads a section without a period of its own as of the document\'s, not of the months the section before stated', () => {
    const text = '一季度,全县实现地区生产总值56.82亿元,增长4.6%。\n五、服务业发展总体稳定\n1-2月,全县规上服务业实现营业收入3.7亿元,比上年下降1.8%。\n3月末,全县贷款余额354.88亿元,增长2.6%。\n六、居民收入平稳增长\n全县全体居民人均可支配收入7256元,增长5.8%。';
    expect(readNote(text, '2025-05-22').map((r) => r[1])).toEqual(['2025-Q1', '2025-01..02', '2025-03', '2025-Q1']);
  });

  it('counts projects named by a catalogue name as projects in store, and reads the parks\' part and 地方公共预算收入', () => {
    expect(readNote('1-11月,目前全县在库固定资产投资项目141个。园区规模工业增加值同比增加4.8%。全县实现地方公共预算收入5.75亿元,同比增长17.4%。', '2020-12-18')).toEqual([
      ['在库固定资产投资项目', '2020-11', '141', '个', null],
      ['园区规模工业增加值', '2020-01..11', null, null, '4.8'],
      ['general_budget_revenue', '2020-01..11', '5.75', '亿元', '17.4'],
    ]);
    // (the part of a size is not the whole)
    expect(readNote('1-11月,5千万以下固定资产投资增速同比下降43.5%。', '2020-12-18').map((r) => [r[0], r[4]])).toEqual([['5千万以下固定资产投资', '-43.5']]);
  });

  it('reads 各为 before a list of numbers as 分别, and a prefix and a head around 城镇、乡村 as both items\'', () => {
    expect(readNote('1-11月,全县限上法人城镇、乡村消费品零售额各为114135.9万元和2067.5万元,分别增长6.2%和2.5%。', '2020-12-18')).toEqual([
      ['限上法人城镇消费品零售额', '2020-01..11', '114135.9', '万元', '6.2'],
      ['限上法人乡村消费品零售额', '2020-01..11', '2067.5', '万元', '2.5'],
    ]);
  });

  it('reads 两年平均 as said of its own clause, not of the next item after a semicolon', () => {
    expect(readNote('上半年,第一产业增加值3.12亿元,同比增长6.1%,两年平均增长3.9%;第二产业增加值8.04亿元,同比增长21%。', '2021-07-20').map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      ['第一产业增加值', '2021-H1', '3.12', '6.1'],
      ['第一产业增加值', '2020..2021', null, '3.9'],
      ['第二产业增加值', '2021-H1', '8.04', '21'],
    ]);
  });

  it('reads output said at a month\'s end as produced since the year began, livestock listed before 分别出栏 named with it', () => {
    expect(readNote('上半年,全县农林牧渔业总产值4.21亿元。6月底,全县蔬菜产量6120吨,增长4.1%;生猪、牛分别出栏5.2万头、1210头,分别增长60.2%、2.5%。6月底,全县存款余额88.1亿元。', '2021-07-20').slice(1)).toEqual([
      ['蔬菜产量', '2021-01..06', '6120', '吨', '4.1'],
      ['生猪出栏', '2021-01..06', '5.2', '万头', '60.2'],
      ['牛出栏', '2021-01..06', '1210', '头', '2.5'],
      ['存款余额', '2021-06', '88.1', '亿元', null],
    ]);
  });

  it('reads 地方公共财政收入 as the general budget revenue', () => {
    expect(readNote('上半年,全县地方公共财政收入1.21亿元,增长-12.5%。', '2019-07-20')).toEqual([['general_budget_revenue', '2019-H1', '1.21', '亿元', '-12.5']]);
  });

  it('reads places outside the organisation tree after 其中 as the parts of the whole before, with its period and indicator', () => {
    const places = readerOf(CITY, ['entity', 'indicator', 'period', 'kind', 'value', 'yoy_pct']);
    expect(places('1至9月,全市固定资产投资预计同比增长15%。其中,北山县预计完成52亿元,同比增长20.5%;南河县预计完成31亿元,同比下降3.0%。', '2016-10-20').slice(1)).toEqual([
      ['北山县', 'fixed_asset_investment', '2016-01..09', 'forecast', '52', '20.5'],
      ['南河县', 'fixed_asset_investment', '2016-01..09', 'forecast', '31', '-3.0'],
    ]);
  });

  it('gives items ending in one classifier word what follows it in the last item (汽车类、石油及制品类零售额)', () => {
    expect(readNote('上半年,汽车类、石油及制品类零售额同比分别增长12.1%、5.3%。', '2025-07-20').map((r) => [r[0], r[4]])).toEqual([
      ['汽车类零售额', '12.1'], ['石油及制品类零售额', '5.3'],
    ]);
  });
});
