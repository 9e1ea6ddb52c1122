// Issue 13, item 6: the plan-execution report of 武昌区 regenerated from the demo's data states the
// figures, growth rates and verdicts seeds 004 (2022 前三季度) and 002 (2017 上半年) state, as they
// state them, for the indicators the demo holds. SEED-CHECK.md sets the sentences side by side.
import type { Overview } from '@hongtu/contracts/dashboards';
import type { ReportDocument } from '@hongtu/contracts/reports';
import { partsText, type NarrativePart } from '@hongtu/domain';
import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report';
import { DEMO_GROUPS, demoOrganisationId, demoOverview } from './demo-overview.test-helpers';

const WUCHANG = demoOrganisationId('420106');

function build(periodKey: string, snapshot: Overview, previous: Overview | null): ReportDocument {
  return buildReport({
    kind: 'execution-report', periodKey, scope: { organisationId: WUCHANG, name: '武昌区', isCity: false }, snapshot, previous,
    groups: DEMO_GROUPS, locale: 'zh-CN', issuer: '武昌区发展和改革局', dateLine: '', provisional: false,
  });
}

const paragraphs = (doc: ReportDocument) => doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [partsText(b.runs as NarrativePart[])] : []));

/** The paragraph of an indicator: "——全年{name}计划…" or "——{span}{name}…". */
const about = (doc: ReportDocument, span: string, name: string) =>
  paragraphs(doc).find((p) => p.startsWith(`——全年${name}`) || p.startsWith(`——${span}${name}`)) ?? '';

describe('seed 004: 武昌区 2022 前三季度 regenerated from the demo', () => {
  const q3 = demoOverview(2022, 9, 9);
  const h1 = demoOverview(2022, 6, 9);
  const doc = build('2022-Q3', q3, h1);
  const p = (name: string) => about(doc, '前三季度', name);

  it('titles the report with the unit and the span', () => {
    expect(doc.title).toBe('关于武昌区2022年前三季度国民经济和社会发展计划执行情况的报告');
  });

  it('states GDP 1202亿元 and its growth 4.5% (seed: GDP完成1202亿元、增速4.5%)', () => {
    expect(p('地区生产总值')).toContain('前三季度完成1202亿元，同比增长4.5%，增速较上半年');
  });

  it('states 固投 360亿元, 同比增长24.6% (seed: 完成固投360亿元,同比增长24.6%)', () => {
    expect(p('固定资产投资')).toContain('前三季度完成360亿元，同比增长24.6%');
  });

  it('states revenue 117亿元, first among the central districts (seed: 规模持续保持中心城区第1)', () => {
    expect(p('地方一般公共预算收入')).toContain('前三季度完成117亿元');
    expect(p('地方一般公共预算收入')).toContain('位列中心城区第一');
  });

  it.each([
    ['招商引资实际到位资金', '739亿元'],
    ['产业到资', '236亿元'],
    ['实际利用外资', '3.12亿美元'],
    ['外商直接投资', '1.13亿美元'],
  ])('%s %s, 超时序进度 (seed: 均超时序进度)', (name, amount) => {
    expect(p(name)).toContain(`前三季度完成${amount}`);
    expect(p(name)).toMatch(/，超时序进度\d+(\.\d)?个百分点/);
  });

  it('states 新登记市场主体 22768户, 完成全年度目标的91.2% (seed: 91.22%), and 城镇新增就业 22900人 (seed: 2.29万人)', () => {
    expect(p('新登记市场主体')).toContain('前三季度完成22768户');
    expect(p('新登记市场主体')).toContain('完成年度目标的91.2%');
    expect(p('城镇新增就业')).toContain('前三季度完成22900人');
  });

  it('states the unemployment ceiling as the plan (seed: 城镇登记失业率控制在2.81%以内)', () => {
    expect(p('城镇登记失业率')).toMatch(/^——全年城镇登记失业率控制在2\.81%以内。前三季度城镇登记失业率为[\d.]+%，控制在目标以内/);
  });

  it('writes the change of GDP growth from the two published rates (demo H1 is synthetic)', () => {
    const h1Gdp = h1.rows.find((r) => r.organisationId === WUCHANG)!.cells.find((c) => c.indicatorCode === 'gdp')!;
    const change = Math.round((4.5 - Number(h1Gdp.reportedYoy)) * 10) / 10;
    const words = change > 0 ? `提高${change}` : change < 0 ? `回落${-change}` : '';
    expect(p('地区生产总值')).toContain(change === 0 ? '增速与上半年持平' : `增速较上半年${words}个百分点`);
  });

  it('with the H1 rate seed 004 implies (4.5 − 1.3 = 3.2), states 增速较上半年提高1.3个百分点 as the seed does', () => {
    const h1Seed: Overview = {
      ...h1,
      rows: h1.rows.map((r) => (r.organisationId !== WUCHANG ? r : { ...r, cells: r.cells.map((c) => (c.indicatorCode === 'gdp' ? { ...c, reportedYoy: '3.2' } : c)) })),
    };
    expect(about(build('2022-Q3', q3, h1Seed), '前三季度', '地区生产总值')).toContain('前三季度完成1202亿元，同比增长4.5%，增速较上半年提高1.3个百分点');
  });

  it('traces every number of the GDP sentence to its source', () => {
    const gdp = doc.blocks.find((b) => b.kind === 'paragraph' && b.runs.some((r) => r.text === '1202'));
    const runs = gdp?.kind === 'paragraph' ? gdp.runs : [];
    expect(runs.filter((r) => /\d/.test(r.text)).every((r) => r.sourceId !== undefined && doc.sources.some((s) => s.id === r.sourceId))).toBe(true);
    const source = (text: string) => doc.sources.find((s) => s.id === runs.find((r) => r.text === text)?.sourceId);
    expect(source('1202')).toMatchObject({ origin: 'figure', indicatorCode: 'gdp', measure: 'ytdValue', value: '1202', periodKey: '2022-09', organisationName: '武昌区' });
    expect(source('4.5')).toMatchObject({ origin: 'figure', measure: 'reportedYoy', value: '4.5' });
  });
});

describe('seed 002: 武昌区 2017 上半年 regenerated from the demo', () => {
  const doc = build('2017-H1', demoOverview(2017, 6, 6), demoOverview(2017, 3, 6));
  const p = (name: string) => about(doc, '上半年', name);

  it('titles the report as seed 002 does', () => {
    expect(doc.title).toBe('关于武昌区2017年上半年国民经济和社会发展计划执行情况的报告');
  });

  it('GDP — seed: 全年地区生产总值计划增长9%以上。上半年完成525.69亿元,同比增长8.1%。', () => {
    expect(p('地区生产总值')).toMatch(/^——全年地区生产总值计划增长9%以上。上半年完成525\.69亿元，同比增长8\.1%，/);
    expect(p('地区生产总值')).toContain('低于年度增长目标0.9个百分点');
  });

  it('固投 — seed: 全年全社会固定资产投资计划完成220亿元以上,增长10%以上。上半年完成163.97亿元,同比增长15.61%', () => {
    expect(p('固定资产投资')).toMatch(/^——全年固定资产投资计划完成220亿元以上，增长10%以上。上半年完成163\.97亿元，同比增长15\.61%，/);
  });

  it('revenue — seed: 全年地方公共财政预算收入计划同口径增长10%以上。上半年完成83.8亿元,同口径同比增长44.7%', () => {
    expect(p('地方一般公共预算收入')).toMatch(/^——全年地方一般公共预算收入计划同口径增长10%以上。上半年完成83\.8亿元，同口径同比增长44\.7%，/);
    // Q1 has no comparable-basis rate: a 同口径 rate is not compared with a natural one.
    expect(p('地方一般公共预算收入')).not.toMatch(/增速(较|与)一季度/);
  });

  it('funds — seed: 全年招商引资总额计划完成540亿元以上。上半年完成426.4亿元,同比增长80.1%。', () => {
    expect(p('招商引资实际到位资金')).toMatch(/^——全年招商引资实际到位资金计划完成540亿元以上。上半年完成426\.4亿元，同比增长80\.1%，/);
  });

  it('income 24012元 +9.57%, foreign capital 1.983亿美元 (19830万美元) +24.7%, jobs 24400人, unemployment within 3.2%', () => {
    expect(p('城镇居民人均可支配收入')).toContain('上半年完成24012元，同比增长9.57%');
    expect(p('实际利用外资')).toContain('上半年完成1.983亿美元，同比增长24.7%');
    expect(p('城镇新增就业')).toContain('上半年完成24400人');
    expect(p('城镇登记失业率')).toMatch(/^——全年城镇登记失业率控制在3\.2%以内。.*控制在目标以内/);
  });
});
