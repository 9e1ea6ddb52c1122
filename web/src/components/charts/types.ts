// The option type of the registered charts (type-only: option builders stay free of the runtime).
import type { BarSeriesOption, GaugeSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
  DataZoomComponentOption,
  GeoComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | ScatterSeriesOption
  | GaugeSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | DataZoomComponentOption
  | GeoComponentOption
>;

/** The part of a tooltip formatter's argument the charts read. */
export interface TooltipParam {
  dataIndex: number;
  seriesName?: string;
  seriesType?: string;
}
