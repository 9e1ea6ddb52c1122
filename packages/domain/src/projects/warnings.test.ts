import { describe, expect, it } from 'vitest';
import { WARNING_PRESETS } from '../warnings/presets';
import type { WarningRule } from '../warnings/types';
import { describeReason } from '../warnings/describe';
import { describeStall, monthsWithoutReport, projectMonthRecords, projectWarnings, type ProjectWarningFacts } from './warnings';

/** 万元 as stored (× 10^6). */
const wan = (n: number) => BigInt(n) * 1_000_000n;
const wuhan = WARNING_PRESETS.wuhan_major_projects;
const yinchuan = WARNING_PRESETS.yinchuan_traffic_lights;
const sanya = WARNING_PRESETS.sanya;

/** A project started in 2025 with a 12,000 万元 plan for 2026 (linear: 1,000 a month). */
const facts = (change: Partial<ProjectWarningFacts> = {}): ProjectWarningFacts => ({
  id: '1', orgId: '420106', planYear: 2026, annualPlan: wan(12_000), schedule: null,
  plannedStart: '2025-03-01', actualStart: '2025-03-18', actualCompletion: null, reports: [], ...change,
});
const ytd = (month: number, amount: number, inStatistics = true) => ({ month, ytdInvestment: wan(amount), inStatistics });

describe('project warnings from the presets', () => {
  it('Wuhan: below 60 % of time progress is red, below 80 % yellow, exactly 80 % nothing', () => {
    // March: time progress 25 %, plan to date 3,000.
    const at = (amount: number) => projectWarnings(wuhan, facts({ reports: [ytd(3, amount)] }), 3);
    expect(at(1_790)).toMatchObject({ colour: 'red', kinds: ['behind'] });
    expect(at(1_800)).toMatchObject({ colour: 'yellow', kinds: ['behind'] });
    expect(at(2_400)).toMatchObject({ colour: null, kinds: [] });
    const card = at(1_500).cards[0]!;
    expect(card).toMatchObject({ ruleId: 'wuhan.progress_ratio', projectId: '1', period: { year: 2026, month: 3 } });
    expect(describeReason(card.reason, 'zh-CN')).toContain('红牌');
    expect(describeReason(card.reason, 'zh-CN')).toContain('60%');
  });

  it('follows the plan\'s own schedule rather than the calendar', () => {
    const schedule = { kind: 'quarterly' as const, cumulative: [10n, 50n, 75n, 100n].map((s) => s * 10n ** 30n) };
    // Q1 share 10 %: 1,000 by March is on time, though the calendar would say 25 %.
    expect(projectWarnings(wuhan, facts({ schedule, reports: [ytd(3, 1_000)] }), 3).colour).toBeNull();
    expect(projectWarnings(wuhan, facts({ reports: [ytd(3, 1_000)] }), 3).colour).toBe('red');
  });

  it('Yinchuan: planned to start and not started is yellow, three months in a row red', () => {
    const pending = facts({ plannedStart: '2026-02-10', actualStart: null });
    expect(projectWarnings(yinchuan, pending, 1).kinds).toEqual([]);
    expect(projectWarnings(yinchuan, pending, 2)).toMatchObject({ colour: 'yellow', kinds: ['not_started'] });
    expect(projectWarnings(yinchuan, pending, 4)).toMatchObject({ colour: 'red', kinds: ['not_started'] });
    // Started in April: nothing in April.
    expect(projectWarnings(yinchuan, { ...pending, actualStart: '2026-04-02', reports: [ytd(4, 4_000)] }, 4).kinds).toEqual([]);
  });

  it('Yinchuan: started and not in statistics is yellow, from the third month red; a month without report breaks the run', () => {
    const outside = facts({ reports: [ytd(1, 1_000, false), ytd(2, 2_000, false), ytd(3, 3_000, false)] });
    expect(projectWarnings(yinchuan, outside, 1)).toMatchObject({ kinds: ['not_in_statistics'], colour: 'yellow' });
    expect(projectWarnings(yinchuan, outside, 3)).toMatchObject({ kinds: ['not_in_statistics'], colour: 'red' });
    const gap = facts({ reports: [ytd(1, 1_000, false), ytd(3, 3_000, false)] });
    expect(projectWarnings(yinchuan, gap, 3).colour).toBe('yellow');
  });

  it('Sanya: behind by up to half is yellow, more is red', () => {
    expect(projectWarnings(sanya, facts({ reports: [ytd(6, 5_999)] }), 6).colour).toBe('yellow');
    expect(projectWarnings(sanya, facts({ reports: [ytd(6, 2_999)] }), 6).colour).toBe('red');
    expect(projectWarnings(sanya, facts({ reports: [ytd(6, 6_000)] }), 6).colour).toBeNull();
  });

  it('unknown facts raise nothing: no planned start, no report, and rules on growth or monthly tasks', () => {
    const rules: WarningRule[] = [...WARNING_PRESETS.target_defaults, ...WARNING_PRESETS.county_monthly_task, ...yinchuan];
    expect(projectWarnings(rules, facts({ plannedStart: null, actualStart: null }), 6, 12)).toMatchObject({ kinds: [], colour: null });
  });

  it('a rule scoped away from investment does not reach projects', () => {
    const gdpOnly: WarningRule[] = wuhan.map((r) => ({ ...r, scope: { indicatorCodes: ['gdp'] } }));
    expect(projectWarnings(gdpOnly, facts({ reports: [ytd(3, 100)] }), 3).colour).toBeNull();
  });
});

describe('stalled projects', () => {
  it('counts the months in a row without a report since January or the start', () => {
    expect(monthsWithoutReport(facts({ reports: [ytd(1, 1_000)] }), 4)).toBe(3);
    expect(monthsWithoutReport(facts({ reports: [ytd(4, 4_000)] }), 4)).toBe(0);
    expect(monthsWithoutReport(facts({ actualStart: '2026-03-05' }), 5)).toBe(3);
    expect(monthsWithoutReport(facts({ actualStart: null }), 5)).toBe(0);
    expect(monthsWithoutReport(facts({ actualStart: '2026-07-01' }), 5)).toBe(0);
  });

  it('is yellow at the configured number of months, red at twice as many, and never for a completed project', () => {
    expect(projectWarnings([], facts({ reports: [ytd(1, 1_000)] }), 2).kinds).toEqual([]);
    expect(projectWarnings([], facts({ reports: [ytd(1, 1_000)] }), 3)).toMatchObject({ kinds: ['stalled'], colour: 'yellow', stalled: { months: 2 } });
    expect(projectWarnings([], facts({ reports: [ytd(1, 1_000)] }), 5)).toMatchObject({ colour: 'red', stalled: { months: 4, colour: 'red' } });
    expect(projectWarnings([], facts({ reports: [ytd(1, 1_000)] }), 5, 6).kinds).toEqual([]);
    expect(projectWarnings([], facts({ actualCompletion: '2026-02-20' }), 5).kinds).toEqual([]);
  });

  it('says so in three languages', () => {
    expect(describeStall({ colour: 'yellow', months: 3 }, 'zh-CN')).toBe('已开工，连续3个月未报送月度进展 → 黄牌');
    expect(describeStall({ colour: 'red', months: 4 }, 'zh-TW')).toContain('紅牌');
    expect(describeStall({ colour: 'yellow', months: 1 }, 'en')).toContain('1 month in a row');
  });
});

describe('the months the engine reads', () => {
  it('knows started and planned from the dates, statistics and completion only from a report', () => {
    const months = projectMonthRecords(facts({ plannedStart: '2026-02-01', actualStart: '2026-03-31', reports: [ytd(3, 3_000, false)] }), 3);
    expect(months.map((m) => [m.plannedToStart, m.started, m.inStatistics])).toEqual([[false, false, null], [true, false, null], [true, true, false]]);
    expect(months[2]!.completion).toBe(25n * 10n ** 30n);
    expect(months[0]!.completion).toBeNull();
  });
});
