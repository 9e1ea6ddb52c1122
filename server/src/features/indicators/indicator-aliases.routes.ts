import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createIndicatorAliasRequestSchema, idParamsSchema, indicatorAliasListSchema, indicatorAliasSchema } from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { createIndicatorAliasService } from './indicator-aliases.service';

const tags = ['indicators'];

/** The indicators' aliases: everyone who reads the catalogue sees them; the city reviewer keeps them. */
export function indicatorAliasRoutes(app: FastifyInstance, deps: Deps): void {
  const service = createIndicatorAliasService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/indicator-aliases', {
    config: { access: 'indicator.read' },
    schema: { tags, response: { 200: indicatorAliasListSchema } },
  }, async () => ({ items: await service.list() }));

  r.post('/api/indicator-aliases', {
    config: { access: 'indicator_alias.manage' },
    schema: { tags, body: createIndicatorAliasRequestSchema, response: { 201: indicatorAliasSchema } },
  }, async (req, reply) => reply.code(201).send(await service.create(req.ctx, req.body)));

  r.delete('/api/indicator-aliases/:id', {
    config: { access: 'indicator_alias.manage' },
    schema: { tags, params: idParamsSchema },
  }, async (req, reply) => {
    await service.remove(req.ctx, req.params.id);
    return reply.code(204).send();
  });
}
