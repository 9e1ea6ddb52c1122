import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@hongtu/contracts';
import {
  createTerritoryOverlapRequestSchema, territoriesQuerySchema, territoriesSchema, territoryOverlapSchema, territorySettingsRequestSchema,
} from '@hongtu/contracts/territories';
import type { Deps } from '../../platform/deps';
import { createTerritoryService } from './territories.service';

const tags = ['dashboards'];

/** The city's territorial scope: read by every dashboard reader, kept by the administrator. */
export function territoryRoutes(app: FastifyInstance, deps: Deps): void {
  const service = createTerritoryService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/territories', {
    config: { access: 'dashboard.read' }, schema: { tags, querystring: territoriesQuerySchema, response: { 200: territoriesSchema } },
  }, (req) => service.get(req.ctx, req.query.cityId));

  r.put('/api/territories/settings', {
    config: { access: 'organisation.manage' }, schema: { tags, body: territorySettingsRequestSchema, response: { 200: territoriesSchema } },
  }, (req) => service.putSettings(req.ctx, req.body));

  r.post('/api/territories/overlaps', {
    config: { access: 'organisation.manage' }, schema: { tags, body: createTerritoryOverlapRequestSchema, response: { 201: territoryOverlapSchema } },
  }, async (req, reply) => reply.code(201).send(await service.createOverlap(req.ctx, req.body)));

  r.delete('/api/territories/overlaps/:id', {
    config: { access: 'organisation.manage' }, schema: { tags, params: idParamsSchema },
  }, async (req, reply) => {
    await service.removeOverlap(req.ctx, req.params.id);
    return reply.code(204).send();
  });
}
