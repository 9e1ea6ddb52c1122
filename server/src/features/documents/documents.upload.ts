import type { FastifyReply, FastifyRequest } from 'fastify';
import { DOCUMENT_LIMITS } from '@hongtu/contracts';
import { AppError } from '../../platform/errors/app-error';
import type { Upload } from '../../platform/imports/upload';

const limitMb = `${DOCUMENT_LIMITS.uploadBytes / 1024 / 1024}`;
const tooLarge = () => new AppError(413, 'DOCUMENT_TOO_LARGE', { limit: limitMb });
/** Room for the multipart envelope around the file. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Refuses an upload that says it is larger than the limit before a byte of it is read (its
 * Content-Length); one that does not say so is cut off by the multipart limit as it streams in.
 */
export async function refuseOversized(req: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > DOCUMENT_LIMITS.uploadBytes + ENVELOPE_BYTES) throw tooLarge();
}

/** Reads the multipart field `file` (at most DOCUMENT_LIMITS.uploadBytes). */
export async function readDocumentUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart()) throw new AppError(400, 'DOCUMENT_NO_FILE');
  try {
    const part = await req.file({ limits: { fileSize: DOCUMENT_LIMITS.uploadBytes, files: 1, fields: 5, parts: 10 } });
    if (!part || part.fieldname !== 'file') throw new AppError(400, 'DOCUMENT_NO_FILE');
    const buffer = await part.toBuffer();
    if (part.file.truncated) throw tooLarge();
    if (buffer.byteLength === 0) throw new AppError(422, 'DOCUMENT_EMPTY');
    return { buffer, fileName: (part.filename || 'document.txt').slice(0, DOCUMENT_LIMITS.fieldLength) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw new AppError(400, 'DOCUMENT_NO_FILE');
  }
}
