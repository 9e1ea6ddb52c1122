// A report's Word file packed from text. The docx package still writes the file's frame — styles,
// settings, numbering, theme, headers and footers, properties, the section (page, margins, grid) —
// around one placeholder paragraph; the body written as text (docx-xml.ts) takes the placeholder's
// place, the charts' pictures go into word/media with their relationships, and everything is zipped
// here: the body's pieces encoded and compressed as they are written, so a city's bulletin (some
// 20 MB of XML) never sits in memory whole, as objects or as one string.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import zlib from 'node:zlib';
import { Packer, Paragraph, TextRun, type Document } from 'docx';
import PizZip from 'pizzip';
import { addFontFallbacks } from './docx-fonts';
import type { BodyPiece, WordBody } from './docx-xml';

const DOCUMENT_XML = 'word/document.xml';
const DOCUMENT_RELS = 'word/_rels/document.xml.rels';
const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
/** Text gathered before it is encoded and handed to the compressor (characters). */
const BATCH_CHARS = 64 * 1024;

interface ZipEntry {
  name: Buffer;
  method: 0 | 8;
  crc: number;
  size: number;
  compressedSize: number;
  offset: number;
}

/** Files written one after another into a zip archive held as chunks (no data descriptors, no ZIP64). */
class ZipWriter {
  readonly #chunks: Buffer[] = [];
  readonly #entries: ZipEntry[] = [];
  #offset = 0;

  /** A file from its bytes: compressed, or stored as it is (pictures already compressed). */
  addBytes(name: string, bytes: Uint8Array, compress = true): void {
    const data = compress ? zlib.deflateRawSync(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.#add(name, compress ? 8 : 0, zlib.crc32(bytes), bytes.byteLength, [data]);
  }

  /** A text file from its pieces, encoded as UTF-8 and compressed batch by batch as they come. */
  async addText(name: string, pieces: Iterable<string>): Promise<void> {
    const deflate = zlib.createDeflateRaw();
    const compressed: Buffer[] = [];
    deflate.on('data', (chunk: Buffer) => compressed.push(chunk));
    const ended = once(deflate, 'end');
    let crc = 0;
    let size = 0;
    let batch: string[] = [];
    let batchChars = 0;
    const flush = async () => {
      const bytes = Buffer.from(batch.join(''), 'utf8');
      batch = [];
      batchChars = 0;
      crc = zlib.crc32(bytes, crc);
      size += bytes.byteLength;
      if (!deflate.write(bytes)) await once(deflate, 'drain');
    };
    for (const piece of pieces) {
      batch.push(piece);
      batchChars += piece.length;
      if (batchChars >= BATCH_CHARS) await flush();
    }
    await flush();
    deflate.end();
    await ended;
    this.#add(name, 8, crc, size, compressed);
  }

  #add(name: string, method: 0 | 8, crc: number, size: number, data: Buffer[]): void {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressedSize = data.reduce((n, d) => n + d.byteLength, 0);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // names in UTF-8
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(0, 10); // 00:00
    header.writeUInt16LE(0x21, 12); // 1980-01-01: the same bytes for the same content
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(compressedSize, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(nameBytes.byteLength, 26);
    header.writeUInt16LE(0, 28);
    this.#entries.push({ name: nameBytes, method, crc, size, compressedSize, offset: this.#offset });
    this.#chunks.push(header, nameBytes, ...data);
    this.#offset += header.byteLength + nameBytes.byteLength + compressedSize;
  }

  /** The archive: the files, then the central directory. */
  finish(): Buffer {
    const directoryAt = this.#offset;
    let directorySize = 0;
    for (const entry of this.#entries) {
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE(20, 4);
      record.writeUInt16LE(20, 6);
      record.writeUInt16LE(0x0800, 8);
      record.writeUInt16LE(entry.method, 10);
      record.writeUInt16LE(0, 12);
      record.writeUInt16LE(0x21, 14);
      record.writeUInt32LE(entry.crc >>> 0, 16);
      record.writeUInt32LE(entry.compressedSize, 20);
      record.writeUInt32LE(entry.size, 24);
      record.writeUInt16LE(entry.name.byteLength, 28);
      record.writeUInt32LE(entry.offset, 42);
      this.#chunks.push(record, entry.name);
      directorySize += record.byteLength + entry.name.byteLength;
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.#entries.length, 8);
    end.writeUInt16LE(this.#entries.length, 10);
    end.writeUInt32LE(directorySize, 12);
    end.writeUInt32LE(directoryAt, 16);
    this.#chunks.push(end);
    return Buffer.concat(this.#chunks);
  }
}

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
