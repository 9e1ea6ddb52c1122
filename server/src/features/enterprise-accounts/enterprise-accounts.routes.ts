import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { enterpriseAccountsListSchema } from '@hongtu/contracts/enterprise-accounts';
import type { Deps } from '../../platform/deps';
import { createEnterpriseAccountsReadModel } from './enterprise-accounts.read-model';

const tags = ['enterprise-accounts'];

/** 企业账户: thin routes — validate, authorise (config.access), call the use case or read model. */
export function enterpriseAccountsRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const model = createEnterpriseAccountsReadModel(deps);

  r.get('/api/enterprise-accounts', {
    config: { access: 'organisation.read' },
    schema: { tags, response: { 200: enterpriseAccountsListSchema } },
  }, (req) => model.list(req.ctx));
}
