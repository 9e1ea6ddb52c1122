import { describe, expect, it } from 'vitest';
import type { ReportSource } from '@hongtu/contracts/reports';
import { appendixRows, WORD_APPENDIX_MAX_ROWS, wordAppendixSources } from './docx-appendix';
import { WUCHANG_SOURCES, wuchangBulletin } from './render.fixtures';

/** Table-only sources enough to pass the printed appendix's bound. */
function tableSources(count: number): ReportSource[] {
  return Array.from({ length: count }, (_, i) => ({ ...WUCHANG_SOURCES[0]!, id: `t${i}`, value: String(1000 + i) }));
}

describe('the Word appendix of sources', () => {
  it('lists every number of a report of ordinary size', () => {
    const doc = wuchangBulletin();
    expect(wordAppendixSources(doc)).toEqual({ sources: WUCHANG_SOURCES, tablesInExcel: false });
  });

  it('past its bound lists the numbers of the text and what they are computed from, in order, and leaves the tables to Excel', () => {
    const doc = wuchangBulletin();
    doc.sources = [...WUCHANG_SOURCES, ...tableSources(WORD_APPENDIX_MAX_ROWS)];
    // s7 (the annual target) is in no paragraph: it comes in as an input of s8 (完成目标进度).
    const { sources, tablesInExcel } = wordAppendixSources(doc);
    expect(tablesInExcel).toBe(true);
    expect(sources.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8']);
    // Numbered in the listed order, the computed number cites its inputs by those numbers.
    expect(appendixRows(sources, doc.periodKey).at(-1)!.at(-1)!.text).toBe('计算：1-9月累计值 ÷ 年度目标 × 100（据序号 6、7）');
  });

  it('past its bound names an aggregate\'s inputs by their count and leaves them to Excel', () => {
    const doc = wuchangBulletin();
    const districts = tableSources(WORD_APPENDIX_MAX_ROWS);
    const sum: ReportSource = { ...WUCHANG_SOURCES[7]!, id: 'sum', measure: '全市合计', formula: '各区1-9月累计值之和', inputs: districts.map((d) => d.id) };
    doc.sources = [...districts, sum];
    doc.blocks = [{ kind: 'paragraph', runs: [{ text: '全市完成' }, { text: '9.9亿元', sourceId: 'sum' }] }];
    const { sources } = wordAppendixSources(doc);
    expect(sources.map((s) => s.id)).toEqual(['sum']);
    expect(appendixRows(sources, doc.periodKey)[0]!.at(-1)!.text).toBe(`计算：各区1-9月累计值之和（据${WORD_APPENDIX_MAX_ROWS}项数据，见 Excel 文件「数据来源」表）`);
  });

  it('keeps every source at exactly the bound', () => {
    const doc = wuchangBulletin();
    doc.sources = [...WUCHANG_SOURCES, ...tableSources(WORD_APPENDIX_MAX_ROWS - WUCHANG_SOURCES.length)];
    expect(wordAppendixSources(doc).sources).toHaveLength(WORD_APPENDIX_MAX_ROWS);
  });
});
