import type { FastifyInstance } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  idParamsSchema,
  putTargetRequestSchema,
  targetImportCheckSchema,
  targetImportCommitSchema,
  targetImportQuerySchema,
  targetListSchema,
  targetQuerySchema,
  targetSchema,
} from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { sendXlsx } from '../../platform/http/download';
import { IMPORT_LIMITS } from '../../platform/imports/limits';
import { readUpload } from '../../platform/imports/upload';
import { createTargetImportCheck } from './target-import-check';
import { createTargetImportCommit } from './target-import-commit';
import { createTargetTemplate } from './target-import-template';
import { createTargetService } from './targets.service';

const tags = ['targets'];

export function targetRoutes(app: FastifyInstance, deps: Deps): void {
  const service = createTargetService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/targets', {
    config: { access: 'indicator.read' },
    schema: { tags, querystring: targetQuerySchema, response: { 200: targetListSchema } },
  }, async (req) => ({ items: await service.list(req.ctx, req.query.year, req.query.organisationId) }));

  r.put('/api/targets', {
    config: { access: 'target.manage' },
    schema: { tags, body: putTargetRequestSchema, response: { 200: targetSchema } },
  }, (req) => service.put(req.ctx, req.body));

  targetImportRoutes(app, deps);
}

/**
 * Targets from Excel, for the city (target.manage): the year's template,
 * the upload (dry run) and the commit. Multipart parsing is registered for
 * these routes only.
 */
function targetImportRoutes(app: FastifyInstance, deps: Deps): void {
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
