import type { FastifyInstance } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ATTACHMENT_LIMITS, idParamsSchema } from '@hongtu/contracts';
import {
  targetDocumentListSchema,
  targetDocumentQuerySchema,
  targetDocumentSchema,
  targetDocumentUploadQuerySchema,
} from '@hongtu/contracts/target-documents';
import type { Deps } from '../../platform/deps';
import { contentDisposition } from '../../platform/http/download';
import { createTargetDocumentService, readDocumentUpload } from './target-documents.service';

const tags = ['targets'];

/** 目标责任书 / 下达文件 beside the targets: thin routes — listed and read under the targets' read permission, kept and removed by the city. */
export function targetDocumentRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const documents = createTargetDocumentService(deps);

  r.get('/api/target-documents', {
    config: { access: 'indicator.read' },
    schema: { tags, querystring: targetDocumentQuerySchema, response: { 200: targetDocumentListSchema } },
  }, (req) => documents.list(req.ctx, req.query.year));

  // Served as a download with the type read from its bytes, never sniffed.
  r.get('/api/target-documents/:id', {
    config: { access: 'indicator.read' },
    schema: { tags, params: idParamsSchema },
  }, async (req, reply) => {
    const file = await documents.file(req.ctx, req.params.id);
    return reply.header('content-type', file.mediaType).header('x-content-type-options', 'nosniff')
      .header('content-disposition', contentDisposition(file.asciiName, file.fileName)).send(file.bytes);
  });

  r.delete('/api/target-documents/:id', {
    config: { access: 'target.manage' },
    schema: { tags, params: idParamsSchema },
  }, async (req, reply) => {
    await documents.remove(req.ctx, req.params.id);
    return reply.status(204).send();
  });

  // The upload: multipart for this route only, one file.
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: ATTACHMENT_LIMITS.fileBytes, files: 1 } });
    scope.withTypeProvider<ZodTypeProvider>().post('/api/target-documents', {
      config: { access: 'target.manage' },
      schema: { tags, querystring: targetDocumentUploadQuerySchema, response: { 201: targetDocumentSchema } },
    }, async (req, reply) => reply.status(201).send(await documents.add(req.ctx, req.query, () => readDocumentUpload(req))));
  });
}
