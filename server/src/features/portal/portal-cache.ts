import type { FastifyInstance, FastifyRequest } from 'fastify';
import { publicPagesChanged, registerPublicPageCache } from '../../platform/http/public-page-cache';
import { LARGE_TEXT_COOKIE } from './portal-assets';

/**
 * Pages of a visitor's own are never kept: an enterprise's account, the forms with their challenge
 * (投稿 and its tracking), and the form of interest in an opportunity (its answer depends on who asks).
 */
const OWN_PAGES = /^\/portal(?:\/zh-tw|\/en)?\/(?:account|submit|opportunities\/[^/?]+\/interest)(?:\/|$)/;
/** Cookies of a signed-in visitor (an enterprise account or a member of staff). */
const SESSION_COOKIE = /hongtu_(?:enterprise|session)/;
/** The sitemap and the feeds write full addresses with the scheme and host the request came by: kept per origin. */
const FULL_ADDRESSES = /^\/portal(?:\/zh-tw|\/en)?\/(?:sitemap|feed|atom)\.xml$/;

/** The cache key of a public portal page (the large-text choice; the origin for full addresses), or null when it is not kept. */
export function portalPageKey(request: FastifyRequest): string | null {
  const path = request.url.split('?')[0]!;
  if (path !== '/portal' && !path.startsWith('/portal/')) return null;
  if (OWN_PAGES.test(path)) return null;
  const cookies = request.cookies ?? {};
  if (Object.keys(cookies).some((name) => SESSION_COOKIE.test(name))) return null;
  const choice = cookies[LARGE_TEXT_COOKIE] === '1' ? 'large' : 'normal';
  return FULL_ADDRESSES.test(path) ? `${choice} ${request.protocol}://${request.host}` : choice;
}

/** The staff's writes that change what the portal shows: articles, opportunities, policies, published bulletins. */
const PUBLIC_CONTENT_WRITES = /^\/api\/(?:portal-articles|portal\/opportunities|policies|bulletins)(?:\/|$|\?)/;

/**
 * The portal's pages kept a few seconds by each app server (platform/http/public-page-cache.ts), and
 * forgotten when a write changes what they show.
 */
export function registerPortalCache(app: FastifyInstance): void {
  registerPublicPageCache(app, portalPageKey);
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400 && PUBLIC_CONTENT_WRITES.test(request.url)) publicPagesChanged();
  });
}
