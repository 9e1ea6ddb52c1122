// The blocks of a ReportDocument as Word paragraphs and tables, written as WordprocessingML text:
// headings (一级 黑体, 二级 楷体), body paragraphs (仿宋 3号, first line indented two characters),
// tables whose header row repeats on every page and whose card cells are shaded, charts as PNG
// images. Text is always written as text (escaped), never as fields or markup.
import type { ReportBlock } from '@hongtu/contracts/reports';
import { CHART_SIZE, chartPng, type ChartBlock } from './chart-image';
import { FONT, LINE_PITCH_TWIPS, PAGE, SIZE_PT } from './docx-layout';
import { tablePiece } from './docx-table-xml';
import { releaseChartMemory } from './render-memory';
import { escapeXmlText, paragraphXml, runXml, type ParagraphLayout, type WordBody } from './docx-xml';

type TableBlock = Extract<ReportBlock, { kind: 'table' }>;

/** Two characters of 3号 (the first-line indent of body text). */
const INDENT_TWO_CHARS = SIZE_PT.body * 20 * 2;
/** Body lines on the grid's pitch exactly, so a page holds 22 of them. */
const EXACT_LINE = { line: LINE_PITCH_TWIPS, lineRule: 'exact' } as const;

/** The layout of body text (仿宋 3号 on the grid, first line indented two characters, justified), with changes. */
export const bodyLayout = (changes: ParagraphLayout = {}): ParagraphLayout =>
  ({ spacing: EXACT_LINE, indent: { firstLine: INDENT_TWO_CHARS }, align: 'both', ...changes });

/** A paragraph of body text from its runs (their XML); a number's run is plain text like the rest. */
export const bodyParagraph = (runs: string, changes: ParagraphLayout = {}): string => paragraphXml(runs, bodyLayout(changes));

const headingParagraph = (level: 1 | 2 | 3, text: string) => {
  // 一级标题 黑体, 二级 楷体_GB2312, 三级 仿宋 bold — all 3号, indented like body text.
  const font = level === 1 ? FONT.heading1 : level === 2 ? FONT.heading2 : FONT.body;
  return bodyParagraph(runXml(text, font, SIZE_PT.body, { bold: level === 3 }), { keepNext: true });
};

const captionParagraph = (text: string) =>
  paragraphXml(runXml(text, FONT.heading1, SIZE_PT.tableTitle), { keepNext: true, spacing: EXACT_LINE, align: 'center' });

const noteParagraph = (text: string) => paragraphXml(runXml(text, FONT.body, SIZE_PT.table), { spacing: { before: 60, after: 120 } });

function tableBlock(block: TableBlock, body: WordBody): void {
  body.add(captionParagraph(block.title), tablePiece(block.columns, block.rows), noteParagraph(block.note ?? ''));
}

/** The chart's width on the page (the type area, in pixels at 96 to the inch) and its height in proportion. */
const CHART_WIDTH_PX = Math.floor((PAGE.typeArea.widthMm / 25.4) * 96) - 4;
/** English Metric Units in a pixel at 96 to the inch. */
const EMU_PER_PX = 9525;

/** An inline picture of the given size, its description the chart's title. */
function drawingXml(relationshipId: string, drawingId: number, name: string, description: string, widthPx: number, heightPx: number): string {
  const [cx, cy] = [widthPx * EMU_PER_PX, heightPx * EMU_PER_PX];
  const text = escapeXmlText(description);
  const a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
  return '<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
    + `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent t="0" r="0" b="0" l="0"/>`
    + `<wp:docPr id="${drawingId}" name="${escapeXmlText(name)}" descr="${text}" title="${text}"/>`
    + `<wp:cNvGraphicFramePr><a:graphicFrameLocks ${a} noChangeAspect="1"/></wp:cNvGraphicFramePr>`
    + `<a:graphic ${a}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">`
    + '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    + '<pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>'
    + `<pic:blipFill><a:blip r:embed="${relationshipId}" cstate="none"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`
    + `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`
    + '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>';
}

async function chartBlock(block: ChartBlock, index: number, body: WordBody): Promise<void> {
  const height = Math.round((CHART_WIDTH_PX * CHART_SIZE.height) / CHART_SIZE.width);
  const id = body.picture(chartPng(block));
  await releaseChartMemory();
  const drawing = drawingXml(id, index + 1, `chart${index + 1}`, block.title, CHART_WIDTH_PX, height);
  body.add(paragraphXml(`<w:r>${drawing}</w:r>`, { keepNext: true, align: 'center' }), noteParagraph(''));
}

/** The document's blocks in order, as Word paragraphs and tables, added to the body. */
export async function blocksToWord(blocks: ReportBlock[], body: WordBody): Promise<void> {
  let charts = 0;
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        body.add(headingParagraph(block.level, block.text));
        break;
      case 'paragraph':
        body.add(bodyParagraph(block.runs.map((run) => runXml(run.text, FONT.body, SIZE_PT.body, { bold: run.bold ?? false })).join('')));
        break;
      case 'table':
        tableBlock(block, body);
        break;
      case 'chart':
        await chartBlock(block, charts++, body);
        break;
    }
  }
}
