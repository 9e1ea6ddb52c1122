// A report's Word file packed from text. The docx package still writes the file's frame — styles,
// settings, numbering, theme, headers and footers, properties, the section (page, margins, grid) —
// around one placeholder paragraph; the body written as text (docx-xml.ts) takes the placeholder's
// place, the charts' pictures go into word/media with their relationships, and everything is zipped
// here: the body's pieces encoded and compressed as they are written, so a city's bulletin (some
// 20 MB of XML) never sits in memory whole, as objects or as one string.
import { randomUUID } from 'node:crypto';
import { Packer, Paragraph, TextRun, type Document } from 'docx';
import PizZip from 'pizzip';
import { addFontFallbacks } from './docx-fonts';
import type { BodyPiece, WordBody } from './docx-xml';
import { ZipWriter } from './zip-writer';

const DOCUMENT_XML = 'word/document.xml';
const DOCUMENT_RELS = 'word/_rels/document.xml.rels';
const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

/** The placeholder the body replaces: a marker no text of a report can contain (it carries a random nonce). */
export const bodyPlaceholder = () => {
  const marker = `HONGTU-BODY-${randomUUID()}`;
  return { marker, paragraph: new Paragraph({ children: [new TextRun(marker)] }) };
};

/** The frame's document.xml around the placeholder paragraph. */
function aroundPlaceholder(documentXml: string, marker: string): { before: string; after: string } {
  const at = documentXml.indexOf(marker);
  if (at < 0) throw new Error('the body placeholder is missing from the packed frame');
  const start = Math.max(documentXml.lastIndexOf('<w:p>', at), documentXml.lastIndexOf('<w:p ', at));
  const end = documentXml.indexOf('</w:p>', at) + '</w:p>'.length;
  return { before: documentXml.slice(0, start), after: documentXml.slice(end) };
}

function* bodyText(before: string, pieces: readonly BodyPiece[], after: string): Generator<string> {
  yield before;
  for (const piece of pieces) {
    if (typeof piece === 'string') yield piece;
    else yield* piece();
  }
  yield after;
}

/**
 * The Word file: the frame (a docx Document whose only child is the placeholder paragraph) packed by
 * the docx package, the body in the placeholder's place, the pictures with their relationships, the
 * official fonts' alternates in the font table when asked.
 */
export async function packDocx(frame: Document, marker: string, body: WordBody, options: { fontFallbacks: boolean }): Promise<Buffer> {
  const zip = new PizZip(await Packer.toBuffer(frame));
  if (options.fontFallbacks) addFontFallbacks(zip);
  if (body.pictures.length > 0) {
    const rels = zip.file(DOCUMENT_RELS)!.asText();
    const added = body.pictures.map((p) => `<Relationship Id="${p.id}" Type="${IMAGE_REL}" Target="${p.target}"/>`).join('');
    zip.file(DOCUMENT_RELS, rels.replace('</Relationships>', `${added}</Relationships>`));
  }
  const out = new ZipWriter();
  for (const name of Object.keys(zip.files)) {
    const file = zip.files[name]!;
    if (file.dir) continue;
    if (name === DOCUMENT_XML) {
      const { before, after } = aroundPlaceholder(file.asText(), marker);
      await out.addText(name, bodyText(before, body.pieces, after));
    } else out.addBytes(name, file.asUint8Array());
  }
  for (const picture of body.pictures) out.addBytes(`word/${picture.target}`, picture.png, false);
  return out.finish();
}
