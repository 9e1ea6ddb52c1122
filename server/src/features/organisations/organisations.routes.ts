import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createOrganisationGroupRequestSchema,
  createOrganisationRequestSchema,
  idParamsSchema,
  organisationGroupListSchema,
  organisationGroupSchema,
  organisationListSchema,
  organisationSchema,
  setGroupMembersRequestSchema,
  updateOrganisationRequestSchema,
} from '@hongtu/contracts';
import type { OrganisationService } from './organisations.service';

const tags = ['organisations'];

/** Thin HTTP layer: validate → authorize (declared access) → use case → present. */
export function organisationRoutes(app: FastifyInstance, service: OrganisationService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/organisations', {
    config: { access: 'organisation.read' },
    schema: { tags, response: { 200: organisationListSchema } },
  }, async (req) => ({ items: await service.list(req.ctx) }));

  r.get('/api/organisations/:id', {
    config: { access: 'organisation.read' },
    schema: { tags, params: idParamsSchema, response: { 200: organisationSchema } },
  }, (req) => service.get(req.ctx, req.params.id));

  r.post('/api/organisations', {
    config: { access: 'organisation.manage' },
    schema: { tags, body: createOrganisationRequestSchema, response: { 201: organisationSchema } },
  }, async (req, reply) => reply.status(201).send(await service.create(req.ctx, req.body)));

  r.patch('/api/organisations/:id', {
    config: { access: 'organisation.manage' },
    schema: { tags, params: idParamsSchema, body: updateOrganisationRequestSchema, response: { 200: organisationSchema } },
  }, (req) => service.update(req.ctx, req.params.id, req.body));

  r.delete('/api/organisations/:id', {
    config: { access: 'organisation.manage' },
    schema: { tags, params: idParamsSchema, response: { 204: z.null() } },
  }, async (req, reply) => {
    await service.remove(req.ctx, req.params.id);
    return reply.status(204).send(null);
  });

  r.get('/api/organisation-groups', {
    config: { access: 'organisation.read' },
    schema: { tags, response: { 200: organisationGroupListSchema } },
  }, async (req) => ({ items: await service.listGroups(req.ctx) }));

  r.post('/api/organisation-groups', {
    config: { access: 'organisation.manage' },
    schema: { tags, body: createOrganisationGroupRequestSchema, response: { 201: organisationGroupSchema } },
  }, async (req, reply) => reply.status(201).send(await service.createGroup(req.ctx, req.body)));

  r.put('/api/organisation-groups/:id/members', {
    config: { access: 'organisation.manage' },
    schema: { tags, params: idParamsSchema, body: setGroupMembersRequestSchema, response: { 200: organisationGroupSchema } },
  }, (req) => service.setGroupMembers(req.ctx, req.params.id, req.body.organisationIds));

  r.delete('/api/organisation-groups/:id', {
    config: { access: 'organisation.manage' },
    schema: { tags, params: idParamsSchema, response: { 204: z.null() } },
  }, async (req, reply) => {
    await service.removeGroup(req.ctx, req.params.id);
    return reply.status(204).send(null);
  });
}
