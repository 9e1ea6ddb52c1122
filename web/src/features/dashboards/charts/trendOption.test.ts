import { describe, expect, it } from 'vitest';
import { LIGHT_PALETTE } from '../../../components/charts/palette';
import { districtIndicator, trendTexts } from './fixtures';
import { hasTrend, trendOption } from './trendOption';

/* eslint-disable @typescript-eslint/no-explicit-any -- reading into the ECharts option union */
describe('trendOption', () => {
  const option = trendOption(districtIndicator, 2026, trendTexts, 'zh-CN');
  const series = option.series as any[];

  it('has one category per month', () => {
    expect((option.xAxis as any).data).toEqual(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
  });

  it('plots the YTD figures as bars, empty for months not reported yet', () => {
    expect(series[0].type).toBe('bar');
    expect(series[0].data.slice(0, 4).map((d: any) => d.value)).toEqual([121.19, 225.03, 363.14, '-']);
    // behind time progress every month → the plain colour
    expect(series[0].data[0].itemStyle.color).toBe(LIGHT_PALETTE.primary);
  });

  it('draws the target trajectory for the whole year as a dashed line', () => {
    expect(series[1].name).toBe('目标进度');
    expect(series[1].lineStyle.type).toBe('dashed');
    expect(series[1].data[0]).toBe(125.75);
    expect(series[1].data[11]).toBe(1509);
  });

  it('draws the lines straight between the months (no smoothing that invents peaks)', () => {
    const lines = series.filter((s) => s.type === 'line');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.smooth ?? false).toBe(false);
  });

  it('draws the growth on the right axis', () => {
    expect(series[2].yAxisIndex).toBe(1);
    expect(series[2].data.slice(0, 3)).toEqual([7.7, 8, 8.5]);
  });

  it('writes the tooltip with the period label and escapes the indicator name', () => {
    const html = ((option.tooltip as any).formatter as (p: unknown) => string)([{ dataIndex: 2 }]);
    expect(html).toContain('2026年一季度');
    expect(html).toContain('363.14 亿元');
    expect(html).toContain('377.25 亿元');
    expect(html).toContain('24.06%');
    expect(html).toContain('-0.94 个百分点');
    expect(html).toContain('+8.5%');
    // Growth 8.5 % against the 7 % target: +1.5 percentage points.
    expect(html).toContain('较增长目标');
    expect(html).toContain('+1.5 个百分点');
    expect(html).not.toContain('<b>生产</b>');
    expect(html).toContain('&lt;b&gt;生产&lt;/b&gt;');
  });

  it('shows the month value labelled computed, and a ceiling met or not', () => {
    const withMonth = { ...districtIndicator, months: districtIndicator.months.map((m, i) => (i === 2 ? { ...m, monthValue: '138.11', amountMet: false } : m)) };
    const html = ((trendOption(withMonth, 2026, trendTexts, 'zh-CN').tooltip as any).formatter as (p: unknown) => string)([{ dataIndex: 2 }]);
    expect(html).toContain('当月（计算）');
    expect(html).toContain('138.11 亿元');
    expect(html).toContain('未达标');
  });

  it('names the source of the month’s figure, with the document and its sentence', () => {
    const format = (option.tooltip as any).formatter as (p: unknown) => string;
    expect(format([{ dataIndex: 0 }])).toContain('模拟数据');
    const fromDocument = {
      ...districtIndicator,
      months: districtIndicator.months.map((m, i) =>
        i === 2 ? { ...m, source: 'document' as const, sourceRef: '004_x.txt', sourceQuote: 'GDP<b>完成</b>1202亿元、增速4.5%,增速相较上半年提升1.3个百分点;全区经济稳中向好态势持续巩固' } : m,
      ),
    };
    const html = ((trendOption(fromDocument, 2022, trendTexts, 'zh-CN').tooltip as any).formatter as (p: unknown) => string)([{ dataIndex: 2 }]);
    expect(html).toContain('文件摘录 · 004_x.txt');
    expect(html).toContain('GDP&lt;b&gt;完成&lt;/b&gt;1202亿元');
    expect(html).toContain('…');
    expect(html).not.toContain('<b>完成');
  });

  it('leaves out the target line when there is no amount target', () => {
    const noTarget = { ...districtIndicator, amountTarget: null, months: districtIndicator.months.map((m) => ({ ...m, targetTrajectory: null, completion: null })) };
    const s = trendOption(noTarget, 2026, trendTexts, 'zh-CN').series as any[];
    expect(s.map((x) => x.name)).toEqual(['累计完成', '同比增速']);
  });

  it('knows when a district has nothing to show', () => {
    expect(hasTrend(districtIndicator)).toBe(true);
    expect(hasTrend({ ...districtIndicator, months: districtIndicator.months.map((m) => ({ ...m, ytdValue: null })) })).toBe(false);
  });
});
