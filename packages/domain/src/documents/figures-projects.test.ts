import { describe, expect, it } from 'vitest';
import { readerOf } from './test-context';

// Forms of key-project notes read since the forty-fifth held-out set (figures invented).
describe('extractFigures: forms of key-project notes', () => {
  const read = readerOf({ name: '某县', key: 'X-COUNTY' }, ['indicator', 'period', 'kind', 'value', 'unit']);

  it('reads 1-12月份 as the whole year', () => {
    expect(read('2021年,1-12月份,全县重点工程完成投资70亿元。', '2022-01-21').map((r) => r[1])).toEqual(['2021']);
  });

  it('reads the total investment of a year\'s projects as of the year, of projects started in a period as of the period', () => {
    expect(read('2023年县级重点项目共500项,总投资2900亿元,年度计划投资560亿元,1-6月累计完成投资360亿元;其中:在建项目180项,总投资1300亿元;计划新开工项目150项,总投资500亿元。', '2023-07-12').filter((r) => /总投资$/.test(String(r[0]))).map((r) => [r[1], r[3]])).toEqual([
      ['2023', '2900'], ['2023', '1300'], ['2023', '500'],
    ]);
    expect(read('一季度新开工重大项目20个,总投资200亿元。', '2019-04-17').map((r) => [r[0], r[1]])).toEqual([['新开工重大项目', '2019-Q1'], ['总投资', '2019-Q1']]);
  });

  it('names a count in brackets after a count as a part of what that counts', () => {
    expect(read('2021年,全县建设项目27项(省级6项、市级5项、县级16项),前期项目3项(市级2项、县级1项)。', '2022-01-21').map((r) => [r[0], r[3]])).toEqual([
      ['建设项目', '27'], ['省级建设项目', '6'], ['市级建设项目', '5'], ['县级建设项目', '16'],
      ['前期项目', '3'], ['市级前期项目', '2'], ['县级前期项目', '1'],
    ]);
  });

  it('gives a bare 完成投资 to the projects a count opening the paragraph names, not to the parts listed after 其中', () => {
    const text = '1-9月份,300个州重点建设项目累计开复工280个。其中,140个续建项目已全面复工;160个新开项目已开工140个。累计完成投资470亿元,为年投资计划的74.1%。';
    expect(read(text, '2021-10-18').filter((r) => r[4] === '亿元').map((r) => [r[0], r[1]])).toEqual([['州重点建设项目完成投资', '2021-01..09']]);
  });

  it('reads 超均衡进度 as the gap to time progress, and a bare 完成投资 of works whose progress the paragraph reports', () => {
    const withGap = readerOf({ name: '某市', key: 'X-CITY' }, ['indicator', 'value', 'unit', 'vs_time_progress_pp']);
    expect(withGap('2016年1-10月,市重点项目完成投资328.4亿元,完成年度计划的85.1%,超均衡进度1.8个百分点。', '2016-11-15')).toEqual([
      ['市重点项目完成投资', '328.4', '亿元', null],
      ['年度计划', '85.1', '%', '1.8'],
    ]);
    expect(read('截止目前,全县重点工程进展顺利,1-12月份,完成投资77.57亿元,投资完成率122.6%。', '2022-01-21').map((r) => r[0])).toEqual(['重点工程完成投资', '投资完成率']);
  });

  it('reads counts to 截至8月 as of that month, without the inner count in their name, and a bare 完成投资 after the projects as theirs', () => {
    const entityRead = readerOf({ name: '某州', key: 'X-PREF' }, ['entity', 'indicator', 'period', 'value', 'unit']);
    expect(entityRead('1至9月,全州固定资产投资预计增长12%。截至8月,州级120项重点建设项目共开复工96项,开复工率为80%;完成投资56.2亿元。', '2016-10-20').slice(1)).toEqual([
      ['某州', '重点建设项目', '2016-08', '120', '项'],
      ['某州', '州级重点建设项目开复工', '2016-08', '96', '项'],
      ['某州', '开复工率', '2016-08', '80', '%'],
      ['某州', '重点建设项目完成投资', '2016-01..08', '56.2', '亿元'],
    ]);
  });

  it('reads short names of places announced by 各县(市、区) before 分别为 as the places of the figures', () => {
    const entityRead = readerOf({ name: '某市', key: 'X-CITY' }, ['entity', 'indicator', 'period', 'value', 'unit']);
    expect(entityRead('1-8月,各县(市、区)在建项目完成投资均超过序时进度,分别为:东城81.5%、西岭76.2%和南湖70.1%。', '2017-09-12')).toEqual([
      ['东城', '在建项目完成投资', '2017-01..08', '81.5', '%'],
      ['西岭', '在建项目完成投资', '2017-01..08', '76.2', '%'],
      ['南湖', '在建项目完成投资', '2017-01..08', '70.1', '%'],
    ]);
  });
});

