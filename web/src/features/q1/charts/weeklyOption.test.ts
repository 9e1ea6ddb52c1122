import { describe, expect, it } from 'vitest';
import type { Q1Board, Q1Cell } from '@hongtu/contracts';
import { LIGHT_PALETTE } from '../../../components/charts/palette';
import { hasWeeks, targetPace, weeklyOption, type WeeklyChartTexts } from './weeklyOption';

// 2023: week 1 is 1 January alone, so the pace is counted in days (1 of 90, then 8 of 90 …).
const DAYS = [1, 8, 15, 22, 29, 36, 43, 50, 57, 64, 71, 78, 90];
const weeks: Q1Board['weeks'] = DAYS.map((days, i) => ({ week: i + 1, endDate: i === 12 ? '2023-03-31' : `2023-W${i + 1}`, pace: String((days * 100) / 90) }));
const indicator: Q1Board['indicators'][number] = { code: 'gdp', name: '地区生产总值 <b>', unit: 'yi_yuan', decimals: 2, direction: 'higher' };
const texts: WeeklyChartTexts = { ytd: '周累计', trajectory: '目标进度', week: (w) => `第${w}周`, endDate: (d) => `截至 ${d}` };
const cell: Q1Cell = {
  indicatorCode: 'gdp', annualTarget: '100', q1Share: '30', linear: false, q1Target: '26', monthlyYtd: null, monthlyMonth: null,
  weeklyYtd: '12.5', weeklyWeek: 3, ytd: '12.5', ytdSource: 'week', completion: '48.076923', expectedProgress: '23.076923',
  status: 'ahead', rank: 1,
  weeks: weeks.map((w, i) => ({
    week: w.week, ytdValue: w.week === 1 ? '3' : w.week === 3 ? '12.5' : null, note: null, version: w.week <= 3 ? 1 : 0,
    targetToDate: String((26 * DAYS[i]!) / 90),
  })),
};

/* eslint-disable @typescript-eslint/no-explicit-any -- reading into the ECharts option union */
describe('weeklyOption', () => {
  const option = weeklyOption(cell, indicator, weeks, texts, 'zh-CN');
  const series = option.series as any[];

  it('has one category per Q1 week', () => {
    expect((option.xAxis as any).data).toHaveLength(13);
    expect((option.xAxis as any).data[0]).toBe('第1周');
  });

  it('plots the weekly YTD as a line with gaps for weeks not recorded', () => {
    expect(series[0].type).toBe('line');
    expect(series[0].data.slice(0, 4)).toEqual([3, '-', 12.5, '-']);
    expect(series[0].lineStyle.color).toBe(LIGHT_PALETTE.primary);
  });

  it('draws the server\'s target pace, by calendar days, as a dashed line ending at the Q1 target', () => {
    expect(targetPace(cell, weeks).slice(0, 2)).toEqual([String(26 / 90), String((26 * 8) / 90)]);
    expect(targetPace({ ...cell, q1Target: null }, weeks).every((v) => v === null)).toBe(true);
    expect(series[1].lineStyle.type).toBe('dashed');
    expect(series[1].data[0]).toBeCloseTo(0.2889, 4);
    expect(series[1].data[12]).toBe(26);
    expect(weeklyOption({ ...cell, q1Target: null }, indicator, weeks, texts, 'zh-CN').series).toHaveLength(1);
  });

  it('writes the tooltip with the week, its end date and escapes the indicator name', () => {
    const html = ((option.tooltip as any).formatter as (p: unknown) => string)([{ dataIndex: 12 }]);
    expect(html).toContain('第13周');
    expect(html).toContain('截至 2023-03-31');
    expect(html).toContain('26.00 亿元');
    expect(html).toContain('地区生产总值 &lt;b&gt;');
  });

  it('knows when a cell has weekly figures', () => {
    expect(hasWeeks(cell)).toBe(true);
    expect(hasWeeks({ ...cell, weeks: cell.weeks.map((w) => ({ ...w, ytdValue: null })) })).toBe(false);
  });
});
