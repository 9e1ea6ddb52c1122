import { renderToString } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ReportDocument, ReportSource } from '@hongtu/contracts/reports';
import '../../../app/i18n';
import { sourceIndex } from '../model/runs';
import { ReportPreview } from './ReportPreview';
import { SourceDetails } from './SourceDetails';

const figure: ReportSource = {
  id: 's1', organisationId: 7, organisationName: '武昌区', indicatorCode: 'gdp', indicatorName: '地区生产总值', periodKey: '2022-09',
  measure: 'ytdValue', value: '1660.50', unit: 'yi_yuan', origin: 'figure', formula: null, inputs: [],
  submissionId: 41, version: 2, approvedAt: '2022-10-12T02:05:00.000Z', approvedBy: '市统计局审核员',
};
const growth: ReportSource = {
  ...figure, id: 's2', measure: 'yoy', value: '4.5', unit: 'percent', origin: 'computed', formula: '本期累计 ÷ 上年同期累计 − 1',
  inputs: ['s1', 's9'], submissionId: null, version: null, approvedAt: null, approvedBy: null,
};

const doc: ReportDocument = {
  kind: 'monthly-bulletin', title: '武昌区2022年1—9月经济运行简报', issuer: '武昌区发展和改革局', dateLine: '2022年10月20日',
  periodKey: '2022-09', scopeOrganisationId: 7, scopeName: '武昌区', provisional: true,
  blocks: [
    { kind: 'heading', level: 1, text: '一、总体情况' },
    { kind: 'paragraph', runs: [{ text: '地区生产总值完成' }, { text: '1660.5亿元', sourceId: 's1' }, { text: '，同比增长' }, { text: '4.5%', sourceId: 's2' }, { text: '。' }] },
    {
      kind: 'table', title: '表1 主要指标', sheetName: '主要指标', columns: [{ label: '单位' }, { label: '增速（%）' }],
      rows: [[{ text: '武昌区' }, { text: '-3.2', value: '-3.2', sourceId: 's2', card: 'red' }]], note: '注：<b>按可比价</b>',
    },
    { kind: 'chart', title: '各区增速', chart: { type: 'bar', categories: ['武昌区'], series: [{ name: '增速', values: [4.5] }], unit: '%' } },
  ],
  sources: [figure, growth],
};

function render(node: React.ReactNode): string {
  const queryClient = new QueryClient({ defaultOptions: { queries: { enabled: false } } });
  return renderToString(<QueryClientProvider client={queryClient}><MemoryRouter>{node}</MemoryRouter></QueryClientProvider>);
}

describe('the report preview', () => {
  const html = render(<ReportPreview document={doc} />);

  it('draws the document in order: issuer, title, date line, heading, paragraph, table, chart', () => {
    const order = ['武昌区发展和改革局', '武昌区2022年1—9月经济运行简报', '2022年10月20日', '<h3', '地区生产总值完成', '<caption>表1 主要指标</caption>', 'data-testid="echart"'];
    const at = order.map((s) => html.indexOf(s));
    expect(at.every((i) => i >= 0), String(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('makes every number with a source a button that opens it, and leaves the words as text', () => {
    const buttons = [...html.matchAll(/<button[^>]*data-source-id="([^"]+)"[^>]*>([^<]*)<\/button>/g)].map((m) => [m[1], m[2]]);
    expect(buttons).toEqual([['s1', '1660.5亿元'], ['s2', '4.5%'], ['s2', '-3.2']]);
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('aria-label="查看“1660.5亿元”的来源"');
    expect(html).not.toMatch(/<button[^>]*>地区生产总值完成/);
  });

  it('colours a carded cell and names the card in words, with header cells for columns and rows', () => {
    expect(html).toMatch(/<td class="report-cell-red report-cell-number" data-card="red">/);
    expect(html).toContain('红牌');
    expect(html).toContain('<th scope="col"');
    expect(html).toContain('<th scope="row"');
  });

  it('marks a provisional report, escapes text from the data and names the chart', () => {
    expect(html).toContain('尚未全部审核通过');
    expect(html).toContain('初步');
    expect(html).toContain('&lt;b&gt;按可比价&lt;/b&gt;');
    expect(html).toContain('aria-label="图表：各区增速"');
    const final = render(<ReportPreview document={{ ...doc, provisional: false }} />);
    expect(final).not.toContain('尚未全部审核通过');
    expect(final).toContain('data-provisional="false"');
  });
});

describe('a number\'s source', () => {
  const sources = sourceIndex(doc);

  it('gives an approved figure\'s measure and unit in words, its exact value, submission, version, approval time (Beijing) and approver', () => {
    const html = render(<SourceDetails source={figure} sources={sources} />);
    for (const text of ['武昌区', '地区生产总值', '本年累计值', '1660.50 亿元', '#41', '第 2 版', '2022-10-12 10:05', '市统计局审核员', '已审核的报送数据', '2022年9月']) {
      expect(html, text).toContain(text);
    }
  });

  it('gives a computed value\'s formula and the numbers it came from, without a version', () => {
    const html = render(<SourceDetails source={growth} sources={sources} />);
    expect(html).toContain('计算值');
    expect(html).toContain('本期累计 ÷ 上年同期累计 − 1');
    expect(html).toContain('武昌区 · 地区生产总值 · 同比增速');
    expect(html).toContain('武昌区 · 地区生产总值 · 本年累计值：1660.50 亿元');
    expect(html).toContain('4.5 %');
    expect(html).toContain('s9');
    expect(html).not.toContain('审核人');
  });
});
