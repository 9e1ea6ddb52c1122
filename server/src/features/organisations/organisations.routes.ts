import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addReadGrantRequestSchema,
  createOrganisationGroupRequestSchema,
  createOrganisationRequestSchema,
  idParamsSchema,
  organisationGroupListSchema,
  organisationGroupSchema,
  organisationListSchema,
  organisationSchema,
  readGrantListSchema,
  readGrantParamsSchema,
  readGrantSchema,
  setGroupMembersRequestSchema,
  updateOrganisationRequestSchema,
} from '@hongtu/contracts';
import type { OrganisationService } from './organisations.service';
import type { ReadGrantService } from './read-grants.service';

const tags = ['organisations'];

/** Thin HTTP layer: validate → authorize (declared access) → use case → present. */
export function organisationRoutes(app: FastifyInstance, service: OrganisationService, grants: ReadGrantService): void {
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

  // A department's read grants (docs/DOMAIN.md "Read grants"): :id is the department.
  r.get('/api/organisations/:id/read-grants', {
    config: { access: 'read_grant.manage' },
    schema: { tags, params: idParamsSchema, response: { 200: readGrantListSchema } },
  }, async (req) => ({ items: await grants.list(req.ctx, req.params.id) }));

  r.post('/api/organisations/:id/read-grants', {
    config: { access: 'read_grant.manage' },
    schema: { tags, params: idParamsSchema, body: addReadGrantRequestSchema, response: { 201: readGrantSchema } },
  }, async (req, reply) => reply.status(201).send(await grants.add(req.ctx, req.params.id, req.body.organisationId)));

  r.delete('/api/organisations/:id/read-grants/:organisationId', {
    config: { access: 'read_grant.manage' },
    schema: { tags, params: readGrantParamsSchema, response: { 204: z.null() } },
  }, async (req, reply) => {
    await grants.remove(req.ctx, req.params.id, req.params.organisationId);
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
