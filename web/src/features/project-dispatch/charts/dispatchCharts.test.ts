import { describe, expect, it } from 'vitest';
import type { DistrictProgress, MapPoint } from '@hongtu/contracts/project-dispatch';
import { MAP_NAME, POINT_HEX, countsOption, monthlySums, planVsActualOption, projectMapOption } from './dispatchCharts';

const district = (organisationId: number, months: [string, string][]): DistrictProgress => ({
  organisationId, organisationName: `区${organisationId}`, projectCount: 1, annualPlan: '0', ytdInvestment: '0', completion: null, gap: null,
  plannedStarts: 0, started: 0, startRate: null, rank: null, months: months.map(([planned, actual], i) => ({ month: i + 1, planned, actual })),
});
const point = (change: Partial<MapPoint>): MapPoint => ({
  id: 1, name: '武昌滨江<项目>', organisationName: '武昌区', longitude: 114.3, latitude: 30.5, yearStatus: 'continuing', stage: 'under_construction', colour: null, inside: true, ...change,
});

describe('project dashboard charts', () => {
  it('sums the districts\' months exactly, or takes one district', () => {
    const districts = [district(1, [['0.1', '0.2'], ['1', '0']]), district(2, [['0.2', '0.1'], ['2', '3']])];
    expect(monthlySums(districts, null)).toEqual([{ month: 1, planned: '0.3', actual: '0.3' }, { month: 2, planned: '3', actual: '3' }]);
    expect(monthlySums(districts, 2)).toEqual([{ month: 1, planned: '0.2', actual: '0.1' }, { month: 2, planned: '2', actual: '3' }]);
    expect(monthlySums([], null)).toEqual([]);
  });

  it('draws planned beside actual with the month names', () => {
    const option = planVsActualOption([{ month: 1, planned: '10', actual: '8.5' }], { planned: '计划', actual: '完成', month: (m) => `${m}月` });
    expect(option.xAxis).toMatchObject({ data: ['1月'] });
    expect((option.series as { name: string; data: number[] }[]).map((s) => [s.name, s.data])).toEqual([['计划', [10]], ['完成', [8.5]]]);
  });

  it('counts by the labels given', () => {
    const option = countsOption([{ key: 'continuing', count: 3 }], (k) => (k === 'continuing' ? '续建' : k));
    expect(option.xAxis).toMatchObject({ data: ['续建'] });
  });

  it('puts points on the uploaded outlines in their warning colour, marks those outside, and escapes names', () => {
    const texts = { colour: (c: string | null) => c ?? '正常', outside: '坐标不在所属区界内' };
    const option = projectMapOption([point({ colour: 'red', inside: false }), point({ id: 2, colour: null })], true, texts);
    expect(option.geo).toMatchObject({ map: MAP_NAME, roam: true });
    const series = (option.series as { coordinateSystem: string; data: { itemStyle: { color: string; borderWidth: number } }[] }[])[0]!;
    expect(series.coordinateSystem).toBe('geo');
    expect(series.data.map((d) => d.itemStyle.color)).toEqual([POINT_HEX.red, POINT_HEX.none]);
    expect(series.data[0]!.itemStyle.borderWidth).toBe(2);
    const html = (option.tooltip as { formatter: (p: unknown) => string }).formatter({ dataIndex: 0 });
    expect(html).toContain('武昌滨江&lt;项目&gt;');
    expect(html).toContain('坐标不在所属区界内');
  });

  it('falls back to longitude and latitude axes without outlines', () => {
    const option = projectMapOption([point({})], false, { colour: () => '', outside: '' });
    expect(option.geo).toBeUndefined();
    expect(option.xAxis).toMatchObject({ type: 'value' });
  });
});
