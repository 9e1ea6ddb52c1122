import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@hongtu/contracts';
import {
  portalSubmissionContactSchema, portalSubmissionListQuerySchema, portalSubmissionListSchema, portalSubmissionMoveSchema, portalSubmissionSchema,
} from '@hongtu/contracts/portal-submissions';
import type { Deps } from '../../platform/deps';
import { contentDisposition } from '../../platform/http/download';
import { createSubmissionAccounts, type SubmissionAccounts } from './portal-submissions.accounts';
import { portalSubmissionPages } from './portal-submissions.portal-routes';
import { createPortalSubmissionsReadModel } from './portal-submissions.read-model';
import { createPortalSubmissionService } from './portal-submissions.service';

const tags = ['portal-submissions'];

/** 门户来信: the staff's inbox (thin routes: validate, authorise, call the use case or read model) and the portal's pages. */
export function portalSubmissionsRoutes(app: FastifyInstance, deps: Deps, accounts: SubmissionAccounts = createSubmissionAccounts(deps)): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const model = createPortalSubmissionsReadModel(deps);
  const service = createPortalSubmissionService(deps, accounts);

  r.get('/api/portal-submissions', {
    config: { access: 'portal_submission.read' },
    schema: { tags, querystring: portalSubmissionListQuerySchema, response: { 200: portalSubmissionListSchema } },
  }, async (req) => {
    // Retention runs as the inbox is read: closed or rejected submissions past the period lose their personal data first.
    await service.eraseExpired();
    return model.list(req.ctx, req.query);
  });

  r.get('/api/portal-submissions/:id', {
    config: { access: 'portal_submission.read' },
    schema: { tags, params: idParamsSchema, response: { 200: portalSubmissionSchema } },
  }, (req) => model.get(req.ctx, req.params.id));

  // Served as a download with the type read from its bytes, never sniffed, under the inbox's permission and scope.
  r.get('/api/portal-submissions/:id/attachment', {
    config: { access: 'portal_submission.read' },
    schema: { tags, params: idParamsSchema },
  }, async (req, reply) => {
    const file = await service.attachment(req.ctx, req.params.id);
    return reply.header('content-type', file.type).header('x-content-type-options', 'nosniff')
      .header('content-disposition', contentDisposition(`attachment-${req.params.id}`, file.name)).send(file.bytes);
  });

  r.post('/api/portal-submissions/:id/status', {
    config: { access: 'portal_submission.handle' },
    schema: { tags, params: idParamsSchema, body: portalSubmissionMoveSchema, response: { 200: portalSubmissionSchema } },
  }, (req) => service.move(req.ctx, req.params.id, req.body));

  r.post('/api/portal-submissions/:id/contact', {
    config: { access: 'portal_submission.handle' },
    schema: { tags, params: idParamsSchema, response: { 200: portalSubmissionContactSchema } },
  }, (req) => service.readContact(req.ctx, req.params.id));

  r.delete('/api/portal-submissions/:id', {
    config: { access: 'portal_submission.handle' },
    schema: { tags, params: idParamsSchema },
  }, async (req, reply) => {
    await service.erase(req.ctx, req.params.id);
    return reply.code(204).send();
  });

  portalSubmissionPages(app, deps, service, model, accounts);
}
