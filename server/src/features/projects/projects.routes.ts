import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { projectsListSchema } from '@hongtu/contracts/projects';
import type { Deps } from '../../platform/deps';
import { createProjectsReadModel } from './projects.read-model';

const tags = ['projects'];

/** 重大项目: thin routes — validate, authorise (config.access), call the use case or read model. */
export function projectsRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const model = createProjectsReadModel(deps);

  r.get('/api/projects', {
    config: { access: 'project.read' },
    schema: { tags, response: { 200: projectsListSchema } },
  }, (req) => model.list(req.ctx));
}
