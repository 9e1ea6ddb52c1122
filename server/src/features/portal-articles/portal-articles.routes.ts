import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { portalArticlesListSchema } from '@hongtu/contracts/portal-articles';
import type { Deps } from '../../platform/deps';
import { createPortalArticlesReadModel } from './portal-articles.read-model';

const tags = ['portal-articles'];

/** 门户文章: thin routes — validate, authorise (config.access), call the use case or read model. */
export function portalArticlesRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const model = createPortalArticlesReadModel(deps);

  r.get('/api/portal-articles', {
    config: { access: 'organisation.read' },
    schema: { tags, response: { 200: portalArticlesListSchema } },
  }, (req) => model.list(req.ctx));
}
