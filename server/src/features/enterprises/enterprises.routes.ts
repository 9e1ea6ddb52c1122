import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { enterprisesListSchema } from '@hongtu/contracts/enterprises';
import type { Deps } from '../../platform/deps';
import { createEnterprisesReadModel } from './enterprises.read-model';

const tags = ['enterprises'];

/** 企业库: thin routes — validate, authorise (config.access), call the use case or read model. */
export function enterprisesRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const model = createEnterprisesReadModel(deps);

  r.get('/api/enterprises', {
    config: { access: 'enterprise.read' },
    schema: { tags, response: { 200: enterprisesListSchema } },
  }, (req) => model.list(req.ctx));
}
