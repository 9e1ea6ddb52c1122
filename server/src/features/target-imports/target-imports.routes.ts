import type { FastifyInstance } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { sendXlsx } from '../../platform/http/download';
import { IMPORT_LIMITS } from '../../platform/imports/limits';
import { readUpload } from '../../platform/imports/upload';
import { createTargetImportCheck } from './target-import-check';
import { createTargetImportCommit } from './target-import-commit';
import { targetImportCheckSchema, targetImportCommitSchema, targetImportQuerySchema } from './target-imports.schemas';
import { createTargetTemplate } from './target-template';

const tags = ['targets'];

/**
 * Targets from Excel, for the city (target.manage): the year's template,
 * the upload (dry run) and the commit. Multipart parsing is registered for
 * these routes only.
 */
export function targetImportRoutes(app: FastifyInstance, deps: Deps): void {
  const template = createTargetTemplate(deps);
  const check = createTargetImportCheck(deps);
  const commit = createTargetImportCommit(deps);

  app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: IMPORT_LIMITS.uploadBytes, files: 1 } });
    const r = scope.withTypeProvider<ZodTypeProvider>();

    r.get('/api/targets/template.xlsx', {
      config: { access: 'target.manage' },
      schema: { tags, querystring: targetImportQuerySchema },
    }, async (req, reply) => {
      const { body, fileName, localName } = await template(req.ctx, req.query.year);
      return sendXlsx(reply, body, fileName, localName);
    });

    r.post('/api/targets/import', {
      config: { access: 'target.manage' },
      schema: { tags, querystring: targetImportQuerySchema, response: { 200: targetImportCheckSchema } },
    }, (req) => check(req.ctx, req.query.year, () => readUpload(req)));

    r.post('/api/target-imports/:id/commit', {
      config: { access: 'target.manage' },
      schema: { tags, params: idParamsSchema, response: { 200: targetImportCommitSchema } },
    }, (req) => commit(req.ctx, req.params.id));
  });
}
