import { describe, expect, it } from 'vitest';
import type { ReportSource } from '@hongtu/contracts/reports';
import { inputsOf, sourceIndex, sourceTitle, splitRuns, traceableCount } from './runs';

const source = (id: string, over: Partial<ReportSource> = {}): ReportSource => ({
  id, organisationId: 7, organisationName: '武昌区', indicatorCode: 'gdp', indicatorName: '地区生产总值', periodKey: '2022-09',
  measure: '累计值', value: '1660.50', unit: '亿元', origin: 'figure', formula: null, inputs: [],
  submissionId: 41, version: 2, approvedAt: '2022-10-12T02:00:00.000Z', approvedBy: '市统计局审核员', ...over,
});

describe('splitRuns', () => {
  const sources = sourceIndex({ sources: [source('s1'), source('s2', { measure: '同比增速', value: '4.5', unit: '%' })] });

  it('joins plain runs of the same weight and keeps each number on its own with its source', () => {
    const segments = splitRuns([
      { text: '地区生产总值' }, { text: '完成' }, { text: '1660.5亿元', sourceId: 's1' }, { text: '，同比增长' },
      { text: '4.5%', sourceId: 's2' }, { text: '。' },
    ], sources);
    expect(segments.map((s) => [s.kind, s.text])).toEqual([
      ['text', '地区生产总值完成'], ['number', '1660.5亿元'], ['text', '，同比增长'], ['number', '4.5%'], ['text', '。'],
    ]);
    expect(segments[1]).toMatchObject({ sourceId: 's1', source: { value: '1660.50', version: 2 } });
    expect(segments[3]).toMatchObject({ sourceId: 's2', source: { measure: '同比增速' } });
  });

  it('keeps bold and plain text apart, drops empty runs, and marks a number whose source is missing', () => {
    const segments = splitRuns([{ text: '一、', bold: true }, { text: '总体', bold: true }, { text: '' }, { text: '平稳' }, { text: '12', sourceId: 'nope' }], sources);
    expect(segments).toEqual([
      { kind: 'text', text: '一、总体', bold: true },
      { kind: 'text', text: '平稳', bold: false },
      { kind: 'number', text: '12', bold: false, sourceId: 'nope', source: null },
    ]);
  });

  it('never joins two adjacent numbers', () => {
    expect(splitRuns([{ text: '1', sourceId: 's1' }, { text: '2', sourceId: 's2' }], sources)).toHaveLength(2);
  });
});

describe('sources', () => {
  it('counts the numbers that can be traced, in paragraphs and tables', () => {
    const doc = {
      sources: [source('a'), source('b')],
      blocks: [
        { kind: 'paragraph' as const, runs: [{ text: 'x' }, { text: '1', sourceId: 'a' }, { text: '2', sourceId: 'zz' }] },
        { kind: 'table' as const, title: 't', sheetName: 't', columns: [{ label: 'c' }], rows: [[{ text: '3', sourceId: 'b' }, { text: '—' }]] },
      ],
    };
    expect(traceableCount(doc)).toBe(2);
  });

  it('names a computed value\'s inputs and what a source is', () => {
    const computed = source('c', { origin: 'computed', inputs: ['a', 'gone'], formula: '累计值 ÷ 上年同期 − 1' });
    const index = sourceIndex({ sources: [source('a'), computed] });
    expect(inputsOf(computed, index).map((i) => [i.id, i.source?.measure ?? null])).toEqual([['a', '累计值'], ['gone', null]]);
    expect(sourceTitle(computed)).toBe('武昌区 · 地区生产总值 · 累计值');
  });
});
