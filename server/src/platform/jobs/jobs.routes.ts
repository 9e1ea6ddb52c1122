import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema, jobListSchema, jobQuerySchema, jobSchema } from '@hongtu/contracts';
import type { Deps } from '../deps';

const tags = ['jobs'];

/**
 * The caller's view of background jobs: one job with its progress and result, the newest jobs of
 * their scope, and the cancelling of a queued one. Jobs are queued by the routes of the features
 * that run them (answered 202 with the job).
 */
export function jobRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { jobs } = deps;

  r.get('/api/jobs', {
    config: { access: 'signed-in' },
    schema: { tags, querystring: jobQuerySchema, response: { 200: jobListSchema } },
  }, async (req) => ({ items: await jobs.list(req.ctx, req.query) }));

  r.get('/api/jobs/:id', {
    config: { access: 'signed-in' },
    schema: { tags, params: idParamsSchema, response: { 200: jobSchema } },
  }, (req) => jobs.get(req.ctx, req.params.id));

  // Who may cancel depends on the job's kind: checked by the queue (403 / 404 like other routes).
  r.post('/api/jobs/:id/cancel', {
    config: { access: 'signed-in' },
    schema: { tags, params: idParamsSchema, response: { 200: jobSchema } },
  }, (req) => jobs.cancel(req.ctx, req.params.id));
}
