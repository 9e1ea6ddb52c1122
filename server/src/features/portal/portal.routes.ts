import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { portalListSchema } from '@hongtu/contracts/portal';
import type { Deps } from '../../platform/deps';
import { createPortalReadModel } from './portal.read-model';

const tags = ['portal'];

/** 门户网站: thin routes — validate, authorise (config.access), call the use case or read model. */
export function portalRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const model = createPortalReadModel(deps);

  r.get('/api/portal', {
    config: { access: 'organisation.read' },
    schema: { tags, response: { 200: portalListSchema } },
  }, (req) => model.list(req.ctx));
}
