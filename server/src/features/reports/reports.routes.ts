import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { jobSchema } from '@hongtu/contracts';
import {
  generateReportBodySchema, REPORT_JOB_KIND, reportDetailSchema, reportDiffSchema, reportListQuerySchema, reportListSchema, reportParamsSchema,
} from '@hongtu/contracts/reports';
import type { Deps } from '../../platform/deps';
import { contentDisposition, XLSX_TYPE } from '../../platform/http/download';
import { createReportsReadModel } from './reports.read-model';
import { createReportsService } from './reports.service';

const tags = ['reports'];
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * 报告: thin routes — validate, authorise (config.access), call the use case or read model. The
 * generation answers 202 with the job (reports.jobs.ts) once the unit asked for is checked; the page
 * follows it with GET /api/jobs/:id, whose result is the archived report's ReportSummary.
 */
export function reportsRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const model = createReportsReadModel(deps);
  const service = createReportsService(deps);

  r.post('/api/reports', {
    config: { access: 'report.generate' },
    schema: { tags, body: generateReportBodySchema, response: { 202: jobSchema } },
  }, async (req, reply) => {
    const target = await service.target(req.ctx, req.body);
    const job = await deps.jobs.enqueue(req.ctx, { kind: REPORT_JOB_KIND, payload: { ...req.body, organisationId: target.id } });
    return reply.code(202).send(job);
  });

  r.get('/api/reports', {
    config: { access: 'report.read' },
    schema: { tags, querystring: reportListQuerySchema, response: { 200: reportListSchema } },
  }, (req) => model.list(req.ctx, req.query));

  r.get('/api/reports/:id', {
    config: { access: 'report.read' },
    schema: { tags, params: reportParamsSchema, response: { 200: reportDetailSchema } },
  }, (req) => model.detail(req.ctx, req.params.id));

  r.get('/api/reports/:id/diff', {
    config: { access: 'report.read' },
    schema: { tags, params: reportParamsSchema, response: { 200: reportDiffSchema } },
  }, (req) => model.diff(req.ctx, req.params.id));

  for (const format of ['docx', 'xlsx'] as const) {
    r.get(`/api/reports/:id/${format}`, {
      config: { access: 'report.read' },
      schema: { tags, params: reportParamsSchema },
    }, async (req, reply) => {
      const file = await model.file(req.ctx, req.params.id, format);
      return reply.header('content-type', format === 'docx' ? DOCX_TYPE : XLSX_TYPE).header('x-content-type-options', 'nosniff')
        .header('content-disposition', contentDisposition(file.asciiName, file.fileName)).send(file.bytes);
    });
  }
}
