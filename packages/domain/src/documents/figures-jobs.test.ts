import { describe, expect, it } from 'vitest';
import { readerOf } from './test-context';

// Forms of jobs releases read since the fortieth held-out set (figures invented).
const read = readerOf({ name: '全国', key: 'CN' }, ['indicator', 'period', 'kind', 'value', 'unit']);

describe('extractFigures: forms of jobs releases', () => {
  it('reads a whole year\'s target of the figure before it, a quarter\'s end as its last month, 去年同期为 as last year, 截至9月底 counts as of that month', () => {
    expect(read('今年1至9月,全国城镇新增就业820万人,为全年目标任务800万人的102%。三季度末,全国城镇登记失业率为4.1%,而去年同期为4.2%。截至9月底,全国74.7万户零就业家庭中,已有71万户实现至少一人就业。', '2007-11-15')).toEqual([
      ['new_urban_jobs', '2007-01..09', 'actual', '820', '万人'],
      ['new_urban_jobs', '2007', 'target', '800', '万人'],
      ['全年目标任务', '2007-01..09', 'actual', '102', '%'],
      ['registered_unemployment_rate', '2007-09', 'actual', '4.1', '%'],
      ['registered_unemployment_rate', '2006-09', 'actual', '4.2', '%'],
      ['零就业家庭', '2007-09', 'actual', '74.7', '万户'],
      ['零就业家庭', '2007-09', 'actual', '71', '万户'],
    ]);
  });

  it('reads 同比增加 alone as the change of the figure before, and a gap below another rate as the figure\'s', () => {
    expect(read('1至9月全国城镇新增就业1007万人,同比增加9万人;9月份,其中25-59岁人口调查失业率为4.7%,低于全国城镇调查失业率0.5个百分点。', '2018-11-01')).toEqual([
      ['new_urban_jobs', '2018-01..09', 'actual', '1007', '万人'],
      ['new_urban_jobs', '2018-01..09', 'actual', '9', '万人'],
      ['25-59岁人口调查失业率', '2018-09', 'actual', '4.7', '%'],
      ['25-59岁人口调查失业率', '2018-09', 'actual', '-0.5', '个百分点'],
    ]);
  });
});
