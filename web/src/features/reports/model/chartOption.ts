import type { ReportBlock } from '@hongtu/contracts/reports';
import type { ChartPalette } from '../../../components/charts/palette';
import { tooltipHtml } from '../../../components/charts/tooltip';
import type { ChartOption } from '../../../components/charts/types';

export type ReportChart = Extract<ReportBlock, { kind: 'chart' }>['chart'];

const SERIES_COLOURS = ['#1677ff', '#13a8a8', '#d46b08', '#722ed1', '#389e0d', '#c41d7f'];

/** A value as the tooltip shows it: the number as the model holds it, with the chart's unit; "—" when there is none. */
export function chartValueText(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return unit ? `${value} ${unit}` : String(value);
}

/**
 * The ECharts option of a report's chart, as the server draws it for Word: bars or lines, one series
 * per entry, the reference line (time progress) when there is one. Names come from the data: the
 * tooltip escapes every text (tooltipHtml).
 */
export function reportChartOption(chart: ReportChart, palette: ChartPalette, texts: { noValue: string } = { noValue: '—' }): ChartOption {
  const tooltipFor = (index: number) => tooltipHtml(chart.categories[index] ?? '', [
    ...chart.series.map((s, i) => ({ label: s.name, value: s.values[index] === null ? texts.noValue : chartValueText(s.values[index], chart.unit), colour: SERIES_COLOURS[i % SERIES_COLOURS.length] })),
    ...(chart.markLine ? [{ label: chart.markLine.name, value: chartValueText(chart.markLine.value, chart.unit) }] : []),
  ]);
  return {
    animation: false,
    textStyle: { fontFamily: palette.fontFamily },
    color: SERIES_COLOURS,
    legend: { top: 0, textStyle: { color: palette.text, fontSize: palette.fontSize } },
    grid: { left: 8, right: 16, top: palette.fontSize * 3, bottom: 4, containLabel: true },
    tooltip: {
      trigger: 'axis',
      backgroundColor: palette.tooltipBg,
      borderColor: palette.tooltipBorder,
      textStyle: { color: palette.tooltipText, fontSize: palette.fontSize },
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
        return first?.dataIndex === undefined ? '' : tooltipFor(first.dataIndex);
      },
    },
    xAxis: {
      type: 'category',
      data: chart.categories,
      axisLabel: { color: palette.text, interval: 0, rotate: chart.categories.length > 8 ? 30 : 0 },
      axisLine: { lineStyle: { color: palette.axisLine } },
    },
    yAxis: {
      type: 'value',
      name: chart.unit,
      nameTextStyle: { color: palette.subtext },
      axisLabel: { color: palette.subtext },
      splitLine: { lineStyle: { color: palette.splitLine } },
    },
    series: chart.series.map((s, i) => ({
      type: chart.type,
      name: s.name,
      data: s.values,
      ...(i === 0 && chart.markLine ? {
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: palette.timeLine, type: 'dashed' as const },
          label: { formatter: `${chart.markLine.name} ${chart.markLine.value}`, color: palette.timeLine },
          data: [{ yAxis: chart.markLine.value }],
        },
      } : {}),
    })),
  } as ChartOption;
}
