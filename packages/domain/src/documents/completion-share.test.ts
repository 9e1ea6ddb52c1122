import { describe, expect, it } from 'vitest';
import { completionShareBase, isCompletionBaseWord, isCompletionBaseYear, namesOwnAmount } from './completion-share';
import { extractFigures } from './figures';
import { testContext } from './test-context';

const at = (text: string, word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;

describe('the base of a completion share, one grammar for the share, its plan word and its year', () => {
  it('names the base right before a share, with or without 的, with the plan\'s own amount, set by the city', () => {
    expect(completionShareBase('地区生产总值完成11.3亿元,占年计划的')).toBe('年计划');
    expect(completionShareBase('完成预算数')).toBe('预算数');
    expect(completionShareBase('完成全年目标任务8亿元的')).toBe('全年目标任务');
    expect(completionShareBase('分别完成市定全年目标的')).toBe('市定全年目标');
    expect(completionShareBase('完成市下达年度投资计划的')).toBe('市下达年度投资计划');
    expect(completionShareBase('达到年度目标的')).toBe('年度目标');
    expect(completionShareBase('同比增长')).toBeNull();
    expect(completionShareBase('占规上工业产值的')).toBeNull();
  });

  it('reads a plan or target word inside a base as no cue of the figure\'s kind, and one before its own amount as naming that amount only', () => {
    const share = '完成全年度目标的91.22%';
    expect(isCompletionBaseWord(share, ...at(share, '目标'))).toBe(true);
    const without = '占年度计划23%';
    expect(isCompletionBaseWord(without, ...at(without, '计划'))).toBe(true);
    // without 的, after 完成, the percentage may be the goal itself
    const goal = '力争完成全年目标任务30%以上';
    expect(isCompletionBaseWord(goal, ...at(goal, '目标'))).toBe(false);
    const own = '完成全年目标任务7家的114.29%';
    expect(namesOwnAmount(own, ...at(own, '目标'))).toBe(true);
    expect(isCompletionBaseWord('全年目标增长6%', 2, 4)).toBe(false);
  });

  it('reads the year of a base as no period of the figure, also when the city set the plan', () => {
    const share = '为年度投资计划的30.90%';
    expect(isCompletionBaseYear(share, ...at(share, '年'))).toBe(true);
    const set = '完成市下达年度计划的85%';
    expect(isCompletionBaseYear(set, ...at(set, '年'))).toBe(true);
    const year = '2024年完成投资50亿元';
    expect(isCompletionBaseYear(year, ...at(year, '2024年'))).toBe(false);
  });

  it('extracts a share of a plan the city set as an actual of the period in force, named by the plan', () => {
    const wuchang = { kind: 'organisation' as const, key: 'W', name: '武昌区' };
    const rows = extractFigures('1-9月，全区固定资产投资完成市下达年度计划的85%，同比增长6.1%。', testContext({ documentDate: '2024-10-20', defaultEntity: wuchang }))
      .map((f) => [f.indicator, f.period, f.kind, f.value, f.unit, f.yoy_pct]);
    expect(rows).toEqual([['市下达年度计划', '2024-01..09', 'actual', '85', '%', null], ['fixed_asset_investment', '2024-01..09', 'actual', null, null, '6.1']]);
  });
});
