// Tables written as WordprocessingML text. A city's bulletin has some forty tables of a hundred and
// more rows; built as the docx package's objects they cost seconds and gigabytes, written as text a
// fraction. The document is first packed with one placeholder paragraph per table (a marker no
// text can contain: it carries a random nonce), then each placeholder is replaced by its table's XML
// — the same elements the package would write: widths, borders, a header row repeated on every
// page, rows kept whole, card cells shaded, numbers right-aligned, every text escaped.
import { randomUUID } from 'node:crypto';
import { Paragraph, TextRun } from 'docx';
import type { ReportCell } from '@hongtu/contracts/reports';
import { CARD_FILL, FONT, HEADER_FILL, PAGE, SIZE_PT, halfPoints, mmToTwips } from './docx-layout';

export interface TableColumn { label: string; width?: number }

const TYPE_AREA_TWIPS = mmToTwips(PAGE.typeArea.widthMm);

/** Column widths over the type area, from the relative widths (equal when not given). */
export function columnWidths(columns: readonly TableColumn[]): number[] {
  const weights = columns.map((c) => (c.width && c.width > 0 ? c.width : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((TYPE_AREA_TWIPS * w) / total));
}

// Characters XML 1.0 does not allow are dropped; the rest escaped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const escapeXmlText = (text: string): string =>
  text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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

/** A table as WordprocessingML: its header row repeated on every page it runs over, rows never split. */
export function tableXml(columns: readonly TableColumn[], rows: readonly (readonly ReportCell[])[]): string {
  const widths = columnWidths(columns);
  const parts: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${TYPE_AREA_TWIPS}"/><w:tblBorders>${BORDERS}</w:tblBorders></w:tblPr>`,
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${columns.map((c, i) => cellXml({ text: c.label }, widths[i]!, true)).join('')}</w:tr>`,
  ];
  for (const row of rows) parts.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${row.map((cell, i) => cellXml(cell, widths[i] ?? widths.at(-1)!, false)).join('')}</w:tr>`);
  parts.push('</w:tbl>');
  return parts.join('');
}

/** The tables of one Word file: each stands in the packed document as a placeholder paragraph until `fill`. */
export class WordTables {
  private readonly nonce = randomUUID();
  private readonly xmlByMarker = new Map<string, string>();

  /** The placeholder paragraph of a table, its XML kept for `fill`. */
  table(columns: readonly TableColumn[], rows: readonly (readonly ReportCell[])[]): Paragraph {
    const marker = `HONGTU-TABLE-${this.nonce}-${this.xmlByMarker.size}`;
    this.xmlByMarker.set(marker, tableXml(columns, rows));
    return new Paragraph({ children: [new TextRun(marker)] });
  }

  /** The document's XML with every placeholder paragraph replaced by its table. */
  fill(documentXml: string): string {
    const spans = [...this.xmlByMarker].map(([marker, xml]) => {
      const at = documentXml.indexOf(marker);
      if (at < 0) throw new Error(`table placeholder ${marker} missing from the packed document`);
      const start = Math.max(documentXml.lastIndexOf('<w:p>', at), documentXml.lastIndexOf('<w:p ', at));
      return { start, end: documentXml.indexOf('</w:p>', at) + '</w:p>'.length, xml };
    }).sort((a, b) => a.start - b.start);
    const out: string[] = [];
    let from = 0;
    for (const { start, end, xml } of spans) {
      out.push(documentXml.slice(from, start), xml);
      from = end;
    }
    out.push(documentXml.slice(from));
    return out.join('');
  }
}
