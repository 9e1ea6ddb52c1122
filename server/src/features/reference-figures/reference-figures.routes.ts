import type { FastifyInstance } from 'fastify';
import { idParamsSchema } from '@hongtu/contracts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  acceptReferenceFigureSchema,
  crossCheckParamsSchema,
  monthCrossCheckSchema,
  referenceFigureListQuerySchema,
  referenceFigureListSchema,
  referenceFigureSchema,
} from '@hongtu/contracts/reference-figures';
import type { Deps } from '../../platform/deps';
import { documentFigureSource } from './reference-figures.documents';
import { createReferenceFiguresReadModel } from './reference-figures.read-model';
import { createReferenceFiguresService } from './reference-figures.service';

const tags = ['reference-figures'];

/** 参考数据: thin routes — validate, authorise (config.access), call the use case or read model. */
export function referenceFiguresRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const model = createReferenceFiguresReadModel(deps);
  const service = createReferenceFiguresService(deps, documentFigureSource);

  r.get('/api/reference-figures', {
    config: { access: 'submission.read' },
    schema: { tags, querystring: referenceFigureListQuerySchema, response: { 200: referenceFigureListSchema } },
  }, (req) => model.list(req.ctx, req.query));

  /** A document's figure accepted as a district-month's reference figure: the city's reviewers only. */
  r.post('/api/reference-figures', {
    config: { access: 'figure.review' },
    schema: { tags, body: acceptReferenceFigureSchema, response: { 201: referenceFigureSchema } },
  }, async (req, reply) => reply.status(201).send(await service.accept(req.ctx, req.body)));

  /** A reference figure withdrawn (accepted by mistake): the city's reviewers only. */
  r.delete('/api/reference-figures/:id', {
    config: { access: 'figure.review' },
    schema: { tags, params: idParamsSchema },
  }, async (req, reply) => {
    await service.withdraw(req.ctx, req.params.id);
    return reply.status(204).send();
  });

  /** The month's reference figures against the district's submission, for its review. */
  r.get('/api/reference-figures/cross-check/:periodKey/:organisationId', {
    config: { access: 'submission.read' },
    schema: { tags, params: crossCheckParamsSchema, response: { 200: monthCrossCheckSchema } },
  }, (req) => model.monthCrossCheck(req.ctx, req.params.periodKey, req.params.organisationId));
}
