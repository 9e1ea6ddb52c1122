// A workbook written as SpreadsheetML text and zipped as it is written (zip-writer.ts): a city's
// bulletin is forty sheets and some 27,000 source rows — 200,000 cells — which ExcelJS's streaming
// writer turned into cell objects and style lookups one by one (seconds, and a few hundred MiB
// with the rest of the report). Here a sheet is written row by row into the compressor. The parts
// are those ExcelJS wrote (workbook, sheets with their frozen title and header rows, merged title,
// column widths, styles, document properties) and read back the same (report-xlsx.same.test.ts).
import { escapeXmlText } from './docx-xml';
import { ZipWriter } from './zip-writer';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A cell's look: its number format, bold and size of its font, fill colour, alignment. */
export interface CellStyle {
  numFmt?: string;
  font?: { bold: boolean; size?: number };
  fill?: string;
  alignment?: { horizontal: 'center'; vertical?: 'center'; wrapText?: boolean };
}

/** Number formats Excel knows by id (the rest are declared from 164 on). */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '@': 49,
};

/** The workbook's styles, each registered at its first use (cellXfs 0 is the unstyled cell). */
export class StyleSheet {
  readonly #formats: string[] = [];
  readonly #fonts = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];
  readonly #fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  readonly #xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  readonly #byKey = new Map<string, number>();

  #index(list: string[], entry: string): number {
    const at = list.indexOf(entry);
    if (at >= 0) return at;
    list.push(entry);
    return list.length - 1;
  }

  /** The style's index (s="…"), 0 for none. */
  of(style: CellStyle): number {
    const key = JSON.stringify(style);
    const known = this.#byKey.get(key);
    if (known !== undefined) return known;
    let index = 0;
    if (style.numFmt !== undefined || style.font || style.fill || style.alignment) {
      const numFmtId = style.numFmt === undefined ? 0
        : BUILT_IN_FORMATS[style.numFmt] ?? 164 + this.#index(this.#formats, style.numFmt);
      const fontId = style.font
        ? this.#index(this.#fonts, `<font>${style.font.bold ? '<b/>' : ''}${style.font.size ? `<sz val="${style.font.size}"/>` : ''}</font>`) : 0;
      const fillId = style.fill
        ? this.#index(this.#fills, `<fill><patternFill patternType="solid"><fgColor rgb="FF${style.fill}"/></patternFill></fill>`) : 0;
      const a = style.alignment;
      const applied = [
        style.numFmt !== undefined ? ' applyNumberFormat="1"' : '', style.font ? ' applyFont="1"' : '', style.fill ? ' applyFill="1"' : '', a ? ' applyAlignment="1"' : '',
      ].join('');
      const alignment = a ? `<alignment horizontal="${a.horizontal}"${a.vertical ? ` vertical="${a.vertical}"` : ''}${a.wrapText ? ' wrapText="1"' : ''}/>` : '';
      const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applied}`;
      index = this.#index(this.#xfs, alignment ? `${open}>${alignment}</xf>` : `${open}/>`);
    }
    this.#byKey.set(key, index);
    return index;
  }

  xml(): string {
    const formats = this.#formats.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXmlText(code)}"/>`).join('');
    return `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">`
      + (formats ? `<numFmts count="${this.#formats.length}">${formats}</numFmts>` : '')
      + `<fonts count="${this.#fonts.length}">${this.#fonts.join('')}</fonts>`
      + `<fills count="${this.#fills.length}">${this.#fills.join('')}</fills>`
      + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
      + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
      + `<cellXfs count="${this.#xfs.length}">${this.#xfs.join('')}</cellXfs>`
      + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>';
  }
}

/** A1-style column letters of a 1-based column. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** One cell as written: text (never a formula), a number, or a styled empty cell (under a merged title). */
export type SheetCell = { text: string; style: number } | { number: number; style: number } | { empty: true; style: number };

function cellXml(ref: string, cell: SheetCell): string {
  const s = cell.style ? ` s="${cell.style}"` : '';
  if ('empty' in cell) return `<c r="${ref}"${s}/>`;
  if ('number' in cell) return `<c r="${ref}"${s}><v>${cell.number}</v></c>`;
  return `<c r="${ref}"${s} t="str"><v>${escapeXmlText(cell.text)}</v></c>`;
}

/** A sheet's rows, each a row number and its cells from column A. */
export interface SheetContent {
  name: string;
  /** Column widths in characters, from column A. */
  widths: number[];
  /** Rows kept in view above the scrolling part. */
  frozenRows: number;
  /** The merged range of the title, e.g. A1:D1, if any. */
  merge: string | null;
  rows: () => Iterable<{ row: number; cells: SheetCell[] }>;
}

function* sheetXml(sheet: SheetContent): Generator<string> {
  const top = `A${sheet.frozenRows + 1}`;
  yield `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`
    + `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${sheet.frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`
    + '<sheetFormatPr defaultRowHeight="15"/>'
    + (sheet.widths.length > 0 ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '')
    + '<sheetData>';
  for (const { row, cells } of sheet.rows()) {
    yield `<row r="${row}" spans="1:${Math.max(1, cells.length)}">${cells.map((cell, i) => cellXml(`${columnLetters(i + 1)}${row}`, cell)).join('')}</row>`;
  }
  yield `</sheetData>${sheet.merge ? `<mergeCells count="1"><mergeCell ref="${sheet.merge}"/></mergeCells>` : ''}`
    + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
}

/** The workbook of the given sheets (written in order), with its title and creator. */
export async function packXlsx(sheets: Iterable<SheetContent>, styles: StyleSheet, properties: { title: string; creator: string }): Promise<Buffer> {
  const zip = new ZipWriter();
  const names: string[] = [];
  for (const sheet of sheets) {
    names.push(sheet.name);
    await zip.addText(`xl/worksheets/sheet${names.length}.xml`, sheetXml(sheet));
  }
  const text = (name: string, xml: string) => zip.addBytes(name, Buffer.from(xml, 'utf8'));
  const sheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
  text('[Content_Types].xml', `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${sheetType}"/>`).join('')
    + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    + '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>');
  text('_rels/.rels', `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELS_NS}">`
    + `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>`
    + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    + `<Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`);
  text('xl/workbook.xml', `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>`
    + names.map((name, i) => `<sheet sheetId="${i + 1}" name="${escapeXmlText(name)}" state="visible" r:id="rId${i + 2}"/>`).join('')
    + '</sheets></workbook>');
  text('xl/_rels/workbook.xml.rels', `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELS_NS}">`
    + `<Relationship Id="rId1" Type="${REL_NS}/styles" Target="styles.xml"/>`
    + names.map((_, i) => `<Relationship Id="rId${i + 2}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')
    + '</Relationships>');
  text('xl/styles.xml', styles.xml());
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  text('docProps/core.xml', `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`
    + `<dc:creator>${escapeXmlText(properties.creator)}</dc:creator><dc:title>${escapeXmlText(properties.title)}</dc:title>`
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`);
  text('docProps/app.xml', `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`
    + '<Application>Hongtu</Application>'
    + `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${names.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>`
    + `<TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">${names.map((n) => `<vt:lpstr>${escapeXmlText(n)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts></Properties>`);
  return zip.finish();
}
