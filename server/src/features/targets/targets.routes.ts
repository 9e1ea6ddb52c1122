import type { FastifyInstance } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  idParamsSchema,
  jobSchema,
  periodTargetListSchema,
  periodTargetQuerySchema,
  putPeriodTargetRequestSchema,
  putPeriodTargetResponseSchema,
  putTargetMatrixRequestSchema,
  putTargetMatrixResponseSchema,
  putTargetRequestSchema,
  targetImportQuerySchema,
  targetListSchema,
  targetQuerySchema,
  targetSchema,
} from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { sendXlsx } from '../../platform/http/download';
import { IMPORT_LIMITS } from '../../platform/imports/limits';
import { readUpload } from '../../platform/imports/upload';
import { createTargetImportCommitCheck } from './target-import-commit';
import { TARGET_JOBS } from './target-import-jobs';
import { createTargetTemplate } from './target-import-template';
import { createPeriodTargetService } from './period-targets.service';
import { createTargetService } from './targets.service';
import { createTargetMatrixService } from './targets-matrix.service';

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

  // The district × indicator matrix of the year, saved at once (all or nothing, versions checked).
  const matrix = createTargetMatrixService(deps);
  r.put('/api/targets/matrix', {
    config: { access: 'target.manage' },
    schema: { tags, body: putTargetMatrixRequestSchema, response: { 200: putTargetMatrixResponseSchema } },
  }, (req) => matrix.put(req.ctx, req.body));

  // Targets for part of the year as stated (Q1 …): read like targets, set by the city.
  const periods = createPeriodTargetService(deps);
  r.get('/api/period-targets', {
    config: { access: 'indicator.read' },
    schema: { tags, querystring: periodTargetQuerySchema, response: { 200: periodTargetListSchema } },
  }, async (req) => ({ items: await periods.list(req.ctx, req.query.year, req.query.organisationId) }));

  r.put('/api/period-targets', {
    config: { access: 'target.manage' },
    schema: { tags, body: putPeriodTargetRequestSchema, response: { 200: putPeriodTargetResponseSchema } },
  }, async (req) => ({ target: await periods.put(req.ctx, req.body) }));

  targetImportRoutes(app, deps);
}

/**
 * Targets from Excel, for the city (target.manage): the year's template,
 * the upload (dry run) and the commit. The dry run and the commit are jobs
 * (target-import-jobs.ts): each route answers 202 with the job, which any app
 * server runs; GET /api/jobs/:id gives its progress and then its result.
 * The file's size and the batch's scope are checked before the job is queued.
 * Multipart parsing is registered for these routes only.
 */
function targetImportRoutes(app: FastifyInstance, deps: Deps): void {
  const template = createTargetTemplate(deps);
  const commitCheck = createTargetImportCommitCheck(deps);

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
      schema: { tags, querystring: targetImportQuerySchema, response: { 202: jobSchema } },
    }, async (req, reply) => {
      const upload = await readUpload(req);
      const job = await deps.jobs.enqueue(req.ctx, { kind: TARGET_JOBS.check, payload: { year: req.query.year }, upload });
      return reply.code(202).send(job);
    });

    r.post('/api/target-imports/:id/commit', {
      config: { access: 'target.manage' },
      schema: { tags, params: idParamsSchema, response: { 202: jobSchema } },
    }, async (req, reply) => {
      await commitCheck(req.ctx, req.params.id);
      const job = await deps.jobs.enqueue(req.ctx, { kind: TARGET_JOBS.commit, payload: { batchId: req.params.id } });
      return reply.code(202).send(job);
    });
  });
}
