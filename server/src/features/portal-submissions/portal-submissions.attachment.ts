import type { FastifyRequest } from 'fastify';
import { PORTAL_SUBMISSION_LIMITS as L } from '@hongtu/contracts';
import { AppError } from '../../platform/errors/app-error';
import { inspectAttachment } from '../../platform/files/inspect';

/** A file a tip carries, as read from the form: its bytes and the name the sender gave. */
export interface TipUpload {
  bytes: Buffer;
  name: string;
  truncated: boolean;
}

const tooLarge = () => new AppError(413, 'PORTAL_SUBMISSION_FILE_TOO_LARGE', { limit: `${L.attachmentBytes / 1024 / 1024} MB` }, [{ path: 'attachment', message: 'PORTAL_SUBMISSION_FILE_TOO_LARGE' }]);

/** The name the sender gave, without folders or control characters, shortened: shown, never used to store. */
export function cleanAttachmentName(name: string | undefined): string {
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (base || 'file').slice(-L.attachmentNameLength);
}

/**
 * A multipart tip form: its fields, and its one file when the sender chose one (an empty file input
 * sends an empty part: no file). A file over the limit is refused before it is read to the end.
 */
export async function readTipForm(request: FastifyRequest): Promise<{ form: Record<string, string>; upload: TipUpload | null }> {
  const form: Record<string, string> = {};
  let upload: TipUpload | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: L.attachmentBytes, files: 1, fields: 20, fieldSize: 64 * 1024 } })) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') form[part.fieldname] = part.value;
      } else {
        const bytes = await part.toBuffer();
        if (part.file.truncated) throw tooLarge();
        if (part.fieldname === 'attachment' && bytes.length > 0) upload = { bytes, name: cleanAttachmentName(part.filename), truncated: false };
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw new AppError(400, 'PORTAL_SUBMISSION_INVALID');
  }
  return { form, upload };
}

/** The attachment's type read from its bytes, one of the few a tip may carry; else refused in words. */
export async function attachmentType(upload: TipUpload): Promise<string> {
  if (upload.truncated || upload.bytes.length > L.attachmentBytes) throw tooLarge();
  const found = await inspectAttachment(upload.bytes);
  if (!found || !(L.attachmentTypes as readonly string[]).includes(found.mediaType)) {
    throw new AppError(400, 'PORTAL_SUBMISSION_FILE_TYPE', {}, [{ path: 'attachment', message: 'PORTAL_SUBMISSION_FILE_TYPE' }]);
  }
  return found.mediaType;
}
