import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema, putQ1WeekRequestSchema, q1BoardSchema, q1WeekFiguresSchema, q1WeekSchema, q1YearSchema } from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { createQ1ReadModel } from './q1.read-model';
import { createQ1Service } from './q1.service';

const tags = ['q1'];

/** Q1 开门红: the board of Q1 targets and progress, and the districts' weekly YTD entry. */
export function q1Routes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const model = createQ1ReadModel(deps);
  const service = createQ1Service(deps);

  r.get('/api/q1/:year', {
    config: { access: 'dashboard.read' },
    schema: { tags, params: z.strictObject({ year: q1YearSchema }), response: { 200: q1BoardSchema } },
  }, (req) => model.board(req.ctx, req.params.year));

  r.put('/api/q1/:year/:organisationId/weeks/:week', {
    config: { access: 'figure.enter' },
    schema: {
      tags,
      params: z.strictObject({ year: q1YearSchema, organisationId: idSchema, week: q1WeekSchema }),
      body: putQ1WeekRequestSchema,
      response: { 200: q1WeekFiguresSchema },
    },
  }, (req) => service.putWeek(req.ctx, req.params.year, req.params.organisationId, req.params.week, req.body));
}
