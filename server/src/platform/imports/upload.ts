import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';
import { IMPORT_LIMITS, mib } from './limits';

/** An uploaded file, read into memory (at most IMPORT_LIMITS.uploadBytes). */
export interface Upload {
  buffer: Buffer;
  fileName: string;
  /** Text fields sent before the file in the same form (an import's answers to its dry run's questions). */
  fields?: Record<string, string>;
}

/** Reads the multipart field `file`, refusing anything over the upload limit. */
export async function readUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart()) throw new AppError(400, 'IMPORT_NO_FILE');
  const tooLarge = () => new AppError(413, 'IMPORT_TOO_LARGE', { limit: mib(IMPORT_LIMITS.uploadBytes) });
  try {
    const part = await req.file({ limits: { fileSize: IMPORT_LIMITS.uploadBytes, files: 1, fields: 5, parts: 10 } });
    if (!part || part.fieldname !== 'file') throw new AppError(400, 'IMPORT_NO_FILE');
    const buffer = await part.toBuffer();
    if (part.file.truncated) throw tooLarge();
    const fields: Record<string, string> = {};
    for (const [name, value] of Object.entries(part.fields)) {
      const field = [value].flat()[0];
      if (field && field.type === 'field' && typeof field.value === 'string') fields[name] = field.value;
    }
    return { buffer, fileName: part.filename || 'upload.xlsx', fields };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw new AppError(400, 'IMPORT_NO_FILE');
  }
}
