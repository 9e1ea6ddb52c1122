// Tables written as WordprocessingML text. A city's bulletin has some forty tables of a hundred and
// more rows; built as the docx package's objects they cost seconds and gigabytes, written as text a
// fraction — and written row by row while the file is packed, never as one string: widths, borders,
// a header row repeated on every page, rows kept whole, card cells shaded, numbers right-aligned,
// every text escaped.
import type { ReportCell } from '@hongtu/contracts/reports';
import { CARD_FILL, FONT, HEADER_FILL, PAGE, SIZE_PT, halfPoints, mmToTwips } from './docx-layout';
import { escapeXmlText, type BodyPiece } from './docx-xml';

export interface TableColumn { label: string; width?: number }

const TYPE_AREA_TWIPS = mmToTwips(PAGE.typeArea.widthMm);

/** Column widths over the type area, from the relative widths (equal when not given). */
export function columnWidths(columns: readonly TableColumn[]): number[] {
  const weights = columns.map((c) => (c.width && c.width > 0 ? c.width : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((TYPE_AREA_TWIPS * w) / total));
}

const BORDER = 'w:val="single" w:color="auto" w:sz="4"';
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('');
const MARGINS = '<w:tcMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="80"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="80"/></w:tcMar>';
const runProperties = (eastAsia: string) =>
  `<w:rPr><w:rFonts w:ascii="${FONT.latin}" w:cs="${FONT.latin}" w:eastAsia="${eastAsia}" w:hAnsi="${FONT.latin}" w:hint="eastAsia"/>`
  + `<w:b w:val="false"/><w:bCs w:val="false"/><w:sz w:val="${halfPoints(SIZE_PT.table)}"/><w:szCs w:val="${halfPoints(SIZE_PT.table)}"/></w:rPr>`;
const HEADER_RUN = runProperties(FONT.heading1);
const BODY_RUN = runProperties(FONT.body);

function cellXml(cell: ReportCell, width: number, header: boolean): string {
  const numeric = !header && cell.value !== undefined && cell.value !== null;
  const fill = header ? HEADER_FILL : cell.card ? CARD_FILL[cell.card] : null;
  const align = header ? 'center' : numeric ? 'right' : 'left';
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${fill ? `<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>` : ''}${MARGINS}<w:vAlign w:val="center"/></w:tcPr>`
    + `<w:p><w:pPr><w:jc w:val="${align}"/></w:pPr><w:r>${header ? HEADER_RUN : BODY_RUN}<w:t xml:space="preserve">${escapeXmlText(cell.text)}</w:t></w:r></w:p></w:tc>`;
}

/** A table as WordprocessingML, piece by piece: its header row repeated on every page it runs over, rows never split. */
export function* tableXmlParts(columns: readonly TableColumn[], rows: readonly (readonly ReportCell[])[]): Generator<string> {
  const widths = columnWidths(columns);
  yield `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${TYPE_AREA_TWIPS}"/><w:tblBorders>${BORDERS}</w:tblBorders></w:tblPr>`
    + `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
    + `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${columns.map((c, i) => cellXml({ text: c.label }, widths[i]!, true)).join('')}</w:tr>`;
  for (const row of rows) yield `<w:tr><w:trPr><w:cantSplit/></w:trPr>${row.map((cell, i) => cellXml(cell, widths[i] ?? widths.at(-1)!, false)).join('')}</w:tr>`;
  yield '</w:tbl>';
}

/** A table as one string of WordprocessingML. */
export const tableXml = (columns: readonly TableColumn[], rows: readonly (readonly ReportCell[])[]): string => [...tableXmlParts(columns, rows)].join('');

/** A table as a piece of a Word body: its rows written when the file is packed. */
export const tablePiece = (columns: readonly TableColumn[], rows: readonly (readonly ReportCell[])[]): BodyPiece => () => tableXmlParts(columns, rows);
