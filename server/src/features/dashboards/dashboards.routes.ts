import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  districtDashboardQuerySchema,
  districtDashboardSchema,
  idSchema,
  overviewQuerySchema,
  overviewSchema,
  rankingQuerySchema,
  rankingSchema,
  warningBoardQuerySchema,
  warningBoardSchema,
} from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { sendXlsx as sendWorkbook } from '../../platform/http/download';
import { overviewWorkbook, rankingWorkbook } from './dashboards.export';
import { createDashboardReadModel } from './dashboards.read-model';
import { createOverviewStore, GENERATION_WITH_SESSION, overviewAnswer } from './overview-store';
import { sendEncodedJson } from '../../platform/http/encoded-answer';
import { dashboardMonthsSchema } from '@hongtu/contracts/dashboard-months';
import { dashboardMonths } from './months.service';

const tags = ['dashboards'];

/**
 * The read models are large (province scale: thousands of cells) and typed by the contracts, so
 * their JSON is written directly instead of being re-validated by zod on every answer (that cost
 * about as much as shaping them); dashboards.test.ts checks every answer against its schema.
 * The schema still documents the response in OpenAPI.
 */
const plainJson = { serializerCompiler: () => (data: unknown) => JSON.stringify(data) };

function sendXlsx(reply: FastifyReply, name: string, body: Buffer) {
  return sendWorkbook(reply, body, `${name}.xlsx`);
}

/** Read-only dashboards: overview, ranking, district page, warning board, and their exports. */
export function dashboardRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const model = createDashboardReadModel(deps);
  const config = { access: 'dashboard.read' as const };

  r.get('/api/dashboard/months', {
    config, schema: { tags, response: { 200: dashboardMonthsSchema } },
  }, (req) => dashboardMonths(deps.db, req.ctx));

  // The overview is served from its read model (overview-store.ts): the stored JSON as it is, or its
  // compressed copy made once per generation. Its generation is read with the session.
  const store = createOverviewStore(deps.db, deps.clock);
  app.addHook('onReady', () => store.startAfresh());
  r.get('/api/dashboard/overview', {
    config: { ...config, readWithSession: GENERATION_WITH_SESSION }, ...plainJson,
    schema: { tags, querystring: overviewQuerySchema, response: { 200: overviewSchema } },
  }, async (req, reply) => {
    return sendEncodedJson(req, reply, await overviewAnswer(store, model, req.ctx, req.query, req.readWithSession));
  });

  r.get('/api/dashboard/overview.xlsx', { config, schema: { tags, querystring: overviewQuerySchema } }, async (req, reply) => {
    const overview = await model.overview(req.ctx, req.query);
    return sendXlsx(reply, `overview-${overview.periodKey}`, await overviewWorkbook(overview, req.ctx.locale));
  });

  r.get('/api/dashboard/ranking', {
    config, ...plainJson, schema: { tags, querystring: rankingQuerySchema, response: { 200: rankingSchema } },
  }, (req) => model.ranking(req.ctx, req.query));

  r.get('/api/dashboard/ranking.xlsx', { config, schema: { tags, querystring: rankingQuerySchema } }, async (req, reply) => {
    const [ranking, groupName] = await Promise.all([
      model.ranking(req.ctx, req.query),
      req.query.groupId === undefined ? null : model.groupName(req.query.groupId),
    ]);
    const options = req.query.groupId === undefined ? {} : { group: { name: groupName } };
    return sendXlsx(reply, `ranking-${ranking.periodKey}-${ranking.measure}`, await rankingWorkbook(ranking, req.ctx.locale, options));
  });

  r.get('/api/dashboard/district/:organisationId', {
    config, ...plainJson,
    schema: { tags, params: z.strictObject({ organisationId: idSchema }), querystring: districtDashboardQuerySchema, response: { 200: districtDashboardSchema } },
  }, (req) => model.district(req.ctx, req.params.organisationId, req.query));

  r.get('/api/dashboard/warnings', {
    config, ...plainJson, schema: { tags, querystring: warningBoardQuerySchema, response: { 200: warningBoardSchema } },
  }, (req) => model.warnings(req.ctx, req.query));
}
