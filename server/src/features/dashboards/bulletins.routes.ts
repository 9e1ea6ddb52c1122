import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bulletinParamsSchema, bulletinSchema } from '@hongtu/contracts/bulletins';
import type { Deps } from '../../platform/deps';
import { createBulletinService } from './bulletins.service';

const tags = ['dashboards'];

/** Published bulletins: the city reviewer publishes a month; every dashboard reader reads it as published. */
export function bulletinRoutes(app: FastifyInstance, deps: Deps): void {
  const service = createBulletinService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/bulletins/:period', {
    config: { access: 'dashboard.read' }, schema: { tags, params: bulletinParamsSchema, response: { 200: bulletinSchema } },
  }, (req) => service.get(req.ctx, req.params.period));

  r.post('/api/bulletins/:period', {
    config: { access: 'period.manage' },
    schema: { tags, params: bulletinParamsSchema, response: { 201: z.object({ periodKey: z.string(), publishedAt: z.string(), hash: z.string() }) } },
  }, async (req, reply) => reply.code(201).send(await service.publish(req.ctx, req.params.period)));
}
