// Pure ECharts option builders of the project dashboard: counts by stage or status, plan vs actual
// investment by month, and the map (district outlines registered as MAP_NAME, projects as points
// coloured by their most severe warning). Amounts arrive as exact text; numbers only to plot.
import type { CardColour } from '@hongtu/contracts';
import type { DistrictProgress, MapPoint } from '@hongtu/contracts/project-dispatch';
import { add, dec, toPlainString } from '@hongtu/domain';
import { LIGHT_PALETTE } from '../../../components/charts/palette';
import { tooltipHtml } from '../../../components/charts/tooltip';
import type { ChartOption, TooltipParam } from '../../../components/charts/types';

/** The name the district outlines are registered under (EChart `maps`). */
export const MAP_NAME = 'hongtu-districts';

/** Point colours: the card's, green when the project is on track. */
export const POINT_HEX: Readonly<Record<CardColour | 'none', string>> = { red: '#f5222d', yellow: '#faad14', watch: '#722ed1', none: '#52c41a' };

export function countsOption(counts: readonly { key: string; count: number }[], labelOf: (key: string) => string): ChartOption {
  return {
    grid: { left: 40, right: 16, top: 16, bottom: 48 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: counts.map((c) => labelOf(c.key)), axisLabel: { interval: 0, rotate: counts.length > 5 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: counts.map((c) => c.count), itemStyle: { color: LIGHT_PALETTE.primary }, barMaxWidth: 36 }],
  };
}

/** Month by month planned and actual investment of one district, or of all of them summed exactly. */
export function monthlySums(districts: readonly DistrictProgress[], organisationId: number | null): { month: number; planned: string; actual: string }[] {
  const chosen = organisationId === null ? districts : districts.filter((d) => d.organisationId === organisationId);
  const months = chosen[0]?.months.map((m) => m.month) ?? [];
  return months.map((month, i) => ({
    month,
    planned: toPlainString(chosen.reduce((s, d) => add(s, dec(d.months[i]?.planned ?? '0')), dec(0))),
    actual: toPlainString(chosen.reduce((s, d) => add(s, dec(d.months[i]?.actual ?? '0')), dec(0))),
  }));
}

export function planVsActualOption(rows: readonly { month: number; planned: string; actual: string }[], texts: { planned: string; actual: string; month: (m: number) => string }): ChartOption {
  return {
    grid: { left: 64, right: 16, top: 40, bottom: 32 },
    legend: { data: [texts.planned, texts.actual], top: 4 },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const i = (params as TooltipParam[])[0]?.dataIndex ?? 0;
        const row = rows[i]!;
        return tooltipHtml(texts.month(row.month), [{ label: texts.planned, value: row.planned }, { label: texts.actual, value: row.actual }]);
      },
    },
    xAxis: { type: 'category', data: rows.map((r) => texts.month(r.month)) },
    yAxis: { type: 'value' },
    series: [
      { name: texts.planned, type: 'bar', data: rows.map((r) => Number(r.planned)), itemStyle: { color: '#bfbfbf' }, barMaxWidth: 28 },
      { name: texts.actual, type: 'bar', data: rows.map((r) => Number(r.actual)), itemStyle: { color: LIGHT_PALETTE.primary }, barMaxWidth: 28 },
    ],
  };
}

/**
 * The map: the uploaded outlines as a geo component (roam to zoom, no tiles) and each located
 * project a point in its warning's colour; without outlines the points are drawn on plain axes
 * of longitude and latitude.
 */
export function projectMapOption(points: readonly MapPoint[], hasOutlines: boolean, texts: { colour: (c: CardColour | null) => string; outside: string }): ChartOption {
  const data = points.map((p) => ({
    name: p.name,
    value: [p.longitude, p.latitude],
    itemStyle: { color: POINT_HEX[p.colour ?? 'none'], borderColor: p.inside === false ? '#000000' : '#ffffff', borderWidth: p.inside === false ? 2 : 1 },
  }));
  const tooltip = {
    trigger: 'item' as const,
    formatter: (param: unknown) => {
      const p = points[(param as TooltipParam).dataIndex];
      if (!p) return '';
      return tooltipHtml(p.name, [
        { label: p.organisationName, value: texts.colour(p.colour), colour: POINT_HEX[p.colour ?? 'none'] },
        ...(p.inside === false ? [{ label: texts.outside, value: '' }] : []),
      ]);
    },
  };
  if (!hasOutlines) {
    return {
      tooltip,
      grid: { left: 56, right: 16, top: 16, bottom: 32 },
      xAxis: { type: 'value', scale: true },
      yAxis: { type: 'value', scale: true },
      series: [{ type: 'scatter', data, symbolSize: 12 }],
    };
  }
  return {
    tooltip,
    geo: {
      map: MAP_NAME, roam: true, label: { show: true, fontSize: 11, color: '#595959' },
      itemStyle: { areaColor: '#f0f5ff', borderColor: '#8c8c8c' }, emphasis: { itemStyle: { areaColor: '#d6e4ff' }, label: { show: true } },
    },
    series: [{ type: 'scatter', coordinateSystem: 'geo', data, symbolSize: 12, zlevel: 1 }],
  };
}
