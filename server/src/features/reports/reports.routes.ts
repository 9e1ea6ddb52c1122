import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { reportListSchema } from '@hongtu/contracts/reports';
import type { Deps } from '../../platform/deps';
import { createReportsReadModel } from './reports.read-model';

const tags = ['reports'];

/** 报告: thin routes — validate, authorise (config.access), call the use case or read model. */
export function reportsRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const model = createReportsReadModel(deps);

  r.get('/api/reports', {
    config: { access: 'organisation.read' },
    schema: { tags, response: { 200: reportListSchema } },
  }, (req) => model.list(req.ctx));
}
