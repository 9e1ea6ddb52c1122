import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { REPORT_TEMPLATE_LIMITS } from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { reportTemplateListSchema, reportTemplateSchema } from './report-templates.schema';
import { createReportTemplateService, ENVELOPE_BYTES, readTemplateUpload, refuseOversizedTemplate } from './report-templates.service';

const tags = ['reports'];

/** 报告模板 (house-style .docx): thin routes — authorise (config.access), read the upload, call the use case. */
export function reportTemplatesRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const templates = createReportTemplateService(deps);

  r.get('/api/report-templates', {
    config: { access: 'report.generate' },
    schema: { tags, response: { 200: reportTemplateListSchema } },
  }, (req) => templates.list(req.ctx));

  // Multipart for the upload only; a file beyond the limit is refused by its declared length first.
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: REPORT_TEMPLATE_LIMITS.uploadBytes, files: 1 } });
    const s = scope.withTypeProvider<ZodTypeProvider>();
    s.post('/api/report-templates', {
      config: { access: 'report_template.manage' },
      bodyLimit: REPORT_TEMPLATE_LIMITS.uploadBytes + ENVELOPE_BYTES,
      preValidation: refuseOversizedTemplate,
      schema: { tags, response: { 201: reportTemplateSchema } },
    }, async (req, reply) => reply.code(201).send(await templates.upload(req.ctx, () => readTemplateUpload(req))));
  });
}
