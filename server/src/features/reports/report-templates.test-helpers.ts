// House-style templates for the tests, made as a city would in Word: a red 发文机关 line with {issuer},
// the title, {@body} in a paragraph of its own, {scope} and {period} in the header, {dateLine}.
import { AlignmentType, Document, Header, Packer, Paragraph, TextRun } from 'docx';
import PizZip from 'pizzip';

/** A template whose body paragraphs are the given texts (placeholders as typed). */
export async function makeTemplate(paragraphs: string[] = ['{issuer}文件', '{title}', '{@body}', '{dateLine}'], header = '{scope} {period}'): Promise<Buffer> {
  const document = new Document({
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun(header)] })] }) },
      children: paragraphs.map((text, i) => new Paragraph({
        alignment: i < 2 ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [new TextRun({ text, color: i === 0 ? 'FF0000' : undefined, size: i === 0 ? 52 : 32 })],
      })),
    }],
  });
  return Packer.toBuffer(document);
}

/** The same .docx with parts added or replaced (a macro project, another content type). */
export function withParts(docx: Buffer, parts: Record<string, string | Uint8Array>): Buffer {
  const zip = new PizZip(docx);
  for (const [name, data] of Object.entries(parts)) zip.file(name, data);
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
