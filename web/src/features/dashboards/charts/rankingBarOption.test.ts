import { describe, expect, it } from 'vitest';
import type { Ranking } from '@hongtu/contracts';
import { DARK_PALETTE, LIGHT_PALETTE } from '../../../components/charts/palette';
import { CARD_HEX } from '../cards';
import { ranking, rankingTexts } from './fixtures';
import { hasTargetMarkers, rankingBarOption, targetMarker } from './rankingBarOption';

/* eslint-disable @typescript-eslint/no-explicit-any -- reading into the ECharts option union */
const seriesOf = (option: ReturnType<typeof rankingBarOption>) => option.series as any[];
const tooltipFormatter = (option: ReturnType<typeof rankingBarOption>) => (option.tooltip as any).formatter as (p: unknown) => string;

describe('rankingBarOption', () => {
  const option = rankingBarOption(ranking, rankingTexts, 'zh-CN');

  it('puts the districts on the category axis in the ranking order, rank 1 on top', () => {
    const yAxis = option.yAxis as any;
    expect(yAxis.type).toBe('category');
    expect(yAxis.inverse).toBe(true);
    expect(yAxis.data).toEqual(['蔡甸区', '武昌区', '<script>alert(1)</script>区', '空白区']);
  });

  it('plots the values as numbers and leaves a gap for a district without a figure', () => {
    const bars = seriesOf(option)[0];
    expect(bars.type).toBe('bar');
    expect(bars.data.map((d: any) => d.value)).toEqual([87.617978, 63.564252, 40, '-']);
  });

  it('colours a carded district by its card, the others by time progress', () => {
    const colours = seriesOf(option)[0].data.map((d: any) => d.itemStyle.color);
    expect(colours[0]).toBe(LIGHT_PALETTE.ahead); // 87.6 % ≥ 75 %
    expect(colours[1]).toBe(LIGHT_PALETTE.primary); // 63.6 % < 75 %, no card
    expect(colours[2]).toBe(CARD_HEX.red.solid);
  });

  it('draws the time-progress line, the annual target and the average for completion', () => {
    const lines = seriesOf(option)[0].markLine.data as any[];
    expect(lines.map((l) => l.xAxis)).toEqual([75, 100, 61.15296]);
    expect(lines[0].label.formatter).toBe('时序进度 75.00%');
    expect(lines[1].label.show).toBe(false);
    expect(lines[2].label.show).toBe(false);
  });

  it('marks a district’s own time progress only where its target schedule moves it off the line', () => {
    expect(seriesOf(option)[1].type).toBe('scatter');
    expect(seriesOf(option)[1].data).toEqual([]);
    expect(hasTargetMarkers(ranking)).toBe(false);
    // a Q1 ≥ 30 % schedule: the district should be at 80 % by the end of September
    const scheduled: Ranking = { ...ranking, rows: ranking.rows.map((r, i) => (i === 1 ? { ...r, timeProgress: '80' } : r)) };
    expect(seriesOf(rankingBarOption(scheduled, rankingTexts, 'zh-CN'))[1].data).toEqual([[80, 1]]);
    expect(hasTargetMarkers(scheduled)).toBe(true);
  });

  it('labels bars in the measure’s form', () => {
    const format = seriesOf(option)[0].label.formatter as (p: unknown) => string;
    expect(format({ dataIndex: 1 })).toBe('63.56%');
    expect(format({ dataIndex: 3 })).toBe('');
  });

  it('escapes HTML in the tooltip (a district named <script>)', () => {
    const html = tooltipFormatter(option)([{ dataIndex: 2, seriesType: 'bar' }]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;区 · 第3名');
    expect(html).toContain('400.00 亿元');
    expect(html).toContain('红牌');
  });

  it('formats the tooltip figures as users write them', () => {
    const html = tooltipFormatter(option)([{ dataIndex: 1, seriesType: 'bar' }]);
    expect(html).toContain('1202.00 亿元');
    expect(html).toContain('1891.00 亿元');
    expect(html).toContain('63.56%');
    expect(html).toContain('75.00%');
  });

  it('marks the target to date in amounts for the YTD measure and draws no time-progress line', () => {
    const byValue: Ranking = { ...ranking, measure: 'ytdValue', rows: ranking.rows.map((r) => ({ ...r, value: r.ytdValue })) };
    const o = rankingBarOption(byValue, rankingTexts, 'zh-CN');
    // 1891 × 75 % = 1418.25
    expect(targetMarker(byValue.rows[1]!, byValue)).toBe('1418.25');
    expect(seriesOf(o)[1].data).toContainEqual([1418.25, 1]);
    expect((seriesOf(o)[0].markLine.data as any[]).map((l) => l.xAxis)).toEqual([61.15296]);
    expect(hasTargetMarkers(byValue)).toBe(true);
    expect((o.xAxis as any).name).toBe('亿元');
  });

  it('puts the zero line at time progress for the gap measure', () => {
    const byGap: Ranking = { ...ranking, measure: 'progressGap', average: null };
    const lines = seriesOf(rankingBarOption(byGap, rankingTexts, 'zh-CN'))[0].markLine.data as any[];
    expect(lines).toHaveLength(1);
    expect(lines[0].xAxis).toBe(0);
  });

  it('adds a zoom slider only when the districts do not fit', () => {
    expect(option.dataZoom).toEqual([]);
    const many: Ranking = { ...ranking, rows: Array.from({ length: 30 }, (_, i) => ({ ...ranking.rows[0]!, organisationId: i, organisationName: `区${i}` })) };
    expect((rankingBarOption(many, rankingTexts, 'zh-CN').dataZoom as any[]).length).toBe(2);
  });

  it('uses the big-screen palette when given', () => {
    const dark = rankingBarOption(ranking, rankingTexts, 'zh-CN', DARK_PALETTE);
    expect((dark.yAxis as any).axisLabel.fontSize).toBe(DARK_PALETTE.fontSize);
  });
});
