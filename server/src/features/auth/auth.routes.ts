import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePasswordRequestSchema, loginRequestSchema, meSchema, setLocaleRequestSchema } from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { clearSessionCookie, setSessionCookie } from '../../platform/auth/session-cookie';
import { resolveSession } from '../../platform/auth/sessions';
import type { LoginService } from '../../platform/auth/login.service';

const tags = ['auth'];

export function authRoutes(app: FastifyInstance, deps: Deps, service: LoginService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const secure = deps.config.secureCookies;

  r.post('/api/auth/login', {
    config: {
      access: 'public',
      // Keyed by account and address: one office behind a NAT address is not locked out together.
      rateLimit: {
        // After the body is parsed (the global limit runs earlier, in onRequest).
        hook: 'preHandler',
        max: 20,
        timeWindow: '1 minute',
        keyGenerator: (req) => `login:${req.ip}:${String((req.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase()}`,
      },
    },
    schema: { tags, body: loginRequestSchema, response: { 200: meSchema } },
  }, async (req, reply) => {
    const { token } = await service.login(req.ctx, req.body);
    setSessionCookie(reply, secure, token);
    // The session is new; resolve it as the next request would.
    const lookup = await resolveSession(deps.db, deps.clock, token);
    if (lookup.kind !== 'active') throw new Error('session vanished right after login');
    req.ctx.actor = lookup.actor;
    return service.me(req.ctx);
  });

  r.post('/api/auth/logout', {
    config: { access: 'signed-in' },
    schema: { tags, response: { 204: z.null() } },
  }, async (req, reply) => {
    await service.logout(req.ctx);
    clearSessionCookie(reply, secure);
    return reply.status(204).send(null);
  });

  r.get('/api/auth/me', {
    config: { access: 'signed-in' },
    schema: { tags, response: { 200: meSchema } },
  }, (req) => service.me(req.ctx));

  r.post('/api/auth/password', {
    config: { access: 'signed-in' },
    schema: { tags, body: changePasswordRequestSchema, response: { 204: z.null() } },
  }, async (req, reply) => {
    await service.changePassword(req.ctx, req.body);
    clearSessionCookie(reply, secure);
    return reply.status(204).send(null);
  });

  r.put('/api/auth/locale', {
    config: { access: 'signed-in' },
    schema: { tags, body: setLocaleRequestSchema, response: { 204: z.null() } },
  }, async (req, reply) => {
    await service.setLocale(req.ctx, req.body.locale);
    return reply.status(204).send(null);
  });
}
