import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DOCUMENT_LIMITS, idParamsSchema, jobSchema } from '@hongtu/contracts';
import {
  documentDetailSchema,
  documentFigureAnswerSchema,
  documentListQuerySchema,
  documentListSchema,
  documentSearchQuerySchema,
  documentSearchResultSchema,
  figureCorrectionSchema,
  figureRejectionSchema,
} from '@hongtu/contracts/documents';
import type { Deps } from '../../platform/deps';
import { DOCUMENT_JOBS } from './documents.jobs';
import { createDocumentsReadModel } from './documents.read-model';
import { createDocumentsSearch } from './documents.search';
import { createDocumentsService } from './documents.service';
import { readDocumentUpload, refuseOversized } from './documents.upload';

const tags = ['documents'];

/**
 * 文档: thin routes — validate, authorise (config.access), call the use case or read model. The
 * upload answers 202 with the job that reads the file (documents.jobs.ts); the page follows it
 * with GET /api/jobs/:id, whose result is a DocumentIngestResult.
 */
export function documentsRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = createDocumentsReadModel(deps.db);
  const search = createDocumentsSearch(deps.db, deps.dialect);
  const service = createDocumentsService(deps);

  r.get('/api/documents', {
    config: { access: 'document.read' },
    schema: { tags, querystring: documentListQuerySchema, response: { 200: documentListSchema } },
  }, (req) => read.list(req.ctx, req.query));

  r.get('/api/documents/search', {
    config: { access: 'document.read' },
    schema: { tags, querystring: documentSearchQuerySchema, response: { 200: documentSearchResultSchema } },
  }, (req) => search(req.ctx, req.query));

  r.get('/api/documents/:id', {
    config: { access: 'document.read' },
    schema: { tags, params: idParamsSchema, response: { 200: documentDetailSchema } },
  }, (req) => read.detail(req.ctx, req.params.id));

  r.patch('/api/document-figures/:id', {
    config: { access: 'document.review' },
    schema: { tags, params: idParamsSchema, body: figureCorrectionSchema, response: { 200: documentFigureAnswerSchema } },
  }, async (req) => ({ figure: await service.correct(req.ctx, req.params.id, req.body) }));

  r.post('/api/document-figures/:id/reject', {
    config: { access: 'document.review' },
    schema: { tags, params: idParamsSchema, body: figureRejectionSchema, response: { 200: documentFigureAnswerSchema } },
  }, async (req) => ({ figure: await service.reject(req.ctx, req.params.id, req.body) }));

  // Multipart for the upload only; a file beyond the limit is refused by its declared length first.
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: DOCUMENT_LIMITS.uploadBytes, files: 1 } });
    const s = scope.withTypeProvider<ZodTypeProvider>();
    s.post('/api/documents', {
      config: { access: 'document.upload' },
      bodyLimit: DOCUMENT_LIMITS.uploadBytes + 64 * 1024,
      preValidation: refuseOversized,
      schema: { tags, response: { 202: jobSchema } },
    }, async (req, reply) => {
      const upload = await readDocumentUpload(req);
      const job = await deps.jobs.enqueue(req.ctx, { kind: DOCUMENT_JOBS.ingest, payload: {}, upload });
      return reply.code(202).send(job);
    });
  });
}
