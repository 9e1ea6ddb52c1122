import { describe, expect, it } from 'vitest';
import { LIGHT_PALETTE } from '../../../components/charts/palette';
import { chartValueText, reportChartOption, type ReportChart } from './chartOption';

const chart: ReportChart = {
  type: 'bar',
  categories: ['武昌区', '<img src=x onerror=alert(1)>'],
  series: [{ name: '完成率', values: [75.2, null] }, { name: '增速 & 目标', values: [4.5, 3.1] }],
  unit: '%',
  markLine: { name: '时序进度', value: 75 },
};

type Formatter = (p: unknown) => string;
const optionOf = (c: ReportChart) => reportChartOption(c, LIGHT_PALETTE) as unknown as {
  xAxis: { data: string[] }; series: { type: string; name: string; data: (number | null)[]; markLine?: { data: { yAxis: number }[] } }[]; tooltip: { formatter: Formatter };
};

describe('reportChartOption', () => {
  it('draws one series per entry over the categories, the reference line on the first', () => {
    const option = optionOf(chart);
    expect(option.xAxis.data).toEqual(chart.categories);
    expect(option.series.map((s) => [s.type, s.name, s.data])).toEqual([['bar', '完成率', [75.2, null]], ['bar', '增速 & 目标', [4.5, 3.1]]]);
    expect(option.series[0]!.markLine?.data).toEqual([{ yAxis: 75 }]);
    expect(option.series[1]!.markLine).toBeUndefined();
    expect(optionOf({ ...chart, type: 'line', markLine: undefined }).series.every((s) => s.type === 'line' && !s.markLine)).toBe(true);
  });

  it('escapes the names in the tooltip and shows a missing value as a dash', () => {
    const html = optionOf(chart).tooltip.formatter([{ dataIndex: 1 }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('增速 &amp; 目标');
    expect(html).toContain('3.1 %');
    expect(html).toContain('—');
    expect(html).toContain('时序进度');
  });

  it('writes a value with its unit', () => {
    expect(chartValueText(4.5, '%')).toBe('4.5 %');
    expect(chartValueText(12, '')).toBe('12');
    expect(chartValueText(null, '%')).toBe('—');
  });
});
