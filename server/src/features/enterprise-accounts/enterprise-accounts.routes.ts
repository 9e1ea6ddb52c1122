import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  enterpriseAccountIdParamsSchema, enterpriseAccountItemSchema, enterpriseAccountListQuerySchema, enterpriseAccountListSchema,
  ownEnterpriseAccountSchema, rejectEnterpriseAccountSchema,
} from '@hongtu/contracts/enterprise-accounts';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { createEnterpriseAccountsReadModel } from './enterprise-accounts.read-model';
import { createEnterpriseAccountReview } from './enterprise-accounts.review';
import { enterpriseAccountOf, rememberDeps } from './enterprise-session';
import { enterpriseAccountPages } from './enterprise-accounts.pages';

const tags = ['enterprise-accounts'];

/** 企业入驻: the officers' list, confirmation and rejection; the enterprise's own JSON; its portal pages. */
export function enterpriseAccountsRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const model = createEnterpriseAccountsReadModel(deps);
  const review = createEnterpriseAccountReview(deps);
  rememberDeps(app, deps);

  r.get('/api/enterprise-accounts', {
    config: { access: 'enterprise_account.confirm' },
    schema: { tags, querystring: enterpriseAccountListQuerySchema, response: { 200: enterpriseAccountListSchema } },
  }, (req) => model.list(req.ctx, req.query.status));

  r.post('/api/enterprise-accounts/:id/confirm', {
    config: { access: 'enterprise_account.confirm' },
    schema: { tags, params: enterpriseAccountIdParamsSchema, response: { 200: enterpriseAccountItemSchema } },
  }, (req) => review.confirm(req.ctx, req.params.id));

  r.post('/api/enterprise-accounts/:id/reject', {
    config: { access: 'enterprise_account.confirm' },
    schema: { tags, params: enterpriseAccountIdParamsSchema, body: rejectEnterpriseAccountSchema, response: { 200: enterpriseAccountItemSchema } },
  }, (req) => review.reject(req.ctx, req.params.id, req.body.reason));

  // The enterprise's own account (its cookie, never a staff session: see access 'enterprise').
  r.get('/api/enterprise/account', {
    config: { access: 'enterprise' },
    schema: { tags, response: { 200: ownEnterpriseAccountSchema } },
  }, async (req) => {
    const account = await enterpriseAccountOf(req);
    if (!account) throw new AppError(401, 'UNAUTHENTICATED', {}, undefined, 'denied');
    const { sessionId: _session, ...own } = account;
    return own;
  });

  enterpriseAccountPages(app, deps);
}
