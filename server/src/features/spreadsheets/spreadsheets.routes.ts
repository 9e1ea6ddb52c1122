import type { FastifyInstance } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema, importCheckSchema, importCommitRequestSchema, importCommitSchema, submissionParamsSchema } from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { sendXlsx } from '../../platform/http/download';
import { IMPORT_LIMITS } from '../../platform/imports/limits';
import { readUpload } from '../../platform/imports/upload';
import { createImportCheck } from './import-check';
import { createImportCommit } from './import-commit';
import { createTemplateDownload } from './template-download';

const tags = ['spreadsheets'];
const base = '/api/submissions/:periodKey/:organisationId';

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
      return sendXlsx(reply, body, fileName, localName);
    });

    r.post(`${base}/import`, {
      config: { access: 'figure.enter' },
      schema: { tags, params: submissionParamsSchema, response: { 200: importCheckSchema } },
    }, (req) => check(req.ctx, req.params.periodKey, req.params.organisationId, () => readUpload(req)));

    r.post('/api/imports/:id/commit', {
      config: { access: 'figure.enter' },
      schema: { tags, params: idParamsSchema, body: importCommitRequestSchema, response: { 200: importCommitSchema } },
    }, (req) => commit(req.ctx, req.params.id, req.body.confirmations));
  });
}
