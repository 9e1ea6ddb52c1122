import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';

const read = (text: string) => findQuantities(text).map((q) => [q.value, q.unit, q.kind]);

describe('findQuantities', () => {
  it('keeps the value and the unit as written, 万 and 亿 in the unit', () => {
    expect(read('完成525.69亿元，实现1.2万亿元，19830万美元，新增就业1.5万人')).toEqual([
      ['525.69', '亿元', 'amount'],
      ['1.2', '万亿元', 'amount'],
      ['19830', '万美元', 'amount'],
      ['1.5', '万人', 'count'],
    ]);
  });

  it('reads Chinese numerals and thousands separators into digits', () => {
    expect(read('三千五百亿元，总额12,345.6万元，百分之十五')).toEqual([
      ['3500', '亿元', 'amount'],
      ['12345.6', '万元', 'amount'],
      ['15', '%', 'percent'],
    ]);
  });

  it('tells percentages, points and counts apart, 20多个 and 1万多家 included', () => {
    expect(read('增长8.1%，高于时序进度3个百分点，20多个项目，1万多家企业，4.11万户次')).toEqual([
      ['8.1', '%', 'percent'],
      ['3', '个百分点', 'points'],
      ['20', '个', 'count'],
      ['1', '万家', 'count'],
      ['4.11', '万户次', 'count'],
    ]);
  });

  it('reads a percentage written with a space before its sign (增长 3.7 %)', () => {
    expect(read('同比增长 3.7 %，占比 12%')).toEqual([['3.7', '%', 'percent'], ['12', '%', 'percent']]);
  });

  it('reads days as a unit (1.2日, 3.5天, 15天), never a date\'s day (10月20日)', () => {
    expect(read('平均逗留1.2日，压缩至3.5天，2025年10月20日发布，用时15天')).toEqual([
      ['1.2', '日', 'other'], ['3.5', '天', 'other'], ['15', '天', 'other'],
    ]);
  });

  it('reads a count of ten or more written in Chinese numerals, never an ordinal, a slogan or a small count', () => {
    expect(read('新增规上企业十家，新开工项目二十三个，签约一百二十项，新增十家企业')).toEqual([
      ['10', '家', 'count'], ['23', '个', 'count'], ['120', '项', 'count'], ['10', '家', 'count'],
    ]);
    expect(read('实施十大工程，抓好十个方面，第十个五年，推进十项措施，两家企业，三个项目，十四五')).toEqual([]);
  });

  it('reads no figure from size classes, scale words, dates, years and words with numerals', () => {
    expect(read('5000万元以上项目，亿元以上重大项目，三大百亿级产业集群，冲刺千亿城区，2019年2月16日，三个方面，一季度，Velite6')).toEqual([]);
  });
});

describe('findQuantities: numbers written in two parts', () => {
  it('reads 17萬6,956家 and 14兆6,684億元 as one number in the lower unit', () => {
    expect(read('17万6,956家，14兆6,684亿元')).toEqual([
      ['176956', '家', 'count'],
      ['146684', '亿元', 'amount'],
    ]);
  });
});
