// The blocks of a ReportDocument as Word paragraphs and tables: headings (一级 黑体, 二级 楷体), body
// paragraphs (仿宋 3号, first line indented two characters), tables whose header row repeats on every
// page and whose card cells are shaded, charts as PNG images. Text is always written as text (the
// docx package escapes it), never as fields or markup.
import { AlignmentType, ImageRun, LineRuleType, Paragraph, TextRun, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { ReportBlock } from '@hongtu/contracts/reports';
import { CHART_SIZE, chartPng, type ChartBlock } from './chart-image';
import { FONT, LINE_PITCH_TWIPS, PAGE, SIZE_PT, fontOf, halfPoints } from './docx-layout';
import type { WordTables } from './docx-table-xml';

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

const captionParagraph = (text: string) =>
  new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: EXACT_LINE, children: [textRun(text, FONT.heading1, SIZE_PT.tableTitle)] });

const noteParagraph = (text: string) =>
  new Paragraph({ spacing: { before: 60, after: 120 }, children: [textRun(text, FONT.body, SIZE_PT.table)] });

function tableBlock(block: TableBlock, tables: WordTables): Paragraph[] {
  return [captionParagraph(block.title), tables.table(block.columns, block.rows), ...(block.note ? [noteParagraph(block.note)] : [noteParagraph('')])];
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
export function blocksToWord(blocks: ReportBlock[], tables: WordTables): Paragraph[] {
  let charts = 0;
  return blocks.flatMap((block): Paragraph[] => {
    switch (block.kind) {
      case 'heading':
        return [headingParagraph(block.level, block.text)];
      case 'paragraph':
        return [bodyParagraph(block.runs.map((run) => textRun(run.text, FONT.body, SIZE_PT.body, run.bold ?? false)))];
      case 'table':
        return tableBlock(block, tables);
      case 'chart':
        return chartBlock(block, charts++);
    }
  });
}
