import type { FastifyInstance } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@hongtu/contracts';
import {
  projectExportQuerySchema,
  projectImportCheckSchema,
  projectImportCommitSchema,
  projectImportQuerySchema,
  projectInputSchema,
  projectListQuerySchema,
  projectListSchema,
  projectParamsSchema,
  projectReportActionSchema,
  projectReportListSchema,
  projectReportParamsSchema,
  projectReportSchema,
  projectSchema,
  projectUpdateSchema,
  returnProjectReportSchema,
  saveProjectReportSchema,
} from '@hongtu/contracts/projects';
import type { Deps } from '../../platform/deps';
import { sendXlsx } from '../../platform/http/download';
import { IMPORT_LIMITS } from '../../platform/imports/limits';
import { readUpload } from '../../platform/imports/upload';
import { requireActor } from '../../platform/permissions/actor';
import { createProjectExport } from './project-export';
import { createProjectImportCheck } from './project-import-check';
import { createProjectImportCommit } from './project-import-commit';
import { createProjectReportService } from './project-reports.service';
import { listProjects } from './projects.read-model';
import { createProjectService } from './projects.service';

const tags = ['projects'];
const report = '/api/projects/:id/reports/:periodKey';

/** 重大项目: thin routes — validate (contracts), authorise (config.access), call the use case or read model. */
export function projectsRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const projects = createProjectService(deps);
  const reports = createProjectReportService(deps);

  r.get('/api/projects', {
    config: { access: 'project.read' },
    schema: { tags, querystring: projectListQuerySchema, response: { 200: projectListSchema } },
  }, (req) => listProjects(deps.db, requireActor(req.ctx), req.query));

  r.post('/api/projects', {
    config: { access: 'project.enter' },
    schema: { tags, body: projectInputSchema, response: { 201: projectSchema } },
  }, async (req, reply) => reply.status(201).send(await projects.create(req.ctx, req.body)));

  r.get('/api/projects/:id', {
    config: { access: 'project.read' },
    schema: { tags, params: projectParamsSchema, response: { 200: projectSchema } },
  }, (req) => projects.get(req.ctx, req.params.id));

  r.put('/api/projects/:id', {
    config: { access: 'project.enter' },
    schema: { tags, params: projectParamsSchema, body: projectUpdateSchema, response: { 200: projectSchema } },
  }, (req) => projects.update(req.ctx, req.params.id, req.body));

  r.get('/api/projects/:id/reports', {
    config: { access: 'project.read' },
    schema: { tags, params: projectParamsSchema, response: { 200: projectReportListSchema } },
  }, (req) => reports.list(req.ctx, req.params.id));

  r.get(report, {
    config: { access: 'project.read' },
    schema: { tags, params: projectReportParamsSchema, response: { 200: projectReportSchema } },
  }, (req) => reports.get(req.ctx, req.params.id, req.params.periodKey));

  r.put(report, {
    config: { access: 'project.enter' },
    schema: { tags, params: projectReportParamsSchema, body: saveProjectReportSchema, response: { 200: projectReportSchema } },
  }, (req) => reports.save(req.ctx, req.params.id, req.params.periodKey, req.body));

  r.post(`${report}/submit`, {
    config: { access: 'project.enter' },
    schema: { tags, params: projectReportParamsSchema, body: projectReportActionSchema, response: { 200: projectReportSchema } },
  }, (req) => reports.submit(req.ctx, req.params.id, req.params.periodKey, req.body.version));

  r.post(`${report}/return`, {
    config: { access: 'project.review' },
    schema: { tags, params: projectReportParamsSchema, body: returnProjectReportSchema, response: { 200: projectReportSchema } },
  }, (req) => reports.returnReport(req.ctx, req.params.id, req.params.periodKey, req.body.version, req.body.reason));

  r.post(`${report}/approve`, {
    config: { access: 'project.review' },
    schema: { tags, params: projectReportParamsSchema, body: projectReportActionSchema, response: { 200: projectReportSchema } },
  }, (req) => reports.approve(req.ctx, req.params.id, req.params.periodKey, req.body.version));

  const exportLibrary = createProjectExport(deps);
  r.get('/api/projects/export.xlsx', {
    config: { access: 'project.read' },
    schema: { tags, querystring: projectExportQuerySchema },
  }, async (req, reply) => {
    const { body, fileName, localName } = await exportLibrary(req.ctx, req.query);
    return sendXlsx(reply, body, fileName, localName);
  });

  // The district's workbook of projects and the month's reports: dry run, then commit. Multipart for these routes only.
  const check = createProjectImportCheck(deps);
  const commit = createProjectImportCommit(deps);
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: IMPORT_LIMITS.uploadBytes, files: 1 } });
    const s = scope.withTypeProvider<ZodTypeProvider>();
    s.post('/api/projects/import', {
      config: { access: 'project.enter' },
      schema: { tags, querystring: projectImportQuerySchema, response: { 200: projectImportCheckSchema } },
    }, (req) => check(req.ctx, req.query.period, () => readUpload(req)));

    s.post('/api/project-imports/:id/commit', {
      config: { access: 'project.enter' },
      schema: { tags, params: idParamsSchema, response: { 200: projectImportCommitSchema } },
    }, (req) => commit(req.ctx, req.params.id));
  });
}
