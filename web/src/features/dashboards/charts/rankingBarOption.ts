// Indicator ranking as horizontal bars (rank 1 on top): one bar per district in the ranking's order,
// coloured by card, with the time-progress line, the average and each district's target marker.
// DOMAIN.md "Formulas": completion = YTD / annual target; time progress m / 12 (or the target's schedule).
import type { CardColour, Locale, Ranking } from '@hongtu/contracts';
import { compare, toPlainString } from '@hongtu/domain';
import { fmtPercent, fmtUnit, fmtValue, plot } from '../../../lib/format';
import { LIGHT_PALETTE, type ChartPalette } from '../../../components/charts/palette';
import { tooltipHtml, type TooltipRow } from '../../../components/charts/tooltip';
import type { ChartOption, TooltipParam } from '../../../components/charts/types';
import { CARD_HEX } from '../cards';
import { fmtMeasure, isAhead, targetToDate } from '../format';

export interface RankingChartTexts {
  timeProgress: string;
  average: string;
  annualTarget: string;
  targetToDate: string;
  value: string;
  ytd: string;
  target: string;
  completion: string;
  rank: (rank: number) => string;
  noRank: string;
  cards: Record<CardColour, string>;
}

/** Whether the chart draws target markers (the legend shows the marker only then). */
export function hasTargetMarkers(ranking: Ranking): boolean {
  return ranking.rows.some((r) => targetMarker(r, ranking) !== null);
}

/** Show a slider when the districts no longer fit one screen. */
const ZOOM_FROM = 24;

type Row = Ranking['rows'][number];

function barColour(row: Row, palette: ChartPalette, direction: Ranking['indicator']['direction']): string {
  if (row.card) return CARD_HEX[row.card].solid;
  return isAhead(row.completion, row.timeProgress, direction) ? palette.ahead : palette.primary;
}

/** The short form of a value on the chart: the measure without its unit word for amounts and points. */
function shortValue(value: string | null, ranking: Ranking, locale: Locale): string {
  if (value === null) return '';
  if (ranking.measure === 'ytdValue') return toPlainString(value, ranking.indicator.decimals);
  if (ranking.measure === 'progressGap') return toPlainString(value, 2);
  return fmtMeasure(value, ranking.measure, ranking.indicator.unit, locale);
}

/**
 * Where each district should be now, in the measure's terms; null when the measure has no target.
 * For completion that is the district's own time progress, drawn only where a target schedule
 * moves it off the common time-progress line.
 */
export function targetMarker(row: Row, ranking: Ranking): string | null {
  switch (ranking.measure) {
    case 'completion':
      return row.amountTarget === null || compare(row.timeProgress, ranking.timeProgress) === 0 ? null : row.timeProgress;
    case 'ytdValue':
      return targetToDate(row.amountTarget, row.timeProgress);
    default:
      return null;
  }
}

function markLines(ranking: Ranking, texts: RankingChartTexts, palette: ChartPalette) {
  const lines: Array<Record<string, unknown>> = [];
  // Time progress is written horizontally above the line ('start': the category axis runs top-down).
  const label = (text: string, colour: string) => ({ formatter: text, color: colour, position: 'start', fontSize: palette.fontSize - 1, distance: 4 });
  if (ranking.measure === 'completion') {
    lines.push({
      xAxis: Number(ranking.timeProgress),
      lineStyle: { color: palette.timeLine, width: 2, type: 'solid' },
      label: label(`${texts.timeProgress} ${fmtPercent(ranking.timeProgress)}`, palette.timeLine),
    });
    lines.push({ xAxis: 100, lineStyle: { color: palette.target, type: 'dotted' }, label: { show: false } });
  }
  if (ranking.measure === 'progressGap') {
    lines.push({ xAxis: 0, lineStyle: { color: palette.timeLine, width: 2, type: 'solid' }, label: label(texts.timeProgress, palette.timeLine) });
  }
  if (ranking.average !== null) {
    lines.push({
      xAxis: Number(ranking.average),
      lineStyle: { color: palette.average, type: 'dashed' },
      // Unlabelled on the chart (it would collide with time progress); the page's legend names it.
      label: { show: false },
    });
  }
  return lines;
}

function tooltipRows(row: Row, ranking: Ranking, texts: RankingChartTexts, locale: Locale, palette: ChartPalette): TooltipRow[] {
  const { unit, decimals } = ranking.indicator;
  const rows: TooltipRow[] = [
    { label: texts.value, value: fmtMeasure(row.value, ranking.measure, unit, locale, decimals), colour: barColour(row, palette, ranking.indicator.direction) },
    { label: texts.ytd, value: fmtValue(row.ytdValue, unit, locale, decimals) },
    { label: texts.target, value: fmtValue(row.amountTarget, unit, locale, decimals) },
    { label: texts.completion, value: fmtPercent(row.completion) },
    { label: texts.timeProgress, value: fmtPercent(row.timeProgress) },
  ];
  const marker = targetMarker(row, ranking);
  if (ranking.measure === 'ytdValue' && marker !== null) rows.push({ label: texts.targetToDate, value: fmtValue(marker, unit, locale, decimals) });
  if (row.card) rows.push({ label: texts.cards[row.card], value: '●', colour: CARD_HEX[row.card].solid });
  return rows;
}

export function rankingBarOption(ranking: Ranking, texts: RankingChartTexts, locale: Locale, palette: ChartPalette = LIGHT_PALETTE): ChartOption {
  const rows = ranking.rows;
  const names = rows.map((r) => r.organisationName);
  const axisText = { color: palette.subtext, fontSize: palette.fontSize, fontFamily: palette.fontFamily };
  const percentAxis = ranking.measure === 'completion' || ranking.measure === 'yoy';
  const markers = rows.map((r) => plot(targetMarker(r, ranking)));
  const zoom = rows.length > ZOOM_FROM;

  return {
    animationDuration: 600,
    textStyle: { fontFamily: palette.fontFamily },
    grid: { left: 8, right: zoom ? 56 : 72, top: palette.fontSize * 2.2, bottom: 4, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      backgroundColor: palette.tooltipBg,
      borderColor: palette.tooltipBorder,
      textStyle: { color: palette.tooltipText, fontSize: Math.min(palette.fontSize, 14) },
      formatter: (params: unknown) => {
        const list = (Array.isArray(params) ? params : [params]) as TooltipParam[];
        const first = list.find((p) => p.seriesType === 'bar') ?? list[0];
        const row = first ? rows[first.dataIndex] : undefined;
        if (!row) return '';
        const title = `${row.organisationName} · ${row.rank === null ? texts.noRank : texts.rank(row.rank)}`;
        return tooltipHtml(title, tooltipRows(row, ranking, texts, locale, palette));
      },
    },
    xAxis: {
      type: 'value',
      name: percentAxis ? '%' : ranking.measure === 'progressGap' ? texts.timeProgress : fmtUnit(ranking.indicator.unit, locale),
      nameTextStyle: axisText,
      axisLabel: { ...axisText, formatter: percentAxis ? '{value}%' : '{value}' },
      splitLine: { lineStyle: { color: palette.splitLine } },
      axisLine: { lineStyle: { color: palette.axisLine } },
    },
    yAxis: {
      type: 'category',
      data: names,
      inverse: true,
      axisLabel: { ...axisText, color: palette.text },
      axisLine: { lineStyle: { color: palette.axisLine } },
      axisTick: { show: false },
    },
    dataZoom: zoom ? [{ type: 'slider', yAxisIndex: 0, startValue: 0, endValue: ZOOM_FROM - 1, right: 8, width: 16 }, { type: 'inside', yAxisIndex: 0 }] : [],
    series: [
      {
        type: 'bar',
        name: texts.value,
        barMaxWidth: palette.fontSize * 1.6,
        data: rows.map((r) => ({
          value: plot(r.value) ?? '-',
          itemStyle: { color: barColour(r, palette, ranking.indicator.direction), borderRadius: [0, 3, 3, 0] },
        })),
        label: {
          show: true,
          position: 'right',
          color: palette.text,
          fontSize: palette.fontSize,
          formatter: (p: unknown) => {
            const row = rows[(p as TooltipParam).dataIndex];
            return row ? shortValue(row.value, ranking, locale) : '';
          },
        },
        markLine: { symbol: 'none', silent: true, data: markLines(ranking, texts, palette) as never },
      },
      {
        type: 'scatter',
        name: texts.targetToDate,
        symbol: 'diamond',
        symbolSize: palette.fontSize,
        itemStyle: { color: palette.target, borderColor: '#fff', borderWidth: 1 },
        // [value, category index]: the category axis is the vertical one.
        data: markers.flatMap((m, i) => (m === null ? [] : [[m, i]])),
        tooltip: { show: false },
        z: 5,
      },
    ],
  };
}
