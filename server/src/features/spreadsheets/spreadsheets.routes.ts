import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema, submissionParamsSchema } from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { createImportCheck, type Upload } from './import-check';
import { createImportCommit } from './import-commit';
import { importCheckSchema, importCommitSchema } from '@hongtu/contracts';
import { createTemplateDownload } from './template-download';
import { IMPORT_LIMITS, mib } from './zip-inspector';

const tags = ['spreadsheets'];
const base = '/api/submissions/:periodKey/:organisationId';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Reads the multipart field `file` into memory, refusing anything over the upload limit. */
export async function readUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart()) throw new AppError(400, 'IMPORT_NO_FILE');
  const tooLarge = () => new AppError(413, 'IMPORT_TOO_LARGE', { limit: mib(IMPORT_LIMITS.uploadBytes) });
  try {
    const part = await req.file({ limits: { fileSize: IMPORT_LIMITS.uploadBytes, files: 1, fields: 5, parts: 10 } });
    if (!part || part.fieldname !== 'file') throw new AppError(400, 'IMPORT_NO_FILE');
    const buffer = await part.toBuffer();
    if (part.file.truncated) throw tooLarge();
    return { buffer, fileName: part.filename || 'upload.xlsx' };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw new AppError(400, 'IMPORT_NO_FILE');
  }
}

/**
 * The Excel round trip: template download, upload dry run, commit. Multipart
 * parsing is registered for these routes only.
 */
export function spreadsheetRoutes(app: FastifyInstance, deps: Deps): void {
  const template = createTemplateDownload(deps);
  const check = createImportCheck(deps);
  const commit = createImportCommit(deps);

  app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: IMPORT_LIMITS.uploadBytes, files: 1 } });
    const r = scope.withTypeProvider<ZodTypeProvider>();

    r.get(`${base}/template.xlsx`, {
      config: { access: 'submission.read' },
      schema: { tags, params: submissionParamsSchema },
    }, async (req, reply) => {
      const { body, fileName, localName } = await template(req.ctx, req.params.periodKey, req.params.organisationId);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(localName)}`)
        .send(body);
    });

    r.post(`${base}/import`, {
      config: { access: 'figure.enter' },
      schema: { tags, params: submissionParamsSchema, response: { 200: importCheckSchema } },
    }, (req) => check(req.ctx, req.params.periodKey, req.params.organisationId, () => readUpload(req)));

    r.post('/api/imports/:id/commit', {
      config: { access: 'figure.enter' },
      schema: { tags, params: idParamsSchema, response: { 200: importCommitSchema } },
    }, (req) => commit(req.ctx, req.params.id));
  });
}
