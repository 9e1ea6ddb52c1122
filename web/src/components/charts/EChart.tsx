import { useEffect, useRef, type CSSProperties } from 'react';
import { echarts } from './echarts';
import type { ChartOption } from './types';

interface EChartProps {
  option: ChartOption;
  height?: number | string;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  ariaLabel: string;
  style?: CSSProperties;
}

/** A thin ECharts host: init on mount, replace the option when it changes, follow the size, dispose on unmount. */
export function EChart({ option, height = 360, ariaLabel, style }: EChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={host} role="img" aria-label={ariaLabel} data-testid="echart" style={{ width: '100%', height, ...style }} />;
}
