import type { FastifyReply } from 'fastify';

/** The MIME type of an .xlsx workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** RFC 5987 attr-char: what may stand unencoded in filename*. encodeURIComponent leaves ' ( ) * ! too. */
const encodeAttr = (value: string) => encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A Content-Disposition header for a download (RFC 6266): an ASCII `filename`
 * for old clients and, when the local name differs, `filename*` with the
 * UTF-8 name (武昌区-2026-03.xlsx).
 */
export function contentDisposition(fileName: string, localName: string = fileName): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const header = `attachment; filename="${ascii}"`;
  return localName === ascii ? header : `${header}; filename*=UTF-8''${encodeAttr(localName)}`;
}

/** Sends a workbook as a download. */
export function sendXlsx(reply: FastifyReply, body: Buffer, fileName: string, localName?: string) {
  return reply.header('content-type', XLSX_TYPE).header('content-disposition', contentDisposition(fileName, localName)).send(body);
}
