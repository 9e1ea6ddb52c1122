import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { putTargetRequestSchema, targetListSchema, targetQuerySchema, targetSchema } from '@hongtu/contracts';
import type { TargetService } from './targets.service';

const tags = ['targets'];

export function targetRoutes(app: FastifyInstance, service: TargetService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/targets', {
    config: { access: 'indicator.read' },
    schema: { tags, querystring: targetQuerySchema, response: { 200: targetListSchema } },
  }, async (req) => ({ items: await service.list(req.ctx, req.query.year, req.query.organisationId) }));

  r.put('/api/targets', {
    config: { access: 'target.manage' },
    schema: { tags, body: putTargetRequestSchema, response: { 200: targetSchema } },
  }, (req) => service.put(req.ctx, req.body));
}
