import type { ChartPalette } from './palette';
import type { TooltipParam } from './types';

/**
 * The frame shared by the time-series charts (district trend, Q1 weeks):
 * legend, grid and an axis tooltip whose body is built for the hovered point.
 * `tooltipFor` gets the index of the hovered category and returns escaped HTML.
 */
export function axisChartFrame(palette: ChartPalette, tooltipFor: (index: number) => string) {
  return {
    animationDuration: 600,
    textStyle: { fontFamily: palette.fontFamily },
    legend: { top: 0, textStyle: { color: palette.text, fontSize: palette.fontSize } },
    grid: { left: 8, right: 8, top: palette.fontSize * 3, bottom: 4, containLabel: true },
    tooltip: {
      trigger: 'axis' as const,
      backgroundColor: palette.tooltipBg,
      borderColor: palette.tooltipBorder,
      textStyle: { color: palette.tooltipText, fontSize: Math.min(palette.fontSize, 14) },
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as TooltipParam | undefined;
        return first ? tooltipFor(first.dataIndex) : '';
      },
    },
  };
}
