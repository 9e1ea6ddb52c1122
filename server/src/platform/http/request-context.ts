import type { FastifyInstance } from 'fastify';
import { localeFromHeader } from '../i18n/locale';

/** Gives every request its context before anything else runs. */
export function registerRequestContext(app: FastifyInstance): void {
  app.decorateRequest('ctx', null as never);
  app.decorateRequest('sessionExpired', false);
  app.addHook('onRequest', async (request) => {
    request.ctx = {
      actor: null,
      ip: request.ip,
      requestId: request.id,
      locale: localeFromHeader(request.headers['accept-language']),
      userAgent: request.headers['user-agent']?.slice(0, 256) ?? null,
      audited: false,
    };
  });
}
