// The blocks of a ReportDocument as Word paragraphs and tables: headings (一级 黑体, 二级 楷体), body
// paragraphs (仿宋 3号, first line indented two characters), tables whose header row repeats on every
// page and whose card cells are shaded, charts as PNG images. Text is always written as text (the
// docx package escapes it), never as fields or markup.
import {
  AlignmentType, ImageRun, LineRuleType, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, VerticalAlignTable, WidthType,
  type IParagraphOptions, type ParagraphChild,
} from 'docx';
import type { ReportBlock, ReportCell } from '@hongtu/contracts/reports';
import { CHART_SIZE, chartPng, type ChartBlock } from './chart-image';
import { CARD_FILL, FONT, HEADER_FILL, LINE_PITCH_TWIPS, PAGE, SIZE_PT, fontOf, halfPoints, mmToTwips } from './docx-layout';

type TableBlock = Extract<ReportBlock, { kind: 'table' }>;

/** Two characters of 3号 (the first-line indent of body text). */
const INDENT_TWO_CHARS = SIZE_PT.body * 20 * 2;
/** Body lines on the grid's pitch exactly, so a page holds 22 of them. */
const EXACT_LINE = { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT } as const;

export const textRun = (text: string, font: string, sizePt: number, bold = false) =>
  new TextRun({ text, font: fontOf(font), size: halfPoints(sizePt), bold });

/** A paragraph of body text (仿宋 3号) from its runs; a number's run is plain text like the rest. */
export const bodyParagraph = (children: ParagraphChild[], options: Partial<IParagraphOptions> = {}) =>
  new Paragraph({ children, spacing: EXACT_LINE, indent: { firstLine: INDENT_TWO_CHARS }, alignment: AlignmentType.JUSTIFIED, ...options });

const headingParagraph = (level: 1 | 2 | 3, text: string) => {
  // 一级标题 黑体, 二级 楷体_GB2312, 三级 仿宋 bold — all 3号, indented like body text.
  const font = level === 1 ? FONT.heading1 : level === 2 ? FONT.heading2 : FONT.body;
  return bodyParagraph([textRun(text, font, SIZE_PT.body, level === 3)], { keepNext: true });
};

const CELL_MARGIN = { top: 40, bottom: 40, left: 80, right: 80 };

function cellOf(cell: ReportCell, header: boolean): TableCell {
  const numeric = !header && cell.value !== undefined && cell.value !== null;
  return new TableCell({
    children: [new Paragraph({
      alignment: header ? AlignmentType.CENTER : numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
      children: [textRun(cell.text, header ? FONT.heading1 : FONT.body, SIZE_PT.table, false)],
    })],
    verticalAlign: VerticalAlignTable.CENTER,
    margins: CELL_MARGIN,
    ...(header
      ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } }
      : cell.card ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: CARD_FILL[cell.card] } } : {}),
  });
}

const TYPE_AREA_TWIPS = mmToTwips(PAGE.typeArea.widthMm);

/** Column widths over the type area, from the block's relative widths (equal when not given). */
function columnWidths(columns: { width?: number }[]): number[] {
  const weights = columns.map((c) => (c.width && c.width > 0 ? c.width : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((TYPE_AREA_TWIPS * w) / total));
}

/** A table: its header row repeated on every page it runs over, card cells shaded red or yellow. */
export function wordTable(columns: { label: string; width?: number }[], rows: ReportCell[][]): Table {
  const widths = columnWidths(columns);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) => cellOf({ text: c.label }, true)),
  });
  const body = rows.map((row) => new TableRow({ cantSplit: true, children: row.map((cell) => cellOf(cell, false)) }));
  return new Table({
    rows: [header, ...body],
    width: { size: TYPE_AREA_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
  });
}

const captionParagraph = (text: string) =>
  new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: EXACT_LINE, children: [textRun(text, FONT.heading1, SIZE_PT.tableTitle)] });

const noteParagraph = (text: string) =>
  new Paragraph({ spacing: { before: 60, after: 120 }, children: [textRun(text, FONT.body, SIZE_PT.table)] });

function tableBlock(block: TableBlock): (Paragraph | Table)[] {
  return [captionParagraph(block.title), wordTable(block.columns, block.rows), ...(block.note ? [noteParagraph(block.note)] : [noteParagraph('')])];
}

/** The chart's width on the page (the type area, in pixels at 96 to the inch) and its height in proportion. */
const CHART_WIDTH_PX = Math.floor((PAGE.typeArea.widthMm / 25.4) * 96) - 4;

function chartBlock(block: ChartBlock, index: number): Paragraph[] {
  const height = Math.round((CHART_WIDTH_PX * CHART_SIZE.height) / CHART_SIZE.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [new ImageRun({
        type: 'png',
        data: chartPng(block),
        transformation: { width: CHART_WIDTH_PX, height },
        altText: { name: `chart${index + 1}`, title: block.title, description: block.title },
      })],
    }),
    noteParagraph(''),
  ];
}

/** The document's blocks in order, as Word paragraphs and tables. */
export function blocksToWord(blocks: ReportBlock[]): (Paragraph | Table)[] {
  let charts = 0;
  return blocks.flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'heading':
        return [headingParagraph(block.level, block.text)];
      case 'paragraph':
        return [bodyParagraph(block.runs.map((run) => textRun(run.text, FONT.body, SIZE_PT.body, run.bold ?? false)))];
      case 'table':
        return tableBlock(block);
      case 'chart':
        return chartBlock(block, charts++);
    }
  });
}
