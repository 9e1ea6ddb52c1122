// One indicator of one district through the year: the monthly year-to-date figure (bars) against
// the target trajectory (amount target × time progress of each month, dashed line) and the
// year-on-year growth (line, right axis). DOMAIN.md "Rhythm of the year": districts report YTD
// cumulative figures monthly.
import type { DistrictDashboard, Locale } from '@hongtu/contracts';
import { periodLabel } from '@hongtu/domain';
import { fmtPercent, fmtUnit, fmtValue, plot } from '../../../lib/format';
import { axisChartFrame } from '../../../components/charts/axisChartFrame';
import { LIGHT_PALETTE, type ChartPalette } from '../../../components/charts/palette';
import { tooltipHtml, type TooltipRow } from '../../../components/charts/tooltip';
import type { ChartOption } from '../../../components/charts/types';
import { fmtGrowth, fmtGrowthGap, fmtPoints, isAhead } from '../format';

export type DistrictIndicator = DistrictDashboard['indicators'][number];
type Month = DistrictIndicator['months'][number];

export interface TrendChartTexts {
  source: string;
  sources: Record<'document' | 'synthetic' | 'entered' | 'imported', string>;
  ytd: string;
  targetTrajectory: string;
  target: string;
  growth: string;
  completion: string;
  timeProgress: string;
  progressGap: string;
  /** "当月（计算）": the month's own value, computed from two year-to-date figures. */
  monthValue: string;
  /** "较增长目标" and "达标 / 未达标" of a ceiling. */
  growthGap: string;
  met: (met: boolean) => string;
  month: (month: number) => string;
}

/** A document quote in a tooltip is cut to this many characters (the full sentence is in the source popovers). */
const QUOTE_MAX = 40;

/** True when the indicator has at least one figure in the year. */
export function hasTrend(indicator: DistrictIndicator): boolean {
  return indicator.months.some((m) => m.ytdValue !== null);
}

function tooltipRows(m: Month, ind: DistrictIndicator, texts: TrendChartTexts, locale: Locale, palette: ChartPalette): TooltipRow[] {
  const { unit, decimals } = ind.indicator;
  const rows: TooltipRow[] = [{ label: texts.ytd, value: fmtValue(m.ytdValue, unit, locale, decimals), colour: palette.primary }];
  if (m.monthValue !== null) rows.push({ label: texts.monthValue, value: fmtValue(m.monthValue, unit, locale, decimals) });
  if (m.targetTrajectory !== null) rows.push({ label: texts.targetTrajectory, value: fmtValue(m.targetTrajectory, unit, locale, decimals), colour: palette.target });
  if (m.completion !== null) {
    rows.push({ label: texts.completion, value: fmtPercent(m.completion) });
    rows.push({ label: texts.timeProgress, value: fmtPercent(m.timeProgress) });
    rows.push({ label: texts.progressGap, value: fmtPoints(m.progressGap, locale) });
  }
  if (m.amountMet !== null) rows.push({ label: texts.target, value: texts.met(m.amountMet) });
  rows.push({ label: texts.growth, value: fmtGrowth(m.growth ?? m.reportedYoy ?? m.yoy, unit, locale), colour: palette.growth });
  if (m.growthGap !== null) rows.push({ label: texts.growthGap, value: fmtGrowthGap(m.growthGap, locale) });
  if (m.source !== null) rows.push({ label: texts.source, value: m.sourceRef ? `${texts.sources[m.source]} · ${m.sourceRef}` : texts.sources[m.source] });
  if (m.sourceQuote) rows.push({ label: '', value: m.sourceQuote.length > QUOTE_MAX ? `${m.sourceQuote.slice(0, QUOTE_MAX)}…` : m.sourceQuote });
  return rows;
}

export function trendOption(ind: DistrictIndicator, year: number, texts: TrendChartTexts, locale: Locale, palette: ChartPalette = LIGHT_PALETTE): ChartOption {
  const months = ind.months;
  const axisText = { color: palette.subtext, fontSize: palette.fontSize, fontFamily: palette.fontFamily };
  const hasTarget = months.some((m) => m.targetTrajectory !== null);
  const hasGrowth = months.some((m) => (m.reportedYoy ?? m.yoy) !== null);
  const series: NonNullable<ChartOption['series']> = [
    {
      type: 'bar',
      name: texts.ytd,
      barMaxWidth: palette.fontSize * 2,
      data: months.map((m) => ({
        value: plot(m.ytdValue) ?? '-',
        itemStyle: { color: isAhead(m.completion, m.timeProgress, ind.indicator.direction) === true ? palette.ahead : palette.primary, borderRadius: [3, 3, 0, 0] },
      })),
    },
  ];
  if (hasTarget) {
    series.push({
      type: 'line',
      name: texts.targetTrajectory,
      data: months.map((m) => plot(m.targetTrajectory) ?? '-'),
      lineStyle: { type: 'dashed', width: 2, color: palette.target },
      itemStyle: { color: palette.target },
      symbol: 'emptyCircle',
      symbolSize: 6,
    });
  }
  if (hasGrowth) {
    series.push({
      type: 'line',
      name: texts.growth,
      yAxisIndex: 1,
      data: months.map((m) => plot(m.reportedYoy ?? m.yoy) ?? '-'),
      lineStyle: { width: 2, color: palette.growth },
      itemStyle: { color: palette.growth },
      // Straight segments: a smoothed line draws peaks and dips that are not in the data.
      smooth: false,
      connectNulls: false,
    });
  }

  const tooltipFor = (index: number): string => {
    const m = months[index];
    if (!m) return '';
    const title = `${ind.indicator.name} · ${periodLabel({ year, month: m.month }, locale, { withYear: true })}`;
    return tooltipHtml(title, tooltipRows(m, ind, texts, locale, palette));
  };
  return {
    ...axisChartFrame(palette, tooltipFor),
    xAxis: {
      type: 'category',
      data: months.map((m) => texts.month(m.month)),
      axisLabel: axisText,
      axisLine: { lineStyle: { color: palette.axisLine } },
      axisTick: { show: false },
    },
    yAxis: [
      {
        type: 'value',
        name: fmtUnit(ind.indicator.unit, locale),
        nameTextStyle: axisText,
        axisLabel: axisText,
        splitLine: { lineStyle: { color: palette.splitLine } },
      },
      { type: 'value', name: '%', nameTextStyle: axisText, axisLabel: { ...axisText, formatter: '{value}%' }, splitLine: { show: false }, show: hasGrowth },
    ],
    series,
  };
}
