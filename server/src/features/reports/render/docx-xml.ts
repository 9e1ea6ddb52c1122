// WordprocessingML written as text: runs and paragraphs as the report's Word file has them (the
// elements and their order as the docx package writes them, so files read the same in Word,
// LibreOffice and the tests), every text escaped. A report's body is a list of such pieces — a city's
// bulletin some 20 MB of XML — that the package writer (docx-package.ts) encodes and compresses as
// it goes, table row by table row, never holding the whole document as objects or as one string.
import { FONT, halfPoints } from './docx-layout';

// Characters XML 1.0 does not allow are dropped; the rest escaped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const escapeXmlText = (text: string): string =>
  text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A run's properties: the official East Asian font, Times New Roman for Latin letters and digits, the size. */
export function runProperties(eastAsia: string, sizePt: number, options: { bold?: boolean; color?: string } = {}): string {
  const size = halfPoints(sizePt);
  const weight = options.color !== undefined ? `<w:color w:val="${options.color}"/>`
    : options.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>';
  return `<w:rPr><w:rFonts w:ascii="${FONT.latin}" w:cs="${FONT.latin}" w:eastAsia="${escapeXmlText(eastAsia)}" w:hAnsi="${FONT.latin}" w:hint="eastAsia"/>`
    + `${weight}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
}

/** A run of text (text is always text: never a field or markup). */
export const runXml = (text: string, eastAsia: string, sizePt: number, options: { bold?: boolean; color?: string } = {}): string =>
  `<w:r>${runProperties(eastAsia, sizePt, options)}<w:t xml:space="preserve">${escapeXmlText(text)}</w:t></w:r>`;

/** A paragraph's properties, in the schema's order. */
export interface ParagraphLayout {
  keepNext?: boolean;
  spacing?: { line?: number; lineRule?: 'exact' | 'atLeast'; before?: number; after?: number };
  indent?: { firstLine?: number; right?: number; left?: number };
  align?: 'center' | 'right' | 'left' | 'both';
}

function paragraphProperties(layout: ParagraphLayout): string {
  const { keepNext, spacing, indent, align } = layout;
  const attrs = (pairs: [string, number | string | undefined][]) => pairs.filter(([, v]) => v !== undefined).map(([k, v]) => ` w:${k}="${v}"`).join('');
  const parts = [
    keepNext ? '<w:keepNext/>' : '',
    spacing ? `<w:spacing${attrs([['before', spacing.before], ['after', spacing.after], ['line', spacing.line], ['lineRule', spacing.lineRule]])}/>` : '',
    indent ? `<w:ind${attrs([['left', indent.left], ['right', indent.right], ['firstLine', indent.firstLine]])}/>` : '',
    align ? `<w:jc w:val="${align}"/>` : '',
  ].join('');
  return parts ? `<w:pPr>${parts}</w:pPr>` : '';
}

/** A paragraph of the given runs (their XML); an empty one is `<w:p/>`. */
export const paragraphXml = (runs: string, layout: ParagraphLayout = {}): string => {
  const properties = paragraphProperties(layout);
  return properties || runs ? `<w:p>${properties}${runs}</w:p>` : '<w:p/>';
};

/** A page break, then the paragraph's runs. */
export const pageBreakParagraphXml = (runs: string): string => `<w:p><w:r><w:br w:type="page"/></w:r>${runs}</w:p>`;

/** What the body of a Word file is made of: XML text, or a table's rows written when the file is packed. */
export type BodyPiece = string | (() => Iterable<string>);

/** A picture of the body: its relationship id, its file in word/media, its bytes. */
export interface BodyPicture {
  id: string;
  target: string;
  png: Buffer;
}

/** The body of a report's Word file, in order, with its pictures. */
export class WordBody {
  readonly pieces: BodyPiece[] = [];
  readonly pictures: BodyPicture[] = [];

  add(...pieces: BodyPiece[]): this {
    this.pieces.push(...pieces);
    return this;
  }

  /** Keeps a PNG with the file; its relationship id for the drawing. */
  picture(png: Buffer): string {
    const n = this.pictures.length + 1;
    const picture = { id: `rIdChart${n}`, target: `media/chart${n}.png`, png };
    this.pictures.push(picture);
    return picture.id;
  }
}
