import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps';
import { resolveSession } from '../auth/sessions';
import { sessionTokenOf } from '../auth/session-cookie';
import '../auth/pending-sign-in';
import { AppError, forbidden } from '../errors/app-error';
import { can } from './permissions';

export function isApiRoute(url: string): boolean {
  return url.startsWith('/api/') && !url.startsWith('/api/docs');
}

/**
 * Resolves the session, then applies the route's declared access. A route
 * under /api without a declared access is refused: nothing is open by accident.
 */
export function registerAuthorization(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('pendingSignIn', null);
  app.addHook('onRequest', async (request) => {
    const lookup = await resolveSession(deps.db, deps.clock, sessionTokenOf(request, deps.config.secureCookies));
    if (lookup.kind === 'active') request.ctx.actor = lookup.actor;
    if ((lookup.kind === 'active' || lookup.kind === 'pending') && !request.headers['accept-language']) request.ctx.locale = lookup.actor.locale;
    // A session waiting for its second factor has no actor: only routes declaring `duringSignIn` see it.
    request.pendingSignIn = lookup.kind === 'pending' ? { actor: lookup.actor, step: lookup.step } : null;
    request.sessionExpired = lookup.kind === 'expired';
  });

  app.addHook('preValidation', async (request) => {
    const url = request.routeOptions.url;
    if (!url || !isApiRoute(url)) return;
    const access = request.routeOptions.config.access;
    if (access === 'public') return;
    if (!request.ctx.actor && request.pendingSignIn) {
      if (!request.routeOptions.config.duringSignIn) throw new AppError(401, 'SECOND_FACTOR_REQUIRED', {}, undefined, 'denied');
      request.ctx.actor = request.pendingSignIn.actor;
    }
    const actor = request.ctx.actor;
    if (!actor) {
      throw new AppError(401, request.sessionExpired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED', {}, undefined, 'denied');
    }
    if (access === 'signed-in') return;
    if (access === undefined || !can(actor.role, access)) throw forbidden();
  });
}
