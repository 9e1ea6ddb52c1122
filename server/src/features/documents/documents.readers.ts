// Reading an uploaded file into text and metadata: plain text (UTF-8, UTF-16 or GB18030/GBK/Big5,
// detected), Markdown or text with front matter, HTML pages (readability, chrome removed), Word
// .docx and PDF with a text layer (documents.binary.ts). Every refusal is an AppError with a
// localised message; nothing is stored before the whole file has been read.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { DOCUMENT_LIMITS } from '@hongtu/contracts';
import type { DocumentFormat, DocumentLanguage } from '@hongtu/contracts/documents';
import { AppError } from '../../platform/errors/app-error';
import { toSimplified } from '../../platform/text/chinese';
import { readDocx, readPdf } from './documents.binary';
import { readHtml } from './documents.html';
import { detectLanguage, mergeMeta, metaFromFields, metaFromText, splitFrontMatter, titleFromText, type DocumentMeta } from './documents.meta';

export interface ReadDocument {
  format: DocumentFormat;
  /** The text as kept for quoting (original characters, line breaks normalised to \n). */
  text: string;
  /** The same text in Simplified characters (same length when the conversion kept it). */
  simplified: string;
  language: DocumentLanguage;
  meta: DocumentMeta & { title: string };
  /** The encoding a text file was read in ('UTF-8', 'GB18030' …), null for other formats. */
  encoding: string | null;
}

const PDF_MAGIC = Buffer.from('%PDF-');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The format, told by the content first (a PDF or a zip), then by the name and the text's start. */
export function formatOf(buffer: Buffer, fileName: string): DocumentFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (buffer.subarray(0, 1024).includes(PDF_MAGIC)) return 'pdf';
  if (buffer.subarray(0, 4).equals(ZIP_MAGIC)) {
    if (ext === 'docx' || ext === '') return 'docx';
    throw new AppError(422, 'DOCUMENT_FORMAT', { fileName });
  }
  if (['doc', 'xls', 'xlsx', 'ppt', 'pptx', 'zip', 'rar', '7z', 'png', 'jpg', 'jpeg', 'gif'].includes(ext)) throw new AppError(422, 'DOCUMENT_FORMAT', { fileName });
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm' || ext === 'shtml' || ext === 'xhtml') return 'html';
  const head = buffer.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  return 'txt';
}

const CHINESE_ENCODINGS = new Set(['GB18030', 'GBK', 'GB2312', 'Big5', 'EUC-TW', 'UTF-8', 'UTF-16LE', 'UTF-16BE']);

/** Decodes a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else the detected Chinese encoding. */
export function decodeText(buffer: Buffer): { text: string; encoding: string } {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: iconv.decode(buffer, 'utf-16le'), encoding: 'UTF-16LE' };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { text: iconv.decode(buffer, 'utf-16be'), encoding: 'UTF-16BE' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'UTF-8' };
  } catch {
    // not UTF-8: detect below
  }
  const candidates = chardet.analyse(buffer.subarray(0, 256 * 1024)).map((c) => String(c.name));
  const found = candidates.find((name) => CHINESE_ENCODINGS.has(name) && name !== 'UTF-8');
  // GB18030 is a superset of GBK and GB2312; a text chardet cannot place is tried as GB18030 and
  // kept only when it decodes without replacement characters.
  const encoding = found === 'GBK' || found === 'GB2312' || !found ? 'GB18030' : found;
  const text = iconv.decode(buffer, encoding);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > Math.max(2, text.length / 1000)) throw new AppError(422, 'DOCUMENT_ENCODING');
  return { text, encoding };
}

const normaliseLines = (text: string) => text.replace(/\r\n?/g, '\n').replaceAll('\u0000', '');

/** Reads an uploaded or found file into its text, metadata and language; refuses what cannot be read. */
export async function readDocumentText(buffer: Buffer, fileName: string): Promise<ReadDocument> {
  if (buffer.byteLength === 0) throw new AppError(422, 'DOCUMENT_EMPTY');
  if (buffer.byteLength > DOCUMENT_LIMITS.uploadBytes) throw new AppError(413, 'DOCUMENT_TOO_LARGE', { limit: `${DOCUMENT_LIMITS.uploadBytes / 1024 / 1024}` });
  const format = formatOf(buffer, fileName);
  let text: string;
  let encoding: string | null = null;
  let stated: Partial<DocumentMeta> = {};
  if (format === 'pdf') {
    ({ text, meta: stated } = await readPdf(buffer));
  } else if (format === 'docx') {
    text = await readDocx(buffer);
  } else {
    const decoded = decodeText(buffer);
    encoding = decoded.encoding;
    if (format === 'html') {
      ({ text, meta: stated } = readHtml(decoded.text));
    } else {
      const { fields, body } = splitFrontMatter(normaliseLines(decoded.text));
      // Markup left in a text or Markdown file (an <img> of a copied page) is never kept.
      text = body.replace(/<\/?[a-zA-Z][^<>\n]{0,500}>/g, '');
      if (fields) stated = metaFromFields(fields);
    }
  }
  text = normaliseLines(text).replace(/^\s*<!--\s*more\s*-->\s*$/gm, '').trim();
  if (text.length > DOCUMENT_LIMITS.textChars) throw new AppError(422, 'DOCUMENT_TEXT_TOO_LONG', { limit: DOCUMENT_LIMITS.textChars });
  if (!text) throw new AppError(422, 'DOCUMENT_EMPTY');
  const simplified = toSimplified(text);
  const language = detectLanguage(text, simplified);
  if (language === 'other') throw new AppError(422, 'DOCUMENT_LANGUAGE', { fileName });
  const meta = mergeMeta(stated, metaFromText(text));
  return { format, text, simplified, language, meta: { ...meta, title: meta.title ?? titleFromText(text, fileName) }, encoding };
}
