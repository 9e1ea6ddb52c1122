import { describe, it, expect } from 'vitest';
import { evaluateRule } from './evaluate';
import { WARNING_PRESETS } from './presets';
import { cardVerdict, shortReason } from './short-reason';
import { history } from './test-helpers';
import type { WarningReason } from './types';

function firstReason(rules: (typeof WARNING_PRESETS)[keyof typeof WARNING_PRESETS], h: ReturnType<typeof history>): WarningReason {
  for (const rule of rules) {
    const card = evaluateRule(rule, h);
    if (card) return card.reason;
  }
  throw new Error('expected a card');
}

describe('shortReason (bulletin wording)', () => {
  // June: time progress 50%; completion 25.15% is 50.3% of it, below the red line of 60%.
  const wuhanJune = firstReason(WARNING_PRESETS.wuhan_major_projects, history([{ month: 6, completion: '25.15' }]));

  it('words the progress ratio as the bulletin does, one decimal, ending with the card', () => {
    expect(shortReason(wuhanJune, 'zh-CN')).toBe('完成时序进度的50.3%，低于60%，亮红牌');
    expect(shortReason(wuhanJune, 'zh-TW')).toBe('完成時序進度的50.3%，低於60%，亮紅牌');
    expect(shortReason(wuhanJune, 'en')).toBe('50.3% of time progress done, below 60%, red card');
  });

  it('rounds the measured value half up to one decimal and keeps the threshold without trailing zeros', () => {
    // February: 16.666…%; 12.85 / 16.666… = 77.1%.
    const feb = firstReason(WARNING_PRESETS.wuhan_major_projects, history([{ month: 2, completion: '12.85' }]));
    expect(shortReason(feb, 'zh-CN')).toBe('完成时序进度的77.1%，低于80%，亮黄牌');
  });

  it('words points behind time progress in percentage points', () => {
    const reason = firstReason(WARNING_PRESETS.yinchuan_traffic_lights, history([{ month: 6, completion: '15' }]));
    expect(shortReason(reason, 'zh-CN')).toBe('落后时序进度35.0个百分点，超过30个百分点，亮红牌');
    expect(shortReason(reason, 'en')).toBe('35.0 pp behind time progress, over 30 pp, red card');
  });

  it('leads a run with its length (连续N个月) and a one-month run with the condition alone', () => {
    const notStarted = { plannedToStart: true, started: false };
    const one = firstReason(WARNING_PRESETS.yinchuan_traffic_lights, history([{ month: 4, ...notStarted }]));
    expect(shortReason(one, 'zh-CN')).toBe('计划开工未开工，亮黄牌');
    const three = firstReason(
      WARNING_PRESETS.yinchuan_traffic_lights,
      history([{ month: 4, ...notStarted }, { month: 5, ...notStarted }, { month: 6, ...notStarted }]),
    );
    expect(shortReason(three, 'zh-CN')).toBe('连续3个月计划开工未开工，亮红牌');
    expect(shortReason(three, 'zh-TW')).toBe('連續3個月計劃開工未開工，亮紅牌');
    expect(shortReason(three, 'en')).toBe('Planned but not started for 3 months in a row, red card');
  });

  it('words a metric run and a plain metric (Sanya, county)', () => {
    const sanya = firstReason(WARNING_PRESETS.sanya, history([{ month: 5, monthlyTaskCompletion: 90 }, { month: 6, monthlyTaskCompletion: 95 }]));
    expect(shortReason(sanya, 'zh-CN')).toBe('连续2个月当月任务完成率低于100%，亮红牌');
    const county = firstReason(WARNING_PRESETS.county_monthly_task, history([{ month: 3, monthlyTaskCompletion: '75' }]));
    expect(shortReason(county, 'zh-CN')).toBe('当月任务完成75.0%，低于80%，列入观察');
    expect(shortReason(county, 'en')).toBe("Month's task 75.0% done, below 80%, watch list");
  });

  it('is shorter than the long reason it replaces on the board', () => {
    expect(shortReason(wuhanJune, 'zh-CN').length).toBeLessThan(25);
  });

  it('names what a card means', () => {
    expect(cardVerdict('red', 'zh-CN')).toBe('亮红牌');
    expect(cardVerdict('yellow', 'zh-TW')).toBe('亮黃牌');
    expect(cardVerdict('watch', 'en')).toBe('watch list');
  });
});
