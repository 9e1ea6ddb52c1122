import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@hongtu/contracts';
import {
  boundaryInputSchema,
  boundarySchema,
  cityApprovalInputSchema,
  cityApprovalSchema,
  dispatchQuerySchema,
  indicatorLinkListSchema,
  projectDashboardSchema,
  projectEventListSchema,
  projectMapSchema,
  projectWarningListSchema,
  projectWarningQuerySchema,
} from '@hongtu/contracts/project-dispatch';
import type { Deps } from '../../platform/deps';
import { createBoundaryService } from './project-boundaries';
import { createCityApprovalService } from './project-city-approval.service';
import { createProjectDashboardReadModel } from './project-dashboard.read-model';
import { createProjectEventsReadModel } from './project-events.read-model';
import { createIndicatorLinkReadModel } from './project-indicator-link.read-model';
import { createProjectWarningsReadModel } from './project-warnings.read-model';

const tags = ['project-dispatch'];

/** 项目调度: thin routes — validate, authorise (config.access), call the use case or read model. */
export function projectDispatchRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const warnings = createProjectWarningsReadModel(deps);
  const link = createIndicatorLinkReadModel(deps);
  const dashboard = createProjectDashboardReadModel(deps);
  const boundaries = createBoundaryService(deps);
  const approvals = createCityApprovalService(deps);
  const events = createProjectEventsReadModel(deps);

  r.get('/api/project-dispatch/warnings', {
    config: { access: 'project.read' },
    schema: { tags, querystring: projectWarningQuerySchema, response: { 200: projectWarningListSchema } },
  }, (req) => warnings.list(req.ctx, req.query));

  r.get('/api/project-dispatch/indicator-link', {
    config: { access: 'project.read' },
    schema: { tags, querystring: dispatchQuerySchema, response: { 200: indicatorLinkListSchema } },
  }, (req) => link.list(req.ctx, req.query));

  r.get('/api/project-dispatch/dashboard', {
    config: { access: 'project.read' },
    schema: { tags, querystring: dispatchQuerySchema, response: { 200: projectDashboardSchema } },
  }, (req) => dashboard.get(req.ctx, req.query));

  r.get('/api/project-dispatch/map', {
    config: { access: 'project.read' },
    schema: { tags, querystring: dispatchQuerySchema, response: { 200: projectMapSchema } },
  }, (req) => boundaries.map(req.ctx, req.query));

  r.put('/api/project-dispatch/boundaries', {
    config: { access: 'project.review' },
    bodyLimit: 20 * 1024 * 1024,
    schema: { tags, body: boundaryInputSchema, response: { 200: boundarySchema } },
  }, (req) => boundaries.upload(req.ctx, req.body));

  r.post('/api/projects/:id/city-approval', {
    config: { access: 'project.review' },
    schema: { tags, params: idParamsSchema, body: cityApprovalInputSchema, response: { 200: cityApprovalSchema } },
  }, (req) => approvals.approve(req.ctx, req.params.id, req.body.version));

  r.get('/api/project-dispatch/events', {
    config: { access: 'project.read' },
    schema: { tags, response: { 200: projectEventListSchema } },
  }, (req) => events.list(req.ctx));
}
