import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createUserRequestSchema,
  idParamsSchema,
  resetPasswordRequestSchema,
  updateUserRequestSchema,
  userListQuerySchema,
  userPageSchema,
  userPhoneSchema,
  userSchema,
} from '@hongtu/contracts';
import type { UserService } from './users.service';

const tags = ['users'];

export function userRoutes(app: FastifyInstance, service: UserService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/users', {
    config: { access: 'user.read' },
    schema: { tags, querystring: userListQuerySchema, response: { 200: userPageSchema } },
  }, (req) => service.list(req.ctx, req.query));

  r.get('/api/users/:id', {
    config: { access: 'user.read' },
    schema: { tags, params: idParamsSchema, response: { 200: userSchema } },
  }, (req) => service.get(req.ctx, req.params.id));

  r.post('/api/users', {
    config: { access: 'user.manage' },
    schema: { tags, body: createUserRequestSchema, response: { 201: userSchema } },
  }, async (req, reply) => reply.status(201).send(await service.create(req.ctx, req.body)));

  r.patch('/api/users/:id', {
    config: { access: 'user.manage' },
    schema: { tags, params: idParamsSchema, body: updateUserRequestSchema, response: { 200: userSchema } },
  }, (req) => service.update(req.ctx, req.params.id, req.body));

  r.post('/api/users/:id/disable', {
    config: { access: 'user.manage' },
    schema: { tags, params: idParamsSchema, response: { 200: userSchema } },
  }, (req) => service.setStatus(req.ctx, req.params.id, 'disabled'));

  r.post('/api/users/:id/enable', {
    config: { access: 'user.manage' },
    schema: { tags, params: idParamsSchema, response: { 200: userSchema } },
  }, (req) => service.setStatus(req.ctx, req.params.id, 'active'));

  r.post('/api/users/:id/reset-password', {
    config: { access: 'user.manage' },
    schema: { tags, params: idParamsSchema, body: resetPasswordRequestSchema, response: { 200: userSchema } },
  }, (req) => service.resetPassword(req.ctx, req.params.id, req.body.password));

  // A POST, though it changes nothing but the trail: each full view is an audited act (and a
  // department's read grants, which count only for GET, never reach it).
  r.post('/api/users/:id/reveal-phone', {
    config: { access: 'user.read' },
    schema: { tags, params: idParamsSchema, response: { 200: userPhoneSchema } },
  }, (req) => service.revealPhone(req.ctx, req.params.id));

  r.post('/api/users/:id/unlock', {
    config: { access: 'user.manage' },
    schema: { tags, params: idParamsSchema, response: { 200: userSchema } },
  }, (req) => service.unlock(req.ctx, req.params.id));
}
