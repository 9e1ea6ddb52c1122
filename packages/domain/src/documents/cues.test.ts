import { describe, expect, it } from 'vitest';
import { comparatorOf, findKindCues, growthSign, timeProgressSign } from './cues';

describe('cues', () => {
  it('reads the kind from the cue words', () => {
    const kinds = (text: string) => findKindCues(text).map((c) => c.kind);
    expect(kinds('力争一季度完成')).toEqual(['target']);
    expect(kinds('确保增长')).toEqual(['target']);
    expect(kinds('计划完成')).toEqual(['plan']);
    expect(kinds('拟开工')).toEqual(['plan']);
    expect(kinds('1-2月预计完成')).toEqual(['forecast']);
    expect(kinds('已完成')).toEqual(['actual']);
    // a target named as the base of a completion rate
    expect(kinds('完成全年度目标的91.22%')).toEqual(['actual']);
    expect(kinds('占年度计划的75%')).toEqual(['actual']);
    expect(kinds('完成目标任务的80%')).toEqual(['actual']);
    expect(kinds('目标完成率')).toEqual(['target']);
    expect(kinds('全年目标增长8%')).toEqual(['target']);
  });

  it('reads comparators before and after a number', () => {
    expect(comparatorOf('增长', '以上，')).toBe('>=');
    expect(comparatorOf('控制在', '以内')).toBe('<=');
    expect(comparatorOf('突破', '')).toBe('>=');
    expect(comparatorOf('超过', '')).toBe('>=');
    expect(comparatorOf('不超过', '')).toBe('<=');
    expect(comparatorOf('力争一季度完成投资', '')).toBe('>=');
    expect(comparatorOf('完成', '，')).toBeNull();
  });

  it('reads growth and its sign, not rates named with a growth word', () => {
    expect(growthSign('居民消费价格指数同比上涨')).toBe(1);
    expect(growthSign('同比增长')).toBe(1);
    expect(growthSign('增速')).toBe(1);
    expect(growthSign('同比下降')).toBe(-1);
    expect(growthSign('负增长')).toBe(-1);
    expect(growthSign('断崖式下跌')).toBe(-1);
    expect(growthSign('入驻率为')).toBeNull();
    expect(growthSign('能耗降低率')).toBeNull();
  });

  it('reads the gap to time progress with its sign', () => {
    expect(timeProgressSign('超时序进度')).toBe(1);
    expect(timeProgressSign('高于时序进度')).toBe(1);
    expect(timeProgressSign('低于时序进度')).toBe(-1);
    expect(timeProgressSign('增速相较上半年提升')).toBeNull();
  });
});

describe('growth written after the number or with its sign', () => {
  it('reads 录得…的跌幅, 升幅达, 年增 and 增长-8.7', () => {
    expect(growthSign('按年录得', '的跌幅')).toBe(-1);
    expect(growthSign('私人建筑投资录得', '之按年增幅')).toBe(1);
    expect(growthSign('整体服务出口升幅达')).toBe(1);
    expect(growthSign('工商登记家数年增')).toBe(1);
    expect(growthSign('比上年同期增长-')).toBe(-1);
    expect(growthSign('年减')).toBe(-1);
  });
  it('reads 成長 / 負成長 and a rate of growth as growth, 预测 as a forecast', () => {
    expect(growthSign('经济成长率为')).toBe(1);
    expect(growthSign('经济增长率为')).toBe(1);
    expect(growthSign('资本形成实质负成长')).toBe(-1);
    expect(findKindCues('预测全年增长').map((c) => c.kind)).toEqual(['forecast']);
  });
});
