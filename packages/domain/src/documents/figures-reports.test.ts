import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures';
import { testContext } from './test-context';

// Forms of government work reports read since the twenty-second held-out set (figures invented).
const STATE = { kind: 'organisation' as const, key: 'S', name: '全省' };
const read = (text: string, documentDate: string) =>
  extractFigures(text, testContext({ documentDate, defaultEntity: STATE })).map((f) => [f.indicator, f.period, f.kind, f.value, f.unit, f.yoy_pct, f.comparator]);

describe('extractFigures: forms of government work reports', () => {
  it('reads 今年 as the year the report is dated, after a review of the year before', () => {
    expect(read('2023年,全省生产总值达到6.1万亿元,增长5.8%。今年发展主要预期目标是:生产总值增长5.5%左右;城镇新增就业80万人以上。', '2024-01-25')).toEqual([
      ['gdp', '2023', 'actual', '6.1', '万亿元', '5.8', null],
      ['gdp', '2024', 'target', null, null, '5.5', null],
      ['new_urban_jobs', '2024', 'target', '80', '万人', null, '>='],
    ]);
  });

  it('keeps 控制在…以内 to its own clause: the target after the semicolon has no comparator', () => {
    const rows = read('今年主要预期目标是:城镇调查失业率控制在5.5%以内;居民消费价格涨幅3%左右。', '2024-01-25');
    expect(rows.map((r) => [r[0], r[6]])).toEqual([['城镇调查失业率', '<='], ['居民消费价格', null]]);
  });

  it('reads a section on the last five years over its span, and a change from one level to another at the span\'s ends', () => {
    expect(read('一、过去五年工作成绩\n1、全省生产总值从3.2万亿元增加到4.6万亿元。\n2、服务业比重由48.1%提高到52.3%,研发投入年均增长9%。\n二、2018年主要预期目标\n1、生产总值增长6.5%左右。', '2018-01-25')).toEqual([
      ['gdp', '2012', 'actual', '3.2', '万亿元', null, null],
      ['gdp', '2017', 'actual', '4.6', '万亿元', null, null],
      ['服务业比重', '2012', 'actual', '48.1', '%', null, null],
      ['服务业比重', '2017', 'actual', '52.3', '%', null, null],
      ['研发投入', '2013..2017', 'actual', null, null, '9', null],
      ['gdp', '2018', 'target', null, null, '6.5', null],
    ]);
  });
});
