import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '@hongtu/contracts';
import {
  confirmEnterpriseProblemSchema, cultivationBoardSchema, cultivationQuerySchema, enterCandidateSchema, enterpriseProblemCountsQuerySchema,
  enterpriseProblemCountsSchema, enterpriseProblemListQuerySchema, enterpriseProblemListSchema, enterpriseProblemMoveSchema,
  enterpriseProblemOverdueQuerySchema, enterpriseProblemSchema, enterpriseProblemTextMoveSchema, enterpriseServiceDepartmentsSchema,
  enterpriseServiceEnterprisesSchema, liaisonBoardQuerySchema, liaisonBoardSchema, liaisonCadresQuerySchema, liaisonCadresSchema, raiseEnterpriseProblemSchema,
  recordVisitSchema, reopenEnterpriseProblemSchema, saveCandidateSchema, setCultivationTargetSchema, setLiaisonSchema, visitSchema,
} from '@hongtu/contracts/enterprise-service';
import type { Deps } from '../../platform/deps';
import { notFound } from '../../platform/errors/app-error';
import { requireActor } from '../../platform/permissions/actor';
import { assertEnterpriseVisible, findEnterpriseByCreditCode } from '../enterprises/enterprises.public';
import { createCultivationService } from './cultivation.service';
import { createLiaisonService } from './liaisons.service';
import { chinaToday, countProblems, listOverdue, listProblems } from './problems.read-model';
import { createEnterpriseProblemService } from './problems.service';

const tags = ['enterprise-service'];
const base = '/api/enterprise-service';
const one = `${base}/problems/:id`;
const okSchema = z.object({ ok: z.literal(true) });

/** 企业服务: thin routes — validate, authorise (config.access), call the use case or read model. */
export function enterpriseServiceRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const problems = createEnterpriseProblemService(deps);
  const liaisons = createLiaisonService(deps);
  const cultivation = createCultivationService(deps);
  const today = () => chinaToday(deps.clock.now());

  r.get(`${base}/problems`, {
    config: { access: 'enterprise_service.read' },
    schema: { tags, querystring: enterpriseProblemListQuerySchema, response: { 200: enterpriseProblemListSchema } },
  }, (req) => listProblems(deps.db, requireActor(req.ctx), today(), req.query));

  r.get(`${base}/problems/overdue`, {
    config: { access: 'enterprise_service.read' },
    schema: { tags, querystring: enterpriseProblemOverdueQuerySchema, response: { 200: enterpriseProblemListSchema } },
  }, (req) => listOverdue(deps.db, requireActor(req.ctx), today(), req.query));

  r.get(`${base}/problems/counts`, {
    config: { access: 'enterprise_service.read' },
    schema: { tags, querystring: enterpriseProblemCountsQuerySchema, response: { 200: enterpriseProblemCountsSchema } },
  }, (req) => {
    const t = today();
    return countProblems(deps.db, requireActor(req.ctx), t, req.query.from ?? `${t.slice(0, 4)}-01-01`, req.query.to ?? t);
  });

  r.post(`${base}/problems`, {
    config: { access: 'enterprise_problem.raise' },
    schema: { tags, body: raiseEnterpriseProblemSchema, response: { 201: enterpriseProblemSchema } },
  }, async (req, reply) => reply.status(201).send(await problems.raise(req.ctx, req.body)));

  r.get(one, {
    config: { access: 'enterprise_service.read' },
    schema: { tags, params: idParamsSchema, response: { 200: enterpriseProblemSchema } },
  }, (req) => problems.get(req.ctx, req.params.id));

  r.post(`${one}/acknowledge`, {
    config: { access: 'enterprise_problem.handle' },
    schema: { tags, params: idParamsSchema, body: enterpriseProblemMoveSchema, response: { 200: enterpriseProblemSchema } },
  }, (req) => problems.move(req.ctx, req.params.id, 'acknowledge', req.body));
  r.post(`${one}/answer`, {
    config: { access: 'enterprise_problem.handle' },
    schema: { tags, params: idParamsSchema, body: enterpriseProblemTextMoveSchema, response: { 200: enterpriseProblemSchema } },
  }, (req) => problems.move(req.ctx, req.params.id, 'answer', req.body));
  r.post(`${one}/confirm`, {
    config: { access: 'enterprise_problem.raise' },
    schema: { tags, params: idParamsSchema, body: confirmEnterpriseProblemSchema, response: { 200: enterpriseProblemSchema } },
  }, (req) => problems.move(req.ctx, req.params.id, 'confirm', req.body));
  r.post(`${one}/reopen`, {
    config: { access: 'enterprise_problem.raise' },
    schema: { tags, params: idParamsSchema, body: reopenEnterpriseProblemSchema, response: { 200: enterpriseProblemSchema } },
  }, (req) => problems.move(req.ctx, req.params.id, 'reopen', req.body));
  for (const action of ['supervise', 'close'] as const) {
    r.post(`${one}/${action}`, {
      config: { access: 'enterprise_problem.supervise' },
      schema: { tags, params: idParamsSchema, body: enterpriseProblemTextMoveSchema, response: { 200: enterpriseProblemSchema } },
    }, (req) => problems.move(req.ctx, req.params.id, action, req.body));
  }

  r.get(`${base}/departments`, {
    config: { access: 'enterprise_service.read' },
    schema: { tags, response: { 200: enterpriseServiceDepartmentsSchema } },
  }, async (req) => {
    // The departments of the reader's city (the city among the reader's organisation and its ancestors).
    const actor = requireActor(req.ctx);
    const ids = actor.organisationPath.split('/').filter(Boolean).map(Number);
    const city = await deps.db.selectFrom('organisations').select('path').where('id', 'in', ids).where('kind', '=', 'city').executeTakeFirst();
    if (!city) return { items: [] };
    return { items: await deps.db.selectFrom('organisations').select(['id', 'name']).where('kind', '=', 'department').where('path', 'like', `${city.path}%`).orderBy('code').limit(500).execute() };
  });

  r.get(`${base}/enterprises/by-code/:code`, {
    config: { access: 'enterprise_service.read' },
    schema: { tags, params: z.strictObject({ code: z.string().max(40) }), response: { 200: enterpriseServiceEnterprisesSchema } },
  }, async (req) => {
    const found = await findEnterpriseByCreditCode(deps.db, req.params.code);
    if (!found) throw notFound();
    const e = await assertEnterpriseVisible(req.ctx, deps.db, found.id);
    return { items: [{ id: e.id, name: e.name, creditCode: e.creditCode, districtName: e.organisationName }] };
  });

  r.get(`${base}/liaisons`, {
    config: { access: 'enterprise_service.read' },
    schema: { tags, querystring: liaisonBoardQuerySchema, response: { 200: liaisonBoardSchema } },
  }, (req) => liaisons.board(req.ctx, req.query));
  r.put(`${base}/liaisons`, {
    config: { access: 'enterprise_service.manage' },
    schema: { tags, body: setLiaisonSchema, response: { 200: okSchema } },
  }, async (req) => {
    await liaisons.setLiaison(req.ctx, req.body);
    return { ok: true as const };
  });
  r.get(`${base}/cadres`, {
    config: { access: 'enterprise_service.manage' },
    schema: { tags, querystring: liaisonCadresQuerySchema, response: { 200: liaisonCadresSchema } },
  }, (req) => liaisons.cadres(req.ctx, req.query.enterpriseId));
  r.post(`${base}/visits`, {
    config: { access: 'enterprise_service.manage' },
    schema: { tags, body: recordVisitSchema, response: { 201: visitSchema } },
  }, async (req, reply) => reply.status(201).send(await liaisons.recordVisit(req.ctx, req.body)));

  r.get(`${base}/cultivation`, {
    config: { access: 'enterprise_service.read' },
    schema: { tags, querystring: cultivationQuerySchema, response: { 200: cultivationBoardSchema } },
  }, (req) => cultivation.board(req.ctx, req.query));
  r.put(`${base}/cultivation/candidates`, {
    config: { access: 'enterprise_service.manage' },
    schema: { tags, body: saveCandidateSchema, response: { 200: z.object({ id: z.number().int() }) } },
  }, (req) => cultivation.saveCandidate(req.ctx, req.body));
  r.post(`${base}/cultivation/candidates/:id/enter`, {
    config: { access: 'enterprise_service.manage' },
    schema: { tags, params: idParamsSchema, body: enterCandidateSchema, response: { 200: okSchema } },
  }, async (req) => {
    await cultivation.enterCandidate(req.ctx, req.params.id, req.body);
    return { ok: true as const };
  });
  r.put(`${base}/cultivation/targets`, {
    config: { access: 'cultivation_target.manage' },
    schema: { tags, body: setCultivationTargetSchema, response: { 200: okSchema } },
  }, async (req) => {
    await cultivation.setTarget(req.ctx, req.body);
    return { ok: true as const };
  });
}
