// A report as a Word file in the GB/T 9704-2012 党政机关公文 layout, made from its ReportDocument only:
// title (方正小标宋简体 2号, centred), body (仿宋_GB2312 3号), headings (黑体 / 楷体_GB2312), tables with
// their header row repeated and card cells shaded, charts drawn by ECharts, the issuer and date
// line, page numbers "— 1 —" (4号 宋体) outside (odd pages right, even pages left), and the
// appendix of sources. A provisional report says 「初步数据」 under its title and in every header.
// With a house-style template, the same content goes into the city's own file (report-templates.render.ts).
import { AlignmentType, Document, DocumentGridType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { ReportDocument } from '@hongtu/contracts/reports';
import { appendixToWord } from './docx-appendix';
import { blocksToWord, bodyParagraph } from './docx-blocks';
import { CHAR_SPACE, FONT, LINE_PITCH_TWIPS, PAGE, SIZE_PT, fontOf, halfPoints, mmToTwips } from './docx-layout';
import { bodyPlaceholder, packDocx } from './docx-package';
import { paragraphXml, runXml, WordBody } from './docx-xml';

export const PROVISIONAL_MARK = '初步数据';

export interface RenderDocxOptions {
  /** A house-style .docx template (checked when it was uploaded); absent → the built-in layout. */
  template?: Buffer;
}

/** One character of 4号: the page number's distance from the type area's outer edge. */
const ONE_CHAR_4 = SIZE_PT.pageNumber * 20;
/** Four characters of 3号: the date line's distance from the right edge. */
const FOUR_CHARS = SIZE_PT.body * 20 * 4;

const pageNumberParagraph = (alignment: 'right' | 'left') => new Paragraph({
  alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
  indent: alignment === 'right' ? { right: ONE_CHAR_4 } : { left: ONE_CHAR_4 },
  children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fontOf(FONT.pageNumber), size: halfPoints(SIZE_PT.pageNumber) })],
});

const provisionalHeader = () => new Header({
  children: [new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: `【${PROVISIONAL_MARK}】`, font: fontOf(FONT.heading1), size: halfPoints(SIZE_PT.pageNumber), color: 'C00000' })],
  })],
});

/** The title area: the title, and under it 「初步数据」 for a provisional report, then an empty line. */
export function titleArea(doc: ReportDocument): string[] {
  return [
    paragraphXml(runXml(doc.title, FONT.title, SIZE_PT.title), { spacing: { line: Math.round(LINE_PITCH_TWIPS * 1.2), lineRule: 'atLeast' }, align: 'center' }),
    ...(doc.provisional ? [provisionalMark()] : []),
    '<w:p/>',
  ];
}

/** 「（初步数据）」 under the title, in red. */
const provisionalMark = () => paragraphXml(runXml(`（${PROVISIONAL_MARK}）`, FONT.heading2, SIZE_PT.body, { color: 'C00000' }), { align: 'center' });

/** The issuer and the date line at the end of the text, the date four characters from the right edge. */
export function signatureArea(doc: ReportDocument): string[] {
  const right = { align: 'right', indent: { right: FOUR_CHARS } } as const;
  return [
    '<w:p/>',
    bodyParagraph(runXml(doc.issuer, FONT.body, SIZE_PT.body), right),
    bodyParagraph(runXml(doc.dateLine, FONT.body, SIZE_PT.body), right),
  ];
}

/** Everything between the title area and the appendix: the blocks, then issuer and date; then the appendix. */
async function bodyAndAppendix(doc: ReportDocument, body: WordBody): Promise<void> {
  await blocksToWord(doc.blocks, body);
  body.add(...signatureArea(doc));
  if (doc.sources.length > 0) appendixToWord(doc, body);
}

const sectionProperties = {
  page: {
    size: { width: mmToTwips(PAGE.widthMm), height: mmToTwips(PAGE.heightMm) },
    margin: {
      top: mmToTwips(PAGE.margin.topMm),
      left: mmToTwips(PAGE.margin.leftMm),
      bottom: mmToTwips(PAGE.margin.bottomMm),
      right: mmToTwips(PAGE.margin.rightMm),
      header: mmToTwips(PAGE.headerMm),
      footer: mmToTwips(PAGE.footerMm),
    },
  },
  grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH_TWIPS, charSpace: CHAR_SPACE },
};

/** The file's frame around the body's placeholder: properties, styles, page setup, headers and footers. */
const frameOf = (doc: ReportDocument, placeholder: Paragraph, withHeaders: boolean) => new Document({
  creator: doc.issuer,
  title: doc.provisional ? `${doc.title}（${PROVISIONAL_MARK}）` : doc.title,
  evenAndOddHeaderAndFooters: withHeaders,
  styles: { default: { document: { run: { font: fontOf(FONT.body), size: halfPoints(SIZE_PT.body) } } } },
  sections: [{
    properties: sectionProperties,
    headers: withHeaders && doc.provisional ? { default: provisionalHeader(), even: provisionalHeader() } : undefined,
    footers: withHeaders
      ? { default: new Footer({ children: [pageNumberParagraph('right')] }), even: new Footer({ children: [pageNumberParagraph('left')] }) }
      : undefined,
    children: [placeholder],
  }],
});

/** The report's Word file in the built-in layout. */
export async function renderBuiltInDocx(doc: ReportDocument): Promise<Buffer> {
  const body = new WordBody().add(...titleArea(doc));
  await bodyAndAppendix(doc, body);
  const { marker, paragraph } = bodyPlaceholder();
  return packDocx(frameOf(doc, paragraph, true), marker, body, { fontFallbacks: true });
}

/**
 * The content a house-style template receives at {@body}: the blocks, issuer and date, the
 * appendix — with 「（初步数据）」 first for a provisional report (the template's own title area,
 * header and footer stay the city's).
 */
export async function renderBodyDocx(doc: ReportDocument): Promise<Buffer> {
  const body = new WordBody().add(...(doc.provisional ? [provisionalMark()] : []));
  await bodyAndAppendix(doc, body);
  const { marker, paragraph } = bodyPlaceholder();
  return packDocx(frameOf(doc, paragraph, false), marker, body, { fontFallbacks: false });
}

/**
 * The report as a Word file: the built-in GB/T 9704 layout, or the city's house-style template
 * filled with the same content.
 */
export async function renderReportDocx(doc: ReportDocument, options: RenderDocxOptions = {}): Promise<Buffer> {
  if (!options.template) return renderBuiltInDocx(doc);
  // Loaded when used: the template filler builds on this module.
  const { fillTemplate } = await import('../report-templates.render');
  return fillTemplate(options.template, doc);
}
