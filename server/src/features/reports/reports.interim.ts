// A plain stand-in for the report builder and the Word / Excel renderers, used through
// reports.parts.ts until builders/ and render/ provide them: one heading, a sentence per indicator of
// the unit, the table of the snapshot's rows and a chart, every number with its source; Word and
// Excel laid out without house style.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import { reportSpan } from '@hongtu/domain';
import type { Overview } from '@hongtu/contracts/dashboards';
import type { ReportBlock, ReportCell, ReportDocument, ReportKind, ReportRun, ReportSource } from '@hongtu/contracts/reports';

export interface InterimBuildInput {
  kind: ReportKind;
  periodKey: string;
  scope: { organisationId: number; name: string; isCity: boolean };
  snapshot: Overview;
  previous?: Overview | null;
  issuer: string;
  dateLine: string;
  provisional: boolean;
  groups?: Array<{ id: number; name: string }>;
  locale: string;
}

const TITLES: Record<ReportKind, string> = {
  'monthly-bulletin': '经济运行简报', 'ranking-notice': '主要经济指标排名通报', 'project-dispatch': '重点项目调度通报', 'execution-report': '计划执行情况报告',
};

export function buildInterimReport(input: InterimBuildInput): ReportDocument {
  const { snapshot, scope } = input;
  const span = reportSpan(input.periodKey);
  const sources: ReportSource[] = [];
  const source = (row: Overview['rows'][number], code: string, measure: string, value: string, origin: ReportSource['origin']) => {
    const indicator = snapshot.indicators.find((i) => i.code === code);
    const id = `${snapshot.periodKey}:${row.organisationId}:${code}:${measure}`;
    if (!sources.some((s) => s.id === id)) {
      sources.push({
        id, organisationId: row.organisationId, organisationName: row.organisationName, indicatorCode: code, indicatorName: indicator?.name ?? code,
        periodKey: snapshot.periodKey, measure, value, unit: measure === 'ytdValue' ? indicator?.unit ?? '' : '%', origin,
        formula: origin === 'computed' ? measure : null, inputs: [], submissionId: null, version: null, approvedAt: null, approvedBy: null,
      });
    }
    return id;
  };
  const rows = scope.isCity ? snapshot.rows : snapshot.rows.filter((r) => r.organisationId === scope.organisationId);
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: `${span?.words ?? input.periodKey}主要经济指标` }];
  const own = snapshot.rows.find((r) => r.organisationId === scope.organisationId);
  for (const cell of own?.cells ?? []) {
    const indicator = snapshot.indicators.find((i) => i.code === cell.indicatorCode);
    if (!indicator || cell.ytdValue === null || !own) continue;
    const runs: ReportRun[] = [{ text: `${indicator.name}完成` }, { text: cell.ytdValue, sourceId: source(own, indicator.code, 'ytdValue', cell.ytdValue, 'figure') }, { text: indicator.unit }];
    const growth = cell.reportedYoy ?? cell.yoy;
    if (growth !== null) runs.push({ text: '，同比增长' }, { text: `${growth}%`, sourceId: source(own, indicator.code, 'yoy', growth, cell.reportedYoy !== null ? 'figure' : 'computed') });
    runs.push({ text: '。' });
    blocks.push({ kind: 'paragraph', runs });
  }
  const first = snapshot.indicators.find((i) => rows.some((r) => r.cells.some((c) => c.indicatorCode === i.code && c.ytdValue !== null)));
  if (first) {
    const cells = (row: Overview['rows'][number]): ReportCell[] => {
      const cell = row.cells.find((c) => c.indicatorCode === first.code);
      const ytd = cell?.ytdValue ?? null;
      return [{ text: row.organisationName }, ytd === null ? { text: '—' } : { text: ytd, value: ytd, sourceId: source(row, first.code, 'ytdValue', ytd, 'figure') }];
    };
    blocks.push({ kind: 'table', title: first.name, sheetName: first.name.slice(0, 31), columns: [{ label: '单位' }, { label: `${first.name}(${first.unit})` }], rows: rows.map(cells) });
    blocks.push({
      kind: 'chart', title: first.name,
      chart: { type: 'bar', categories: rows.map((r) => r.organisationName), series: [{ name: first.name, values: rows.map((r) => { const v = r.cells.find((c) => c.indicatorCode === first.code)?.ytdValue; return v == null ? null : Number(v); }) }], unit: first.unit },
    });
  }
  return {
    kind: input.kind, title: `${scope.name}${span?.words ?? input.periodKey}${TITLES[input.kind]}`, issuer: input.issuer, dateLine: input.dateLine,
    periodKey: input.periodKey, scopeOrganisationId: scope.organisationId, scopeName: scope.name, provisional: input.provisional, blocks, sources,
  };
}

const runText = (runs: ReportRun[]) => runs.map((r) => r.text).join('');

export async function renderInterimDocx(doc: ReportDocument, _options: { template?: Buffer } = {}): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [new Paragraph({ children: [new TextRun({ text: doc.title, bold: true })] })];
  if (doc.provisional) children.push(new Paragraph({ children: [new TextRun('（初步数据）')] }));
  for (const block of doc.blocks) {
    if (block.kind === 'heading') children.push(new Paragraph({ children: [new TextRun({ text: block.text, bold: true })] }));
    else if (block.kind === 'paragraph') children.push(new Paragraph({ children: [new TextRun(runText(block.runs))] }));
    else if (block.kind === 'table') {
      children.push(new Paragraph({ children: [new TextRun(block.title)] }));
      const row = (texts: string[]) => new TableRow({ children: texts.map((text) => new TableCell({ children: [new Paragraph(text)] })) });
      children.push(new Table({ rows: [row(block.columns.map((c) => c.label)), ...block.rows.map((r) => row(r.map((c) => c.text)))] }));
    } else children.push(new Paragraph({ children: [new TextRun(block.title)] }));
  }
  children.push(new Paragraph(doc.issuer), new Paragraph(doc.dateLine));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

export async function renderInterimXlsx(doc: ReportDocument): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const block of doc.blocks) {
    if (block.kind !== 'table') continue;
    const sheet = book.addWorksheet(block.sheetName);
    sheet.addRow(block.columns.map((c) => c.label));
    for (const r of block.rows) sheet.addRow(r.map((c) => (c.value != null && c.value !== '' ? Number(c.value) : c.text)));
  }
  if (book.worksheets.length === 0) book.addWorksheet('报告');
  return Buffer.from(await book.xlsx.writeBuffer());
}
