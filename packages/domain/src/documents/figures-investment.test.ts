import { describe, expect, it } from 'vitest';
import { readerOf } from './test-context';

// Forms of investment-attraction notes read since the forty-sixth held-out set (figures invented).
describe('extractFigures: forms of investment-attraction notes', () => {
  const read = readerOf({ name: '某市', key: 'X-CITY' }, ['entity', 'indicator', 'period', 'kind', 'value', 'unit', 'yoy_pct']);

  it('gives each place listed after 分别为 its part of the total before, or of the words before 分别', () => {
    expect(read('1-6月份全市亿元以上新签约项目100个,分别为:霍山县40个、市开发区35个、叶集区25个。各县区亿元以上新签约项目开工率分别为:霍山县90.1%、东湖高新区80%。', '2024-07-15').map((r) => r.slice(0, 5).concat([r[5]]))).toEqual([
      ['某市', '亿元以上新签约项目', '2024-01..06', 'actual', '100', '个'],
      ['霍山县', '亿元以上新签约项目', '2024-01..06', 'actual', '40', '个'],
      ['市开发区', '亿元以上新签约项目', '2024-01..06', 'actual', '35', '个'],
      ['叶集区', '亿元以上新签约项目', '2024-01..06', 'actual', '25', '个'],
      ['霍山县', '亿元以上新签约项目开工率', '2024-01..06', 'actual', '90.1', '%'],
      ['东湖高新区', '亿元以上新签约项目开工率', '2024-01..06', 'actual', '80', '%'],
    ]);
    // (a place known to the organisation tree is resolved to it)
    expect(readerOf({ name: '武汉市', key: '420100' }, ['entity'])('新签约项目30个,分别为:江岸区20个、江汉区10个。', '2024-07-15')).toEqual([['武汉市'], ['江岸区'], ['江汉区']]);
  });

  it('reads a target set by the city government written inside a completion share, of the year the figure is of', () => {
    expect(read('1—12月,我县招商引资项目共到位资金71.15亿元,完成市政府考核目标61亿元的117%,同比增长42%。', '2019-01-15').map((r) => r.slice(1))).toEqual([
      ['investment_funds_in_place', '2018', 'actual', '71.15', '亿元', '42'],
      ['investment_funds_in_place', '2018', 'target', '61', '亿元', null],
      ['市政府考核目标', '2018', 'actual', '117', '%', null],
    ]);
  });

  it('counts 批次, and 次 only as a place\'s part of a total listed by place', () => {
    const rows = read('1-6月份县区党政主要负责同志共外出招商195批次,分别为:舒城县35次、金安区33次。', '2024-07-15');
    expect(rows.map((r) => [r[0], r[4], r[5]])).toEqual([['某市', '195', '批次'], ['舒城县', '35', '次'], ['金安区', '33', '次']]);
    expect(new Set(rows.map((r) => r[1])).size).toBe(1);
    expect(read('对14个社会工作项目进行全方位、定制型的指导42次。', '2017-07-20').map((r) => r[5])).toEqual(['个']);
  });

  it('reads rates as of a month\'s end as of that month, and the projects\' fixed-asset investment as theirs', () => {
    expect(read('上半年,全省实际到位资金2800亿元。截至6月底,履约率达95%;开工率、投产率分别为86%和30%。', '2010-07-19').map((r) => [r[1], r[2]])).toEqual([
      ['investment_funds_in_place', '2010-H1'], ['履约率', '2010-06'], ['开工率', '2010-06'], ['投产率', '2010-06'],
    ]);
    expect(read('1-6月份,全市工业招商项目实际形成固定资产投资额100.66亿元。', '2023-07-20').map((r) => r[1])).toEqual(['工业招商项目实际形成固定资产投资额']);
  });
});

