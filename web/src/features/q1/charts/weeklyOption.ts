// One district's Q1 year-to-date value of one indicator week by week (以周保月), against the
// target pace the server sends: Q1 target × days of Q1 passed by the week's end / days of Q1
// (dashed; packages/domain q1-pace.ts). Pure: texts and formatting come in as arguments.
import type { Locale, Q1Board, Q1Cell } from '@hongtu/contracts';
import { axisChartFrame } from '../../../components/charts/axisChartFrame';
import { LIGHT_PALETTE, type ChartPalette } from '../../../components/charts/palette';
import { tooltipHtml, type TooltipRow } from '../../../components/charts/tooltip';
import type { ChartOption } from '../../../components/charts/types';
import { fmtUnit, fmtValue, plot } from '../../../lib/format';

export interface WeeklyChartTexts {
  ytd: string;
  trajectory: string;
  week: (week: number) => string;
  endDate: (date: string) => string;
}

type Indicator = Q1Board['indicators'][number];
type Week = Q1Board['weeks'][number];

/** Where the unit should be by each week's end (the server's pace by calendar days); null without a Q1 target. */
export function targetPace(cell: Q1Cell, weeks: readonly Week[]): (string | null)[] {
  return weeks.map((w) => (cell.q1Target === null ? null : (cell.weeks.find((v) => v.week === w.week)?.targetToDate ?? null)));
}

/** True when the cell has at least one weekly figure. */
export function hasWeeks(cell: Q1Cell): boolean {
  return cell.weeks.some((w) => w.ytdValue !== null);
}

export function weeklyOption(
  cell: Q1Cell, indicator: Indicator, weeks: readonly Week[], texts: WeeklyChartTexts, locale: Locale, palette: ChartPalette = LIGHT_PALETTE,
): ChartOption {
  const axisText = { color: palette.subtext, fontSize: palette.fontSize, fontFamily: palette.fontFamily };
  const values = weeks.map((w) => cell.weeks.find((v) => v.week === w.week)?.ytdValue ?? null);
  const pace = targetPace(cell, weeks);
  const series: NonNullable<ChartOption['series']> = [
    {
      type: 'line',
      name: texts.ytd,
      data: values.map((v) => plot(v) ?? '-'),
      lineStyle: { width: 2, color: palette.primary },
      itemStyle: { color: palette.primary },
      symbolSize: 7,
      connectNulls: true,
    },
  ];
  if (cell.q1Target !== null) {
    series.push({
      type: 'line',
      name: texts.trajectory,
      data: pace.map((v) => plot(v) ?? '-'),
      lineStyle: { type: 'dashed', width: 2, color: palette.target },
      itemStyle: { color: palette.target },
      symbol: 'none',
    });
  }
  const { unit, decimals } = indicator;
  const tooltipFor = (index: number): string => {
    const w = weeks[index];
    if (!w) return '';
    const rows: TooltipRow[] = [{ label: texts.ytd, value: fmtValue(values[index] ?? null, unit, locale, decimals), colour: palette.primary }];
    const p = pace[index] ?? null;
    if (p !== null) rows.push({ label: texts.trajectory, value: fmtValue(p, unit, locale, decimals), colour: palette.target });
    return tooltipHtml(`${indicator.name} · ${texts.week(w.week)} · ${texts.endDate(w.endDate)}`, rows);
  };
  return {
    ...axisChartFrame(palette, tooltipFor),
    xAxis: {
      type: 'category',
      data: weeks.map((w) => texts.week(w.week)),
      axisLabel: axisText,
      axisLine: { lineStyle: { color: palette.axisLine } },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      name: fmtUnit(unit, locale),
      nameTextStyle: axisText,
      axisLabel: axisText,
      splitLine: { lineStyle: { color: palette.splitLine } },
    },
    series,
  };
}
