// Cards per indicator as stacked horizontal bars (big screen): how many districts are carded on what.
import type { CardColour } from '@hongtu/contracts';
import { DARK_PALETTE, type ChartPalette } from '../../../components/charts/palette';
import { tooltipHtml } from '../../../components/charts/tooltip';
import type { ChartOption, TooltipParam } from '../../../components/charts/types';
import type { IndicatorCardStat } from '../bigscreen/screenData';
import { CARD_COLOURS, CARD_HEX } from '../cards';

export function cardStatsOption(stats: readonly IndicatorCardStat[], cardNames: Record<CardColour, string>, palette: ChartPalette = DARK_PALETTE): ChartOption {
  const axisText = { color: palette.text, fontSize: palette.fontSize - 2, fontFamily: palette.fontFamily };
  const colours = CARD_COLOURS.filter((c) => stats.some((s) => s.counts[c] > 0));
  return {
    textStyle: { fontFamily: palette.fontFamily },
    legend: { top: 0, right: 0, textStyle: { color: palette.text, fontSize: palette.fontSize - 2 }, itemWidth: 14, itemHeight: 10 },
    grid: { left: 4, right: 24, top: 32, bottom: 0, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      backgroundColor: palette.tooltipBg,
      borderColor: palette.tooltipBorder,
      textStyle: { color: palette.tooltipText },
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as TooltipParam | undefined;
        const s = first ? stats[first.dataIndex] : undefined;
        if (!s) return '';
        return tooltipHtml(s.name, colours.map((c) => ({ label: cardNames[c], value: String(s.counts[c]), colour: CARD_HEX[c].solid })));
      },
    },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { ...axisText, color: palette.subtext }, splitLine: { lineStyle: { color: palette.splitLine } } },
    yAxis: { type: 'category', inverse: true, data: stats.map((s) => s.name), axisLabel: axisText, axisTick: { show: false }, axisLine: { lineStyle: { color: palette.axisLine } } },
    series: colours.map((c) => ({
      type: 'bar' as const,
      name: cardNames[c],
      stack: 'cards',
      barMaxWidth: 18,
      itemStyle: { color: CARD_HEX[c].solid },
      label: { show: true, color: '#fff', fontSize: palette.fontSize - 4, formatter: (p: unknown) => String((p as { value: number }).value || '') },
      data: stats.map((s) => s.counts[c]),
    })),
  };
}
