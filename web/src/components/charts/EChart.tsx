import { useEffect, useRef, type CSSProperties } from 'react';
import type { ECharts } from 'echarts/core';
import type { echarts } from './echarts';
import type { ChartOption } from './types';

// ECharts (about 200 kB compressed) is not part of a page's first load: the page's text and tables
// are drawn without waiting for it. It is asked for as soon as a page with a chart is loaded (this
// module comes with that page), so it arrives alongside the page's data, and once only.
type Engine = { echarts: typeof echarts };
let engine: Promise<Engine> | undefined;
function loadEngine(): Promise<Engine> {
  engine ??= import('./echarts').catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}
void loadEngine().catch(() => undefined);

interface EChartProps {
  option: ChartOption;
  height?: number | string;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  ariaLabel: string;
  style?: CSSProperties;
  /** GeoJSON outlines by map name, registered before the option that draws them (a geo component's `map`). */
  maps?: Readonly<Record<string, object>>;
}

/** A thin ECharts host: init on mount (once ECharts is there), replace the option when it changes, follow the size, dispose on unmount. */
export function EChart({ option, height = 360, ariaLabel, style, maps }: EChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const current = useRef(option);
  const currentMaps = useRef(maps);
  const engineRef = useRef<Engine | null>(null);
  const register = (e: Engine) => {
    for (const [name, geoJson] of Object.entries(currentMaps.current ?? {})) e.echarts.registerMap(name, geoJson as Parameters<typeof e.echarts.registerMap>[1]);
  };

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    let unmounted = false;
    let observer: ResizeObserver | undefined;
    void loadEngine()
      .then(({ echarts }) => {
        if (unmounted) return;
        engineRef.current = { echarts };
        register({ echarts });
        const instance = echarts.init(element, undefined, { renderer: 'canvas' });
        chart.current = instance;
        instance.setOption(current.current, { notMerge: true });
        observer = new ResizeObserver(() => instance.resize());
        observer.observe(element);
      })
      // Not loaded (the network): the chart's place stays empty, the page around it works.
      .catch(() => undefined);
    return () => {
      unmounted = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    current.current = option;
    currentMaps.current = maps;
    if (engineRef.current) register(engineRef.current);
    chart.current?.setOption(option, { notMerge: true });
  }, [option, maps]);

  return <div ref={host} role="img" aria-label={ariaLabel} data-testid="echart" style={{ width: '100%', height, ...style }} />;
}
