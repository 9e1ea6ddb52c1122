import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, idSchema } from '@hongtu/contracts';
import { createTourSchema, judgeCandidateListSchema, nominateSchema, tourListQuerySchema, tourListSchema, tourRouteSchema, tourSchema, tourScoresSchema } from '@hongtu/contracts/project-tours';
import type { Deps } from '../../platform/deps';
import { createProjectToursReadModel } from './project-tours.read-model';
import { createProjectTourService } from './project-tours.service';

const tags = ['project-tours'];
const stopParamsSchema = z.strictObject({ id: idSchema, stopId: idSchema });

/** 观摩拉练: thin routes — validate, authorise (config.access), call the use case or read model. */
export function projectToursRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const model = createProjectToursReadModel(deps);
  const tours = createProjectTourService(deps);

  r.get('/api/project-tours', {
    config: { access: 'tour.read' },
    schema: { tags, querystring: tourListQuerySchema, response: { 200: tourListSchema } },
  }, (req) => model.list(req.ctx, req.query));

  r.post('/api/project-tours', {
    config: { access: 'tour.manage' },
    schema: { tags, body: createTourSchema, response: { 201: tourSchema } },
  }, async (req, reply) => reply.status(201).send(await model.get(req.ctx, await tours.create(req.ctx, req.body))));

  r.get('/api/project-tours/judge-candidates', {
    config: { access: 'tour.manage' },
    schema: { tags, response: { 200: judgeCandidateListSchema } },
  }, () => model.judgeCandidates());

  r.get('/api/project-tours/:id', {
    config: { access: 'tour.read' },
    schema: { tags, params: idParamsSchema, response: { 200: tourSchema } },
  }, (req) => model.get(req.ctx, req.params.id));

  r.post('/api/project-tours/:id/nominations', {
    config: { access: 'tour.nominate' },
    schema: { tags, params: idParamsSchema, body: nominateSchema, response: { 201: tourSchema } },
  }, async (req, reply) => {
    await tours.nominate(req.ctx, req.params.id, req.body.projectId);
    return reply.status(201).send(await model.get(req.ctx, req.params.id));
  });

  r.put('/api/project-tours/:id/route', {
    config: { access: 'tour.manage' },
    schema: { tags, params: idParamsSchema, body: tourRouteSchema, response: { 200: tourSchema } },
  }, async (req) => {
    await tours.fixRoute(req.ctx, req.params.id, req.body.stopIds);
    return model.get(req.ctx, req.params.id);
  });

  r.put('/api/project-tours/:id/stops/:stopId/scores', {
    config: { access: 'tour.score' },
    schema: { tags, params: stopParamsSchema, body: tourScoresSchema, response: { 200: tourSchema } },
  }, async (req) => {
    await tours.score(req.ctx, req.params.id, req.params.stopId, req.body);
    return model.get(req.ctx, req.params.id);
  });

  r.post('/api/project-tours/:id/close', {
    config: { access: 'tour.manage' },
    schema: { tags, params: idParamsSchema, response: { 200: tourSchema } },
  }, async (req) => {
    await tours.close(req.ctx, req.params.id);
    return model.get(req.ctx, req.params.id);
  });
}
