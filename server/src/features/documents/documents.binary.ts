// Word .docx (mammoth's raw text) and PDF with a text layer (unpdf: pdf.js built for servers, no
// binaries). A .docx is a zip: its declared sizes and entry count are checked, then every entry is
// inflated with a hard output limit before mammoth reads it, so a zip bomb is refused unread.
import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { DOCUMENT_LIMITS } from '@hongtu/contracts';
import { AppError } from '../../platform/errors/app-error';
import { readCentralDirectory, type ZipEntry } from '../../platform/imports/zip-inspector';
import { isoDate, type DocumentMeta } from './documents.meta';

const unreadable = (format: string) => new AppError(422, 'DOCUMENT_UNREADABLE', { format });
const zipBomb = () => new AppError(422, 'DOCUMENT_ZIP_BOMB', { limit: `${DOCUMENT_LIMITS.docxUncompressedBytes / 1024 / 1024}` });

function entriesOf(buffer: Buffer): ZipEntry[] {
  try {
    return readCentralDirectory(buffer);
  } catch (error) {
    if (error instanceof AppError && error.code === 'IMPORT_ZIP_BOMB') throw zipBomb();
    throw unreadable('Word');
  }
}

/** Refuses a zip whose parts would expand beyond the limit, by what they declare and by what they really inflate to. */
export function checkZipExpansion(buffer: Buffer): void {
  const entries = entriesOf(buffer);
  if (entries.length > DOCUMENT_LIMITS.docxEntries) throw zipBomb();
  const declared = entries.reduce((total, e) => total + e.uncompressedSize, 0);
  if (declared > DOCUMENT_LIMITS.docxUncompressedBytes) throw zipBomb();
  let budget = DOCUMENT_LIMITS.docxUncompressedBytes;
  for (const entry of entries) {
    const p = entry.localOffset;
    if (p + 30 > buffer.length || buffer.readUInt32LE(p) !== 0x04034b50) throw unreadable('Word');
    const start = p + 30 + buffer.readUInt16LE(p + 26) + buffer.readUInt16LE(p + 28);
    const data = buffer.subarray(start, start + entry.compressedSize);
    if (entry.flags & 0x1) throw unreadable('Word');
    let size: number;
    if (entry.method === 0) size = data.length;
    else if (entry.method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw zipBomb();
        throw unreadable('Word');
      }
    } else throw unreadable('Word');
    if (size !== entry.uncompressedSize) throw zipBomb();
    budget -= size;
  }
  if (!entries.some((e) => e.name === 'word/document.xml')) throw unreadable('Word');
}

/** The text of a .docx, paragraphs on their own lines. */
export async function readDocx(buffer: Buffer): Promise<string> {
  checkZipExpansion(buffer);
  try {
    const { value } = await mammoth.extractRawText({ buffer });
    return value;
  } catch {
    throw unreadable('Word');
  }
}

/** The text layer of a PDF (pages joined by blank lines) and its info dictionary; a PDF without one is refused, said so. */
export async function readPdf(buffer: Buffer): Promise<{ text: string; meta: Partial<DocumentMeta> }> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(buffer), { isEvalSupported: false, stopAtErrors: false });
  } catch (error) {
    if ((error as { name?: string }).name === 'PasswordException') throw new AppError(422, 'DOCUMENT_PDF_ENCRYPTED');
    throw unreadable('PDF');
  }
  try {
    if (pdf.numPages > DOCUMENT_LIMITS.pdfPages) throw new AppError(422, 'DOCUMENT_PDF_PAGES', { limit: DOCUMENT_LIMITS.pdfPages });
    const { text } = await extractText(pdf, { mergePages: false });
    const joined = text.map((page) => page.trim()).join('\n\n');
    const printable = joined.replace(/\s/g, '').replace(/\p{Cc}/gu, '');
    if (printable.length < 10) throw new AppError(422, 'DOCUMENT_PDF_NO_TEXT', { pages: pdf.numPages });
    let meta: Partial<DocumentMeta> = {};
    try {
      const { info } = await getMeta(pdf) as { info: Record<string, unknown> };
      const title = typeof info.Title === 'string' ? info.Title.trim() : '';
      const author = typeof info.Author === 'string' ? info.Author.trim() : '';
      const created = typeof info.CreationDate === 'string' ? /D:(\d{4})(\d{2})(\d{2})/.exec(info.CreationDate) : null;
      meta = { title: title || null, issuer: author || null, publishedOn: created ? isoDate(`${created[1]}-${created[2]}-${created[3]}`) : null };
    } catch {
      meta = {};
    }
    return { text: joined, meta };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable('PDF');
  } finally {
    await pdf.destroy();
  }
}
