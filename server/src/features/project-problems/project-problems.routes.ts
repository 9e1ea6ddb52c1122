import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@hongtu/contracts';
import {
  assignProblemSchema,
  problemActionSchema,
  problemDepartmentsSchema,
  problemDispatchQuerySchema,
  problemDispatchSchema,
  problemListQuerySchema,
  problemListSchema,
  problemSchema,
  problemTextActionSchema,
  raiseProblemSchema,
  superviseProblemSchema,
} from '@hongtu/contracts/project-problems';
import type { Deps } from '../../platform/deps';
import { sendXlsx } from '../../platform/http/download';
import { requireActor } from '../../platform/permissions/actor';
import { createProblemDispatch } from './problem-dispatch';
import { chinaToday, listProblems } from './project-problems.read-model';
import { createProjectProblemService } from './project-problems.service';

const tags = ['project-problems'];
const one = '/api/project-problems/:id';

/** 项目问题: thin routes — validate, authorise (config.access), call the use case or read model. */
export function projectProblemsRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const problems = createProjectProblemService(deps);
  const dispatch = createProblemDispatch(deps);

  r.get('/api/project-problems', {
    config: { access: 'problem.read' },
    schema: { tags, querystring: problemListQuerySchema, response: { 200: problemListSchema } },
  }, (req) => listProblems(deps.db, requireActor(req.ctx), chinaToday(deps.clock.now()), req.query));

  r.post('/api/project-problems', {
    config: { access: 'problem.raise' },
    schema: { tags, body: raiseProblemSchema, response: { 201: problemSchema } },
  }, async (req, reply) => reply.status(201).send(await problems.raise(req.ctx, req.body)));

  r.get('/api/project-problems/departments', {
    config: { access: 'problem.read' },
    schema: { tags, response: { 200: problemDepartmentsSchema } },
  }, async () => ({
    items: await deps.db.selectFrom('organisations').select(['id', 'name']).where('kind', '=', 'department').orderBy('code').limit(500).execute(),
  }));

  r.get('/api/project-problems/dispatch', {
    config: { access: 'problem.read' },
    schema: { tags, querystring: problemDispatchQuerySchema, response: { 200: problemDispatchSchema } },
  }, (req) => dispatch.dispatch(req.ctx, req.query));

  r.get('/api/project-problems/dispatch.xlsx', {
    config: { access: 'problem.read' },
    schema: { tags, querystring: problemDispatchQuerySchema },
  }, async (req, reply) => {
    const { body, fileName, localName } = await dispatch.workbook(req.ctx, req.query);
    return sendXlsx(reply, body, fileName, localName);
  });

  r.get(one, {
    config: { access: 'problem.read' },
    schema: { tags, params: idParamsSchema, response: { 200: problemSchema } },
  }, (req) => problems.get(req.ctx, req.params.id));

  for (const action of ['answer', 'decline', 'reopen'] as const) {
    r.post(`${one}/${action}`, {
      config: { access: action === 'reopen' ? 'problem.raise' : 'problem.answer' },
      schema: { tags, params: idParamsSchema, body: problemTextActionSchema, response: { 200: problemSchema } },
    }, (req) => problems.move(req.ctx, req.params.id, action, req.body));
  }

  r.post(`${one}/close`, {
    config: { access: 'problem.raise' },
    schema: { tags, params: idParamsSchema, body: problemActionSchema, response: { 200: problemSchema } },
  }, (req) => problems.move(req.ctx, req.params.id, 'close', req.body));

  r.post(`${one}/assign`, {
    config: { access: 'problem.dispatch' },
    schema: { tags, params: idParamsSchema, body: assignProblemSchema, response: { 200: problemSchema } },
  }, (req) => problems.move(req.ctx, req.params.id, 'assign', req.body));

  r.post(`${one}/supervise`, {
    config: { access: 'problem.dispatch' },
    schema: { tags, params: idParamsSchema, body: superviseProblemSchema, response: { 200: problemSchema } },
  }, (req) => problems.move(req.ctx, req.params.id, 'supervise', req.body));
}
