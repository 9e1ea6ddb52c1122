import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@hongtu/contracts';
import {
  createPolicySchema,
  enterprisePoliciesSchema,
  policyEnterprisesQuerySchema,
  policyEnterprisesSchema,
  policyListQuerySchema,
  policyListSchema,
  policySchema,
  updatePolicySchema,
  withdrawPolicySchema,
} from '@hongtu/contracts/policies';
import type { Deps } from '../../platform/deps';
import { sendXlsx } from '../../platform/http/download';
import { policyEnterprisesWorkbook } from './policies.export';
import { createPolicyMatching } from './policies.matching';
import { chinaToday, listPolicies, loadPolicy } from './policies.read-model';
import { createPolicyService } from './policies.service';

const tags = ['policies'];

/** 政策库: thin routes — validate, authorise (config.access), call the use case or read model. */
export function policiesRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const service = createPolicyService(deps);
  const matching = createPolicyMatching(deps);
  const today = () => chinaToday(deps.clock.now());

  r.get('/api/policies', {
    config: { access: 'policy.read' },
    schema: { tags, querystring: policyListQuerySchema, response: { 200: policyListSchema } },
  }, (req) => listPolicies(deps.db, today(), req.query));

  r.post('/api/policies', {
    config: { access: 'policy.manage' },
    schema: { tags, body: createPolicySchema, response: { 201: policySchema } },
  }, async (req, reply) => reply.status(201).send(await service.create(req.ctx, req.body)));

  /** For an enterprise the reader may see: the policies it likely qualifies for. */
  r.get('/api/policies/for-enterprise/:id', {
    config: { access: 'policy.read' },
    schema: { tags, params: idParamsSchema, response: { 200: enterprisePoliciesSchema } },
  }, (req) => matching.forEnterprise(req.ctx, req.params.id));

  r.get('/api/policies/:id', {
    config: { access: 'policy.read' },
    schema: { tags, params: idParamsSchema, response: { 200: policySchema } },
  }, (req) => loadPolicy(deps.db, today(), req.params.id));

  r.put('/api/policies/:id', {
    config: { access: 'policy.manage' },
    schema: { tags, params: idParamsSchema, body: updatePolicySchema, response: { 200: policySchema } },
  }, (req) => service.update(req.ctx, req.params.id, req.body));

  r.post('/api/policies/:id/withdraw', {
    config: { access: 'policy.manage' },
    schema: { tags, params: idParamsSchema, body: withdrawPolicySchema, response: { 200: policySchema } },
  }, (req) => service.withdraw(req.ctx, req.params.id, req.body.version));

  /** For a policy: the enterprises in the reader's scope to tell, paged. */
  r.get('/api/policies/:id/enterprises', {
    config: { access: 'policy.read' },
    schema: { tags, params: idParamsSchema, querystring: policyEnterprisesQuerySchema, response: { 200: policyEnterprisesSchema } },
  }, (req) => matching.enterprises(req.ctx, req.params.id, { certainOnly: req.query.certainOnly, limit: req.query.pageSize, offset: (req.query.page - 1) * req.query.pageSize }));

  r.get('/api/policies/:id/enterprises.xlsx', {
    config: { access: 'policy.read' },
    schema: { tags, params: idParamsSchema, querystring: policyEnterprisesQuerySchema },
  }, async (req, reply) => {
    const { body, fileName, localName } = await policyEnterprisesWorkbook(deps, matching, req.ctx, req.params.id, req.query.certainOnly);
    return sendXlsx(reply, body, fileName, localName);
  });
}
