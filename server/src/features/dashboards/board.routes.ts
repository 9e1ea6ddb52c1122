import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { cardColourSchema, codeSchema, warningBoardQuerySchema } from '@hongtu/contracts';
import { BOARD_GROUPINGS, CARD_COLOURS } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { sendXlsx } from '../../platform/http/download';
import { createDashboardReadModel } from './dashboards.read-model';
import { warningBoardWorkbook } from './warnings.export';

/** A comma-separated list in a query string ("red,yellow"); empty or absent → all. */
const queryList = () => z.string().max(2000).optional().transform((text) => (text ? text.split(',').filter((x) => x !== '') : []));

/** The board as the meeting prints it: the page's month, group, filters and grouping (packages/domain warnings/board.ts). */
export const warningBoardExportQuerySchema = warningBoardQuerySchema.extend({
  groupBy: z.enum(BOARD_GROUPINGS).default('district'),
  colours: queryList().pipe(z.array(cardColourSchema).max(CARD_COLOURS.length)),
  districts: queryList().pipe(z.array(z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number)).max(500)),
  indicators: queryList().pipe(z.array(codeSchema).max(500)),
});

/** GET /api/dashboard/warnings.xlsx: the warning board of the caller's scope as a 通报 table (warnings.export.ts). */
export function boardExportRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const model = createDashboardReadModel(deps);
  r.get('/api/dashboard/warnings.xlsx', {
    config: { access: 'dashboard.read' }, schema: { tags: ['dashboards'], querystring: warningBoardExportQuerySchema },
  }, async (req, reply) => {
    const { groupBy, colours, districts, indicators, ...month } = req.query;
    const board = await model.warnings(req.ctx, month);
    return sendXlsx(reply, await warningBoardWorkbook(board, { groupBy, colours, districts, indicators }, req.ctx.locale), `warnings-${board.periodKey}.xlsx`);
  });
}
