// The one place ECharts is assembled: only the charts, components and renderer the app's charts
// use are registered, so the bundle carries echarts/core plus these and nothing else.
import { BarChart, GaugeChart, LineChart, ScatterChart } from 'echarts/charts';
import { DataZoomComponent, GeoComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  GaugeChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  DataZoomComponent,
  // The projects' map: district outlines the city uploads (registerMap), no tile server.
  GeoComponent,
  CanvasRenderer,
]);

export { echarts };
