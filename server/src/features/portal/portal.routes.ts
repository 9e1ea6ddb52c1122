import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@hongtu/contracts';
import { portalOpportunityInputSchema, portalOpportunityListSchema, portalOpportunitySchema, portalOpportunityTransitionSchema } from '@hongtu/contracts/portal';
import type { Deps } from '../../platform/deps';
import { registerPortalFeeds } from './portal-feeds';
import { createOpportunityService } from './portal-opportunities';
import { registerPortalPages } from './portal-pages';
import { PORTAL_SCRIPT, PORTAL_STYLE } from './portal-assets';

const tags = ['portal'];

/** 门户网站: the public pages (no sign-in) and the city's staff routes for opportunities. */
export function portalRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const service = createOpportunityService(deps);

  // The public pages: no session needed, counted per address at the public edge (ADR 0008) like the API.
  const pageConfig = {
    access: 'public' as const,
    rateLimit: { max: deps.edge.limits.requestsPerWindow, timeWindow: deps.edge.limits.requestWindowMs, allowList: () => false },
  };
  registerPortalPages(app, deps, pageConfig);
  registerPortalFeeds(app, deps, pageConfig);
  for (const asset of [{ ...PORTAL_STYLE, type: 'text/css; charset=utf-8' }, { ...PORTAL_SCRIPT, type: 'text/javascript; charset=utf-8' }]) {
    app.get(asset.url, { config: { access: 'public' }, schema: { hide: true } }, (_request, reply) =>
      reply.type(asset.type).header('cache-control', 'public, max-age=31536000, immutable').send(asset.body));
  }

  r.get('/api/portal/opportunities', {
    config: { access: 'portal_opportunity.manage' },
    schema: { tags, response: { 200: portalOpportunityListSchema } },
  }, async () => ({ items: await service.list() }));

  r.post('/api/portal/opportunities', {
    config: { access: 'portal_opportunity.manage' },
    schema: { tags, body: portalOpportunityInputSchema, response: { 201: portalOpportunitySchema } },
  }, async (req, reply) => reply.status(201).send(await service.create(req.ctx, req.body)));

  r.post('/api/portal/opportunities/:id/publish', {
    config: { access: 'portal_opportunity.manage' },
    schema: { tags, params: idParamsSchema, body: portalOpportunityTransitionSchema, response: { 200: portalOpportunitySchema } },
  }, (req) => service.publish(req.ctx, req.params.id, req.body.version));

  r.post('/api/portal/opportunities/:id/withdraw', {
    config: { access: 'portal_opportunity.manage' },
    schema: { tags, params: idParamsSchema, body: portalOpportunityTransitionSchema, response: { 200: portalOpportunitySchema } },
  }, (req) => service.withdraw(req.ctx, req.params.id, req.body.version));
}
