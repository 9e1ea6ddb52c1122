import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditActions, idParamsSchema } from '@hongtu/contracts';
import {
  articleActionBodySchema,
  articleListQuerySchema,
  articleListSchema,
  articlePreviewSchema,
  articleSchema,
  createArticleSchema,
  importArticleSchema,
  previewArticleSchema,
  publishArticleSchema,
  updateArticleSchema,
} from '@hongtu/contracts/portal-articles';
import type { Deps } from '../../platform/deps';
import { requireActor } from '../../platform/permissions/actor';
import { articleFromMarkdown } from './portal-articles.import';
import { renderArticleMarkdown } from './portal-articles.markdown';
import { createPortalArticlesReadModel } from './portal-articles.read-model';
import { createPortalArticleService } from './portal-articles.service';

const tags = ['portal-articles'];

/** 门户文章: thin routes — validate, authorise (config.access), call the use case or read model. */
export function portalArticlesRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const model = createPortalArticlesReadModel(deps);
  const service = createPortalArticleService(deps);

  r.get('/api/portal-articles', {
    config: { access: 'portal_article.edit' },
    schema: { tags, querystring: articleListQuerySchema, response: { 200: articleListSchema } },
  }, (req) => model.list(req.ctx, req.query));

  r.post('/api/portal-articles', {
    config: { access: 'portal_article.edit' },
    schema: { tags, body: createArticleSchema, response: { 201: articleSchema } },
  }, async (req, reply) => reply.status(201).send(await service.create(req.ctx, req.body)));

  /** One Markdown file with front matter, taken in as a draft. */
  r.post('/api/portal-articles/import', {
    config: { access: 'portal_article.edit' },
    schema: { tags, body: importArticleSchema, response: { 201: articleSchema } },
  }, async (req, reply) => {
    const fields = await articleFromMarkdown(deps.db, requireActor(req.ctx), req.body.markdown);
    return reply.status(201).send(await service.create(req.ctx, fields, AuditActions.portalArticleImport, req.body.fileName));
  });

  /** The editor's live preview: the same rendering the portal shows. */
  r.post('/api/portal-articles/preview', {
    config: { access: 'portal_article.edit' },
    schema: { tags, body: previewArticleSchema, response: { 200: articlePreviewSchema } },
  }, (req) => ({ html: renderArticleMarkdown(req.body.markdown) }));

  r.get('/api/portal-articles/:id', {
    config: { access: 'portal_article.edit' },
    schema: { tags, params: idParamsSchema, response: { 200: articleSchema } },
  }, (req) => model.detail(req.ctx, req.params.id));

  r.put('/api/portal-articles/:id', {
    config: { access: 'portal_article.edit' },
    schema: { tags, params: idParamsSchema, body: updateArticleSchema, response: { 200: articleSchema } },
  }, (req) => service.update(req.ctx, req.params.id, req.body));

  for (const action of ['submit', 'return'] as const) {
    r.post(`/api/portal-articles/:id/${action}`, {
      config: { access: 'portal_article.edit' },
      schema: { tags, params: idParamsSchema, body: articleActionBodySchema, response: { 200: articleSchema } },
    }, (req) => service.move(req.ctx, req.params.id, action, req.body.version));
  }

  r.post('/api/portal-articles/:id/publish', {
    config: { access: 'portal_article.publish' },
    schema: { tags, params: idParamsSchema, body: publishArticleSchema, response: { 200: articleSchema } },
  }, (req) => service.move(req.ctx, req.params.id, 'publish', req.body.version, req.body.publishAt));

  r.post('/api/portal-articles/:id/withdraw', {
    config: { access: 'portal_article.publish' },
    schema: { tags, params: idParamsSchema, body: articleActionBodySchema, response: { 200: articleSchema } },
  }, (req) => service.move(req.ctx, req.params.id, 'withdraw', req.body.version));
}
