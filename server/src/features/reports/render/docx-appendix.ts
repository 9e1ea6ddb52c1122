// The appendix of a report's Word file: every number's source, one row each — the unit, the
// indicator, what the number is, its value, and where it comes from (the approved figure's
// submission, version and approval, or "计算：" and the formula with the rows it was computed from).
import type { ReportCell, ReportDocument, ReportSource } from '@hongtu/contracts/reports';
import { FONT, SIZE_PT } from './docx-layout';
import { tablePiece } from './docx-table-xml';
import { pageBreakParagraphXml, paragraphXml, runXml, type WordBody } from './docx-xml';

export const APPENDIX_TITLE = '数据来源表';
export const APPENDIX_COLUMNS = [
  { label: '序号', width: 0.6 },
  { label: '单位', width: 1.3 },
  { label: '指标', width: 1.8 },
  { label: '口径', width: 1.6 },
  { label: '数值', width: 1.2 },
  { label: '来源', width: 3 },
] as const;

/** "2022-10-12T08:30:00.000Z" → "2022-10-12 08:30" (as stored; the appendix does not convert zones). */
const when = (iso: string) => iso.replace('T', ' ').slice(0, 16);

/** Where one number comes from, in words. */
export function sourceText(source: ReportSource, numberOf: ReadonlyMap<string, number>): string {
  if (source.origin === 'computed') {
    const inputs = source.inputs.map((id) => numberOf.get(id)).filter((n): n is number => n !== undefined);
    const from = inputs.length > 0 && inputs.length === source.inputs.length ? `（据序号 ${inputs.join('、')}）`
      // an aggregate over many units whose numbers the printed appendix leaves to the workbook
      : source.inputs.length > 0 ? `（据${source.inputs.length}项数据，见 Excel 文件「数据来源」表）` : '';
    return `计算：${source.formula ?? source.measure}${from}`;
  }
  if (source.origin === 'record') return source.formula ? `业务记录：${source.formula}` : '业务记录';
  const filed = source.submissionId !== null ? `报送第 ${source.submissionId} 号` : '报送';
  const version = source.version !== null ? `第 ${source.version} 版` : '';
  const approval = source.approvedAt
    ? `，${source.approvedBy ?? ''}${source.approvedBy ? ' ' : ''}${when(source.approvedAt)} 审核通过`
    : '，未审核（初步数据）';
  return `${filed}${version}${approval}`;
}

/** The appendix's rows one by one, numbered in the order of the document's sources (a city's bulletin has some 27,000). */
export function* appendixRowsOf(sources: readonly ReportSource[], periodKey: string): Generator<ReportCell[]> {
  const numberOf = new Map(sources.map((s, i) => [s.id, i + 1]));
  for (const [i, s] of sources.entries()) {
    yield [
      { text: String(i + 1) },
      { text: s.organisationName },
      { text: s.indicatorName },
      { text: s.periodKey && s.periodKey !== periodKey ? `${s.measure}（${s.periodKey}）` : s.measure },
      { text: `${s.value}${s.unit}`, value: s.value },
      { text: sourceText(s, numberOf) },
    ];
  }
}

/** The appendix's rows, numbered in the order of the document's sources. */
export const appendixRows = (sources: readonly ReportSource[], periodKey: string): ReportCell[][] => [...appendixRowsOf(sources, periodKey)];

/**
 * A printed appendix stays readable: up to this many rows it lists every number of the report; beyond
 * it, the numbers of the text (and those they are computed from), the tables' sources being in the
 * Excel file's 数据来源 sheet (a city bulletin of 120 units × 40 indicators has some 27,000).
 */
export const WORD_APPENDIX_MAX_ROWS = 600;

/** A computed number's inputs listed with it when they are at most this many (a rate, a gap; not a sum over districts). */
const FOLLOWED_INPUTS_MAX = 4;

export const TABLE_SOURCES_NOTE = '表格中各数字的来源见同名 Excel 文件的「数据来源」表。';

/** The sources the Word appendix lists, in the document's order, and whether some were left to the Excel file. */
export function wordAppendixSources(doc: Pick<ReportDocument, 'blocks' | 'sources'>): { sources: ReportSource[]; tablesInExcel: boolean } {
  if (doc.sources.length <= WORD_APPENDIX_MAX_ROWS) return { sources: doc.sources, tablesInExcel: false };
  const byId = new Map(doc.sources.map((s) => [s.id, s]));
  const wanted = new Set<string>();
  const want = (id: string) => {
    if (wanted.has(id)) return;
    wanted.add(id);
    // a formula over a few numbers brings them along; an aggregate over every unit does not
    const inputs = byId.get(id)?.inputs ?? [];
    if (inputs.length <= FOLLOWED_INPUTS_MAX) for (const input of inputs) want(input);
  };
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') for (const run of block.runs) if (run.sourceId) want(run.sourceId);
  }
  return { sources: doc.sources.filter((s) => wanted.has(s.id)), tablesInExcel: true };
}

/** 附件 on a new page: the label (黑体 3号, top left), the title, the table of sources; added to the body. */
export function appendixToWord(doc: Pick<ReportDocument, 'blocks' | 'sources' | 'periodKey'>, body: WordBody): void {
  const { sources, tablesInExcel } = wordAppendixSources(doc);
  body.add(
    pageBreakParagraphXml(runXml('附件', FONT.heading1, SIZE_PT.body)),
    paragraphXml(runXml(APPENDIX_TITLE, FONT.title, SIZE_PT.title), { spacing: { before: 240, after: 240 }, align: 'center' }),
    ...(tablesInExcel ? [paragraphXml(runXml(TABLE_SOURCES_NOTE, FONT.body, SIZE_PT.body), { spacing: { after: 120 } })] : []),
    tablePiece(APPENDIX_COLUMNS, appendixRows(sources, doc.periodKey)),
  );
}
