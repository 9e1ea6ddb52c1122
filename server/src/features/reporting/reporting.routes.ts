import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  asOfQuerySchema,
  boardSchema,
  checkReportSchema,
  draftSaveResultSchema,
  idParamsSchema,
  openPeriodRequestSchema,
  periodKeySchema,
  reportingPeriodListSchema,
  reportingPeriodSchema,
  returnRequestSchema,
  revisionDecisionSchema,
  revisionRequestSchema,
  saveFiguresRequestSchema,
  submissionHistorySchema,
  submissionParamsSchema,
  submissionSchema,
  updatePeriodRequestSchema,
  versionedActionSchema,
} from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { requireActor } from '../../platform/permissions/actor';
import type { PeriodService } from './periods.service';
import { submissionAsOf, submissionBoard, submissionHistory } from './reporting.read-model';
import type { ReviewService } from './review.service';
import type { SubmissionService } from './submissions.service';

const tags = ['reporting'];
const base = '/api/submissions/:periodKey/:organisationId';

export interface ReportingServices {
  periods: PeriodService;
  submissions: SubmissionService;
  review: ReviewService;
}

export function reportingRoutes(app: FastifyInstance, deps: Deps, s: ReportingServices): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const params = submissionParamsSchema;

  r.get('/api/periods', {
    config: { access: 'submission.read' },
    schema: { tags, querystring: z.object({ year: z.coerce.number().int().optional() }), response: { 200: reportingPeriodListSchema } },
  }, async (req) => ({ items: await s.periods.list(req.ctx, req.query.year) }));

  r.post('/api/periods', {
    config: { access: 'period.manage' },
    schema: { tags, body: openPeriodRequestSchema, response: { 201: reportingPeriodSchema } },
  }, async (req, reply) => reply.status(201).send(await s.periods.open(req.ctx, req.body)));

  r.patch('/api/periods/:id', {
    config: { access: 'period.manage' },
    schema: { tags, params: idParamsSchema, body: updatePeriodRequestSchema, response: { 200: reportingPeriodSchema } },
  }, (req) => s.periods.update(req.ctx, req.params.id, req.body));

  r.get('/api/periods/:periodKey/board', {
    config: { access: 'submission.read' },
    schema: { tags, params: z.strictObject({ periodKey: periodKeySchema }), response: { 200: boardSchema } },
  }, (req) => submissionBoard(deps.db, requireActor(req.ctx), req.params.periodKey, deps.clock.now()));

  r.get(base, {
    config: { access: 'submission.read' },
    schema: { tags, params, response: { 200: submissionSchema } },
  }, (req) => s.submissions.get(req.ctx, req.params.periodKey, req.params.organisationId));

  r.put(`${base}/figures`, {
    config: { access: 'figure.enter' },
    schema: { tags, params, body: saveFiguresRequestSchema, response: { 200: submissionSchema } },
  }, (req) => s.submissions.save(req.ctx, req.params.periodKey, req.params.organisationId, req.body.figures));

  r.post(`${base}/draft`, {
    config: { access: 'figure.enter' },
    schema: { tags, params, body: saveFiguresRequestSchema, response: { 200: draftSaveResultSchema } },
  }, (req) => s.submissions.saveDraft(req.ctx, req.params.periodKey, req.params.organisationId, req.body.figures));

  r.post(`${base}/withdraw`, {
    config: { access: 'figure.enter' },
    schema: { tags, params, body: versionedActionSchema, response: { 200: submissionSchema } },
  }, (req) => s.submissions.withdraw(req.ctx, req.params.periodKey, req.params.organisationId, req.body.version));

  r.post(`${base}/check`, {
    config: { access: 'submission.read', dryRun: true },
    schema: { tags, params, body: saveFiguresRequestSchema.partial(), response: { 200: checkReportSchema } },
  }, (req) => s.submissions.check(req.ctx, req.params.periodKey, req.params.organisationId, req.body?.figures));

  r.post(`${base}/submit`, {
    config: { access: 'figure.enter' },
    schema: { tags, params, body: versionedActionSchema, response: { 200: submissionSchema } },
  }, (req) => s.submissions.submit(req.ctx, req.params.periodKey, req.params.organisationId, req.body.version));

  r.post(`${base}/return`, {
    config: { access: 'figure.review' },
    schema: { tags, params, body: returnRequestSchema, response: { 200: submissionSchema } },
  }, (req) => s.review.returnSubmission(req.ctx, req.params.periodKey, req.params.organisationId, req.body));

  r.post(`${base}/approve`, {
    config: { access: 'figure.review' },
    schema: { tags, params, body: versionedActionSchema, response: { 200: submissionSchema } },
  }, (req) => s.review.approve(req.ctx, req.params.periodKey, req.params.organisationId, req.body.version));

  r.post(`${base}/revision-request`, {
    config: { access: 'figure.enter' },
    schema: { tags, params, body: revisionRequestSchema, response: { 200: submissionSchema } },
  }, (req) => s.review.requestRevision(req.ctx, req.params.periodKey, req.params.organisationId, req.body.version, req.body.reason));

  r.post(`${base}/revision-decision`, {
    config: { access: 'figure.review' },
    schema: { tags, params, body: revisionDecisionSchema, response: { 200: submissionSchema } },
  }, (req) => s.review.decideRevision(req.ctx, req.params.periodKey, req.params.organisationId, req.body));

  r.get(`${base}/history`, {
    config: { access: 'submission.read' },
    schema: { tags, params, response: { 200: submissionHistorySchema } },
  }, (req) => submissionHistory(deps.db, requireActor(req.ctx), req.params.periodKey, req.params.organisationId));

  r.get(`${base}/as-of`, {
    config: { access: 'submission.read' },
    schema: { tags, params, querystring: asOfQuerySchema, response: { 200: submissionSchema } },
  }, (req) => submissionAsOf(deps.db, requireActor(req.ctx), req.params.periodKey, req.params.organisationId, req.query.submissionVersion, deps.clock.now()));
}
