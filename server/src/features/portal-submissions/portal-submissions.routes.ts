import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { portalSubmissionsListSchema } from '@hongtu/contracts/portal-submissions';
import type { Deps } from '../../platform/deps';
import { createPortalSubmissionsReadModel } from './portal-submissions.read-model';

const tags = ['portal-submissions'];

/** 门户来信: thin routes — validate, authorise (config.access), call the use case or read model. */
export function portalSubmissionsRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const model = createPortalSubmissionsReadModel(deps);

  r.get('/api/portal-submissions', {
    config: { access: 'organisation.read' },
    schema: { tags, response: { 200: portalSubmissionsListSchema } },
  }, (req) => model.list(req.ctx));
}
