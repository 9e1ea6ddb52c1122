import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';
import { sessionCookieName } from '../auth/session-cookie';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SESSION_COOKIES = [sessionCookieName(false), sessionCookieName(true)];

export function isWriteMethod(method: string): boolean {
  return WRITE_METHODS.has(method);
}

/** Scheme, host and port of the Origin header equal those this request was made to. */
export function isSameOrigin(origin: string, request: Pick<FastifyRequest, 'protocol' | 'host'>): boolean {
  if (origin === 'null') return false;
  try {
    // URL drops a default port (":80" for http, ":443" for https); a Host header may carry it
    // (proxies often add it), so both sides are compared as URLs.
    const originUrl = new URL(origin);
    const requestUrl = new URL(`${request.protocol}://${request.host}`);
    return originUrl.protocol === requestUrl.protocol && originUrl.host === requestUrl.host;
  } catch {
    return false;
  }
}

function carriesSession(request: FastifyRequest): boolean {
  const cookies = request.cookies as Record<string, string | undefined> | undefined;
  return SESSION_COOKIES.some((name) => cookies?.[name] !== undefined);
}

/**
 * Writes must come from this origin. Any write that names another Origin (scheme, host or port)
 * or that a browser marks cross-site is refused. A write that carries a session cookie must also
 * prove where it comes from: a same-origin Origin, or `Sec-Fetch-Site: same-origin` — every
 * browser this app supports sends one of them on fetch writes, while Referer alone, a missing
 * Origin or `same-site` (a sibling subdomain) is not proof. Requests without a session cookie
 * (sign-in, scripts that talk to the database through the CLI) have nothing to forge.
 * Behind a TLS proxy, HONGTU_TRUST_PROXY=true lets the request's scheme be the proxy's.
 */
export function registerOriginCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!isWriteMethod(request.method)) return;
    const origin = request.headers.origin;
    const fetchSite = request.headers['sec-fetch-site'];
    if (origin !== undefined) {
      if (!isSameOrigin(origin, request)) throw new AppError(403, 'CROSS_SITE', {}, undefined, 'denied');
      return;
    }
    if (fetchSite === 'same-origin') return;
    if (fetchSite === 'cross-site' || fetchSite === 'same-site' || carriesSession(request)) {
      throw new AppError(403, 'CROSS_SITE', {}, undefined, 'denied');
    }
  });
}
