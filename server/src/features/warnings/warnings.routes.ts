import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { putWarningRuleRequestSchema, warningRuleListSchema, warningRuleParamsSchema, warningRuleSchema } from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { createWarningRuleService } from './warning-rules.service';

const tags = ['warnings'];

/** Warning-rule configuration: GET for every dashboard reader, PUT for the city reviewer. */
export function warningRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const service = createWarningRuleService(deps);

  r.get('/api/warning-rules', {
    config: { access: 'dashboard.read' },
    schema: { tags, response: { 200: warningRuleListSchema } },
  }, async (req) => ({ items: await service.list(req.ctx) }));

  r.put('/api/warning-rules/:code', {
    config: { access: 'warning_rule.manage' },
    schema: { tags, params: warningRuleParamsSchema, body: putWarningRuleRequestSchema, response: { 200: warningRuleSchema } },
  }, (req) => service.put(req.ctx, req.params.code, req.body));
}
