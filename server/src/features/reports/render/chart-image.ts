// A report's chart drawn by ECharts on the server (its SVG renderer, no DOM) and rasterised to PNG
// by resvg for the Word file. The SVG names a CJK font present on the machine (WenQuanYi Micro Hei,
// Debian's fonts-wqy-microhei), so Chinese labels are drawn as characters, not boxes.
import { Resvg } from '@resvg/resvg-js';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ReportBlock } from '@hongtu/contracts/reports';
import { chartFontFor } from './chart-font';

// Only what the reports draw: bar and line charts, their grid, title, legend and reference line, in SVG.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, SVGRenderer]);

export type ChartBlock = Extract<ReportBlock, { kind: 'chart' }>;

/** The font the chart's text is drawn in (the machine's CJK font) and the families tried after it. */
export const CHART_FONT = 'WenQuanYi Micro Hei';
const CHART_FONT_STACK = `'${CHART_FONT}', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif`;

/** The drawing's size in CSS pixels (16:9 across the 156 mm type area); the PNG is drawn at twice this. */
export const CHART_SIZE = { width: 800, height: 450 } as const;
const RASTER_SCALE = 2;

const PALETTE = ['#c00000', '#1f4e79', '#548235', '#bf8f00', '#7030a0', '#2f5597'];

/** The ECharts option of a chart block: one series per entry, the unit on the value axis, the reference line. */
export function chartOption(block: ChartBlock): echarts.EChartsCoreOption {
  const { chart } = block;
  const mark = chart.markLine;
  return {
    animation: false,
    backgroundColor: '#ffffff',
    color: PALETTE,
    textStyle: { fontFamily: CHART_FONT_STACK, fontSize: 14 },
    title: { text: block.title, left: 'center', top: 8, textStyle: { fontFamily: CHART_FONT_STACK, fontSize: 18, fontWeight: 'normal' } },
    legend: { show: chart.series.length > 1, bottom: 8, textStyle: { fontFamily: CHART_FONT_STACK } },
    grid: { left: 64, right: 48, top: 64, bottom: chart.series.length > 1 ? 72 : 48 },
    xAxis: { type: 'category', data: chart.categories, axisLabel: { interval: 0, rotate: chart.categories.length > 8 ? 35 : 0, fontFamily: CHART_FONT_STACK, hideOverlap: false } },
    yAxis: {
      type: 'value', name: chart.unit, nameTextStyle: { fontFamily: CHART_FONT_STACK },
      // The reference line is always in view, even above or below every value.
      ...(mark ? { max: (e: { max: number }) => Math.max(e.max, mark.value), min: (e: { min: number }) => Math.min(e.min, mark.value, 0) } : {}),
    },
    series: chart.series.map((s, index) => ({
      type: chart.type,
      name: s.name,
      data: s.values,
      label: { show: chart.series.length === 1 && chart.categories.length <= 16, position: 'top', fontFamily: CHART_FONT_STACK, fontSize: 12 },
      ...(index === 0 && chart.markLine
        ? {
          markLine: {
            symbol: 'none',
            lineStyle: { type: 'dashed', color: '#595959' },
            label: { formatter: `${chart.markLine.name} ${chart.markLine.value}`, position: 'insideEndTop', fontFamily: CHART_FONT_STACK },
            data: [{ yAxis: chart.markLine.value, name: chart.markLine.name }],
          },
        }
        : {}),
    })),
  };
}

/** The chart as an SVG document (ECharts' server-side rendering). */
export function chartSvg(block: ChartBlock): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: CHART_SIZE.width, height: CHART_SIZE.height });
  try {
    instance.setOption(chartOption(block));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

/** An SVG rasterised by resvg at twice the drawing's size, with the given font files (none: the machine's fonts). */
export function rasterise(svg: string, fontFiles: string[]): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: CHART_SIZE.width * RASTER_SCALE },
    font: { fontFiles, loadSystemFonts: fontFiles.length === 0, defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}

/**
 * The chart as a PNG, drawn with the CJK font (else the machine's fonts) cut to the chart's own
 * glyphs (chart-font.ts: resvg reads its font file again for every glyph, so the whole 5 MB font
 * cost ~0.4 s a chart).
 */
export function chartPng(block: ChartBlock): Buffer {
  const svg = chartSvg(block);
  const font = chartFontFor(svg);
  try {
    return rasterise(svg, font.files);
  } finally {
    font.dispose();
  }
}
