import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { periodKeySchema } from '@hongtu/contracts';
import { bulkApproveRequestSchema, bulkApproveResultSchema } from '@hongtu/contracts/notifications';
import type { BulkReview } from './review-bulk.service';

/** Review at volume: the bulk approval of a month's clean submissions. */
export function reviewRoutes(app: FastifyInstance, approveClean: BulkReview): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/periods/:periodKey/approve-clean', {
    config: { access: 'figure.review' },
    schema: { tags: ['reporting'], params: z.strictObject({ periodKey: periodKeySchema }), body: bulkApproveRequestSchema, response: { 200: bulkApproveResultSchema } },
  }, (req) => approveClean(req.ctx, req.params.periodKey, req.body.organisationIds));
}
