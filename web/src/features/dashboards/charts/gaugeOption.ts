// The big screen's time-progress dial: the share of the year gone (m / 12, DOMAIN.md "Time progress").
import { plot } from '../../../lib/format';
import { DARK_PALETTE, type ChartPalette } from '../../../components/charts/palette';
import type { ChartOption } from '../../../components/charts/types';

export function gaugeOption(timeProgress: string, title: string, palette: ChartPalette = DARK_PALETTE): ChartOption {
  return {
    series: [
      {
        type: 'gauge',
        min: 0,
        max: 100,
        startAngle: 90,
        endAngle: -270,
        radius: '92%',
        center: ['50%', '50%'],
        progress: { show: true, width: 12, roundCap: true, itemStyle: { color: palette.ahead, shadowColor: palette.ahead, shadowBlur: 12 } },
        axisLine: { lineStyle: { width: 12, color: [[1, palette.axisLine]] } },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        pointer: { show: false },
        anchor: { show: false },
        title: { show: false },
        // The figure itself is written beside the dial in large type.
        detail: { show: false },
        data: [{ value: plot(timeProgress) ?? 0, name: title }],
      },
    ],
  };
}
