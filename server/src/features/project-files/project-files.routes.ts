import type { FastifyInstance } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ATTACHMENT_LIMITS, idParamsSchema } from '@hongtu/contracts';
import { attachmentListSchema, attachmentSchema } from '@hongtu/contracts/project-files';
import { projectReportParamsSchema } from '@hongtu/contracts/projects';
import type { Deps } from '../../platform/deps';
import { contentDisposition } from '../../platform/http/download';
import { createProjectFileService, readAttachmentUpload } from './project-files.service';

const tags = ['project-files'];

/** 附件: thin routes — photos and documents on projects, monthly reports and problems. */
export function projectFilesRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const files = createProjectFileService(deps);

  r.get('/api/projects/:id/attachments', {
    config: { access: 'project.read' },
    schema: { tags, params: idParamsSchema, response: { 200: attachmentListSchema } },
  }, (req) => files.list(req.ctx, { kind: 'project', projectId: req.params.id }));

  r.get('/api/project-problems/:id/attachments', {
    config: { access: 'problem.read' },
    schema: { tags, params: idParamsSchema, response: { 200: attachmentListSchema } },
  }, (req) => files.list(req.ctx, { kind: 'problem', problemId: req.params.id }));

  // Served as a download with the type read from its bytes, never sniffed, under the parent's permission.
  r.get('/api/attachments/:id', {
    config: { access: 'project.read' },
    schema: { tags, params: idParamsSchema },
  }, async (req, reply) => {
    const file = await files.file(req.ctx, req.params.id);
    return reply.header('content-type', file.mediaType).header('x-content-type-options', 'nosniff')
      .header('content-disposition', contentDisposition(file.asciiName, file.fileName)).send(file.bytes);
  });

  r.get('/api/attachments/:id/thumbnail', {
    config: { access: 'project.read' },
    schema: { tags, params: idParamsSchema },
  }, async (req, reply) => {
    const thumb = await files.thumbnail(req.ctx, req.params.id);
    return reply.header('content-type', thumb.mediaType).header('x-content-type-options', 'nosniff')
      .header('content-disposition', 'attachment; filename="thumbnail"').send(thumb.bytes);
  });

  r.delete('/api/attachments/:id', {
    config: { access: 'attachment.remove' },
    schema: { tags, params: idParamsSchema },
  }, async (req, reply) => {
    await files.remove(req.ctx, req.params.id);
    return reply.status(204).send();
  });

  // Uploads: multipart for these routes only, one file each.
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: ATTACHMENT_LIMITS.fileBytes, files: 1 } });
    const s = scope.withTypeProvider<ZodTypeProvider>();
    s.post('/api/projects/:id/attachments', {
      config: { access: 'project.enter' },
      schema: { tags, params: idParamsSchema, response: { 201: attachmentSchema } },
    }, async (req, reply) => reply.status(201).send(await files.add(req.ctx, { kind: 'project', projectId: req.params.id }, () => readAttachmentUpload(req))));

    s.post('/api/projects/:id/reports/:periodKey/attachments', {
      config: { access: 'project.enter' },
      schema: { tags, params: projectReportParamsSchema, response: { 201: attachmentSchema } },
    }, async (req, reply) => reply.status(201).send(await files.add(req.ctx, { kind: 'report', projectId: req.params.id, periodKey: req.params.periodKey }, () => readAttachmentUpload(req))));

    s.post('/api/project-problems/:id/attachments', {
      config: { access: 'problem.attach' },
      schema: { tags, params: idParamsSchema, response: { 201: attachmentSchema } },
    }, async (req, reply) => reply.status(201).send(await files.add(req.ctx, { kind: 'problem', problemId: req.params.id }, () => readAttachmentUpload(req))));
  });
}
