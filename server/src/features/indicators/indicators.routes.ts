import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  indicatorCodeParamsSchema,
  indicatorListSchema,
  indicatorSchema,
  putIndicatorSettingsRequestSchema,
  putResponsibilityRequestSchema,
  responsibilityListSchema,
  responsibilityQuerySchema,
  responsibilitySchema,
} from '@hongtu/contracts';
import type { IndicatorService } from './indicators.service';
import type { createIndicatorSettingsService } from './indicator-settings.service';

const tags = ['indicators'];

export function indicatorRoutes(app: FastifyInstance, service: IndicatorService, settings: ReturnType<typeof createIndicatorSettingsService>): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/indicators', {
    config: { access: 'indicator.read' },
    schema: { tags, response: { 200: indicatorListSchema } },
  }, async () => ({ items: await service.list() }));

  r.put('/api/indicators/:code/settings', {
    config: { access: 'indicator.configure' },
    schema: { tags, params: indicatorCodeParamsSchema, body: putIndicatorSettingsRequestSchema, response: { 200: indicatorSchema } },
  }, (req) => settings.put(req.ctx, req.params.code, req.body));

  r.get('/api/responsibilities', {
    config: { access: 'indicator.read' },
    schema: { tags, querystring: responsibilityQuerySchema, response: { 200: responsibilityListSchema } },
  }, async (req) => ({ items: await service.responsibilities(req.ctx, req.query.year, req.query.organisationId) }));

  r.put('/api/responsibilities', {
    config: { access: 'responsibility.manage' },
    schema: { tags, body: putResponsibilityRequestSchema, response: { 200: responsibilitySchema } },
  }, (req) => service.putResponsibility(req.ctx, req.body));
}
