import type { FastifyInstance } from 'fastify';
import type { SignInStep } from '@hongtu/contracts';
import type { Deps } from '../deps';
import { resolveSession } from '../auth/sessions';
import { sessionTokenOf } from '../auth/session-cookie';
import '../auth/pending-sign-in';
import { AppError, forbidden } from '../errors/app-error';
import { can } from './permissions';
import { readGrantPaths } from './read-grants';

/** Whether a route declaring `duringSignIn` serves a session waiting for this step. */
function servesStep(duringSignIn: boolean | readonly SignInStep[] | undefined, step: SignInStep): boolean {
  return duringSignIn === true || (Array.isArray(duringSignIn) && duringSignIn.includes(step));
}

export function isApiRoute(url: string): boolean {
  return url.startsWith('/api/') && !url.startsWith('/api/docs');
}

/**
 * Resolves the session, then applies the route's declared access. A route
 * under /api without a declared access is refused: nothing is open by accident.
 */
export function registerAuthorization(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('pendingSignIn', null);
  app.decorateRequest('readWithSession', null as never);
  app.addHook('onRequest', async (request) => {
    const lookup = await resolveSession(deps.db, deps.clock, sessionTokenOf(request, deps.config.secureCookies), request.routeOptions.config.readWithSession);
    request.readWithSession = lookup.kind === 'active' ? lookup.alongside : {};
    if (lookup.kind === 'active') {
      // A department's read grants widen what it reads, never what it writes (DOMAIN.md "Read grants").
      const reads = request.method === 'GET' || request.method === 'HEAD';
      request.ctx.actor = reads && lookup.actor.organisationKind === 'department'
        ? { ...lookup.actor, readPaths: await readGrantPaths(deps.db, lookup.actor.organisationId) }
        : lookup.actor;
    }
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
      // A sign-in waiting for its step gets the same answer on every route, an enterprise's too.
      const { step } = request.pendingSignIn;
      if (!servesStep(request.routeOptions.config.duringSignIn, step)) {
        throw new AppError(401, step === 'change-password' ? 'PASSWORD_CHANGE_REQUIRED' : 'SECOND_FACTOR_REQUIRED', {}, undefined, 'denied');
      }
      request.ctx.actor = request.pendingSignIn.actor;
    }
    if (access === 'enterprise') {
      // Staff and enterprise accounts are kept apart both ways: a staff session is refused here.
      if (request.ctx.actor) throw forbidden();
      return;
    }
    const actor = request.ctx.actor;
    if (!actor) {
      throw new AppError(401, request.sessionExpired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED', {}, undefined, 'denied');
    }
    if (access === 'signed-in') return;
    if (access === undefined || !can(actor.role, access)) throw forbidden();
  });
}
