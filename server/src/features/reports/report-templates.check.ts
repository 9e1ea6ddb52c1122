// What a house-style template must be before it is kept: a Word .docx (told by its content), not too
// large nor a zip bomb, without macros, its placeholders well formed and all known — {title}
// {issuer} {dateLine} {period} {scope} anywhere (headers and footers too), and {@body} in a
// paragraph of its own, where the report's generated content is inserted as Word XML (see
// report-templates.render.ts). Each refusal is a localized message (report-templates.messages.ts).
import Docxtemplater from 'docxtemplater';
import { fileTypeFromBuffer } from 'file-type';
import PizZip from 'pizzip';
import { REPORT_TEMPLATE_LIMITS } from '@hongtu/contracts';
import { AppError } from '../../platform/errors/app-error';
import { readCentralDirectory } from '../../platform/imports/zip-inspector';

/** The placeholders a template may hold, filled from the ReportDocument. */
export const TEMPLATE_FIELDS = ['title', 'issuer', 'dateLine', 'period', 'scope'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];
/** The raw-XML placeholder where the body goes: `{@body}`, alone in its paragraph. */
export const BODY_TAG = 'body';
export const KNOWN_PLACEHOLDERS = [...TEMPLATE_FIELDS.map((f) => `{${f}}`), `{@${BODY_TAG}}`].join(' ');

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MACRO_CONTENT_TYPE = /macroEnabled|vbaProject|vbaData/i;
const mb = (bytes: number) => `${bytes / 1024 / 1024}`;

export const templateOptions = { paragraphLoop: true, linebreaks: true, errorLogging: false } as const;

export interface TemplateCheck {
  /** The placeholders found, as written ("title", "@body"). */
  placeholders: string[];
}

const tooLarge = () => new AppError(413, 'REPORT_TEMPLATE_TOO_LARGE', { limit: mb(REPORT_TEMPLATE_LIMITS.uploadBytes) });

/** The zip's entries, refusing one that is not a zip or would expand beyond the limits. */
function zipEntries(bytes: Buffer, fileName: string) {
  let entries;
  try {
    entries = readCentralDirectory(bytes);
  } catch (error) {
    if (error instanceof AppError && error.code === 'IMPORT_ZIP_BOMB') throw tooLarge();
    throw new AppError(422, 'REPORT_TEMPLATE_NOT_DOCX', { fileName });
  }
  const expanded = entries.reduce((total, e) => total + e.uncompressedSize, 0);
  if (entries.length > REPORT_TEMPLATE_LIMITS.entries || expanded > REPORT_TEMPLATE_LIMITS.uncompressedBytes) throw tooLarge();
  return entries;
}

/** Words for docxtemplater's compile errors (the tag and what is wrong with it). */
function problemText(error: unknown): string {
  const errors = (error as { properties?: { errors?: { properties?: { id?: string; xtag?: string; explanation?: string } }[] } }).properties?.errors;
  const list = (errors && errors.length > 0 ? errors : [error as { properties?: { id?: string; xtag?: string; explanation?: string } }])
    .map((e) => e.properties?.xtag ? `“${e.properties.xtag}”${e.properties.id ? `（${e.properties.id}）` : ''}` : (e.properties?.id ?? 'unknown'));
  return [...new Set(list)].slice(0, 10).join('、');
}

/** A placeholder as docxtemplater parsed it: its name, and its module (rawxml for {@x}, loop for {#x}). */
interface TagPart {
  type: string;
  value: string;
  module?: string;
  subparsed?: TagPart[];
}

/** A docxtemplater module that only collects the placeholders of every templated part (body, headers, footers). */
function placeholderCollector(found: TagPart[]) {
  const walk = (parts: TagPart[]) => {
    for (const part of parts) {
      if (part.type === 'placeholder') found.push(part);
      if (part.subparsed) walk(part.subparsed);
    }
  };
  return {
    name: 'PlaceholderCollector',
    postparse(parsed: TagPart[]) {
      walk(parsed);
      return parsed;
    },
  };
}

/** Opens the template with docxtemplater (which compiles every part), refusing malformed tags. */
export function compileTemplate(bytes: Buffer, modules: object[] = []): Docxtemplater {
  try {
    return new Docxtemplater(new PizZip(bytes), { ...templateOptions, modules });
  } catch (error) {
    if ((error as { properties?: unknown }).properties) throw new AppError(422, 'REPORT_TEMPLATE_MALFORMED', { problems: problemText(error) });
    throw new AppError(422, 'REPORT_TEMPLATE_NOT_DOCX', { fileName: '' });
  }
}

/**
 * Checks an uploaded template and answers its placeholders, or refuses it: too large, not a .docx,
 * macro-enabled, malformed tags, unknown placeholders, no {@body}.
 */
export async function checkReportTemplate(bytes: Buffer, fileName = 'template.docx'): Promise<TemplateCheck> {
  if (bytes.byteLength > REPORT_TEMPLATE_LIMITS.uploadBytes) throw tooLarge();
  const entries = zipEntries(bytes, fileName);
  const names = entries.map((e) => e.name);
  let contentTypes: string;
  try {
    contentTypes = new PizZip(bytes).file('[Content_Types].xml')?.asText() ?? '';
  } catch {
    throw new AppError(422, 'REPORT_TEMPLATE_NOT_DOCX', { fileName });
  }
  if (names.some((n) => /(^|\/)vba(Project|Data)\.(bin|xml)$/i.test(n)) || MACRO_CONTENT_TYPE.test(contentTypes)) {
    throw new AppError(422, 'REPORT_TEMPLATE_MACRO');
  }
  const type = await fileTypeFromBuffer(bytes);
  if (type?.mime !== DOCX_MIME || !names.includes('word/document.xml')) throw new AppError(422, 'REPORT_TEMPLATE_NOT_DOCX', { fileName });

  const parts: TagPart[] = [];
  compileTemplate(bytes, [placeholderCollector(parts)]);
  const placeholders = [...new Set(parts.map((p) => (p.module === 'rawxml' ? `@${p.value}` : p.value)))];
  const known = new Set<string>([...TEMPLATE_FIELDS, `@${BODY_TAG}`]);
  const unknown = parts
    .filter((p) => !(p.module === 'rawxml' ? known.has(`@${p.value}`) : !p.module && known.has(p.value)))
    .map((p) => `{${p.module === 'rawxml' ? '@' : p.module === 'loop' ? '#' : ''}${p.value}}`);
  if (unknown.length > 0) {
    throw new AppError(422, 'REPORT_TEMPLATE_UNKNOWN_PLACEHOLDERS', { names: [...new Set(unknown)].join(' '), known: KNOWN_PLACEHOLDERS });
  }
  if (!parts.some((p) => p.module === 'rawxml' && p.value === BODY_TAG)) throw new AppError(422, 'REPORT_TEMPLATE_NO_BODY');
  return { placeholders };
}
