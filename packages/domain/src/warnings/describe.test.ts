import { describe, it, expect } from 'vitest';
import { evaluateRule } from './evaluate';
import { cardColourLabel, describeReason } from './describe';
import { WARNING_PRESETS } from './presets';
import { history } from './test-helpers';
import type { WarningReason } from './types';

function firstReason(rules: (typeof WARNING_PRESETS)[keyof typeof WARNING_PRESETS], h: ReturnType<typeof history>): WarningReason {
  for (const rule of rules) {
    const card = evaluateRule(rule, h);
    if (card) return card.reason;
  }
  throw new Error('expected a card');
}

describe('describeReason', () => {
  const wuhanFeb = firstReason(WARNING_PRESETS.wuhan_major_projects, history([{ month: 2, completion: '12.85' }]));

  it('words the DOMAIN.md example in zh-CN', () => {
    expect(describeReason(wuhanFeb, 'zh-CN')).toBe('完成率12.85%，低于时序进度16.67%的80%（时序进度比77.1%）→ 黄牌');
  });

  it('words it in zh-TW and en', () => {
    expect(describeReason(wuhanFeb, 'zh-TW')).toBe('完成率12.85%，低於時序進度16.67%的80%（時序進度比77.1%）→ 黃牌');
    expect(describeReason(wuhanFeb, 'en')).toBe(
      'Completion 12.85%, below 80% of time progress 16.67% (progress ratio 77.1%) → yellow card',
    );
  });

  it('words points behind time progress (Yinchuan)', () => {
    const reason = firstReason(WARNING_PRESETS.yinchuan_traffic_lights, history([{ month: 6, completion: '15' }]));
    expect(describeReason(reason, 'zh-CN')).toBe('完成率15.00%，落后时序进度50.00%达35.00个百分点（超过30个百分点）→ 红牌');
    expect(describeReason(reason, 'en')).toBe('Completion 15.00%, 35.00 pp behind time progress 50.00% (more than 30 pp) → red card');
  });

  it('words runs of months', () => {
    const notStarted = { plannedToStart: true, started: false };
    const one = firstReason(WARNING_PRESETS.yinchuan_traffic_lights, history([{ month: 4, ...notStarted }]));
    expect(describeReason(one, 'zh-CN')).toBe('本月计划开工未开工→ 黄牌');
    const three = firstReason(
      WARNING_PRESETS.yinchuan_traffic_lights,
      history([{ month: 4, ...notStarted }, { month: 5, ...notStarted }, { month: 6, ...notStarted }]),
    );
    expect(describeReason(three, 'zh-CN')).toBe('计划开工未开工，已连续3个月→ 红牌');
    expect(describeReason(three, 'zh-TW')).toBe('計劃開工未開工，已連續3個月→ 紅牌');
    expect(describeReason(three, 'en')).toBe('Planned to start but not started for 3 months in a row → red card');
  });

  it('words a metric run and a plain metric (Sanya, county)', () => {
    const sanya = firstReason(
      WARNING_PRESETS.sanya,
      history([{ month: 5, monthlyTaskCompletion: 90 }, { month: 6, monthlyTaskCompletion: 95 }]),
    );
    expect(describeReason(sanya, 'zh-CN')).toBe('当月任务完成率低于100%，已连续2个月→ 红牌');
    const county = firstReason(WARNING_PRESETS.county_monthly_task, history([{ month: 3, monthlyTaskCompletion: '75' }]));
    expect(describeReason(county, 'zh-CN')).toBe('当月任务完成率75.00%，低于80%→ 列入观察');
    expect(describeReason(county, 'en')).toBe('Monthly task completion 75.00%, below 80% → watch list');
  });

  it('names card colours', () => {
    expect(cardColourLabel('red', 'zh-CN')).toBe('红牌');
    expect(cardColourLabel('yellow', 'zh-TW')).toBe('黃牌');
    expect(cardColourLabel('watch', 'en')).toBe('watch list');
  });
});
