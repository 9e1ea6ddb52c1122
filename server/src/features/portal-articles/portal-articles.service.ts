// 门户文章 use cases: every write one transaction with a saved version and its audit row, the
// article's scope (its district, or the city) checked against the actor's on every one.
import { randomUUID } from 'node:crypto';
import { AuditActions, AuditEntityTypes, type AuditAction } from '@hongtu/contracts';
import type { Article, ArticleFields, UpdateArticle } from '@hongtu/contracts/portal-articles';
import { ARTICLE_ACTION_TARGET, coverImageComplete, isArticleSlug, isReportingUnit, isSafeArticleUrl, mayTakeArticleAction, type ArticleAction } from '@hongtu/domain';
import { isUniqueViolation } from '../../db/conflicts';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import { requireActor, type Actor, type RequestContext } from '../../platform/permissions/actor';
import { toSimplified } from '../../platform/text/chinese';
import { enqueueArticleDocument } from './portal-articles.jobs';
import { renderArticleMarkdown } from './portal-articles.markdown';
import { articleRows, articleView, loadArticleInScope, type ArticleRowWithScope } from './portal-articles.read-model';

/** The organisation an article belongs to: its district (a reporting unit in the actor's scope), or for a city article the actor's own city-level unit. */
async function owningOrganisation(db: Executor, actor: Actor, districtId: number | null): Promise<number> {
  const invalid = () => new AppError(422, 'PORTAL_ARTICLE_DISTRICT_INVALID', {}, [{ path: 'districtId', message: 'PORTAL_ARTICLE_DISTRICT_INVALID' }]);
  if (districtId === null) {
    const own = await db.selectFrom('organisations').select('kind').where('id', '=', actor.organisationId).executeTakeFirst();
    if (!own || isReportingUnit(own.kind)) throw invalid();
    return actor.organisationId;
  }
  const district = await db.selectFrom('organisations').select(['kind', 'path']).where('id', '=', districtId).executeTakeFirst();
  if (!district || !isReportingUnit(district.kind) || !district.path.startsWith(actor.organisationPath)) throw invalid();
  return districtId;
}

function contentColumns(fields: ArticleFields) {
  if (fields.slug !== undefined && !isArticleSlug(fields.slug)) {
    throw new AppError(422, 'PORTAL_ARTICLE_SLUG_FORMAT', {}, [{ path: 'slug', message: 'PORTAL_ARTICLE_SLUG_FORMAT' }]);
  }
  if (fields.coverImageUrl !== null && !isSafeArticleUrl(fields.coverImageUrl)) {
    throw new AppError(422, 'PORTAL_ARTICLE_UNSAFE_URL', {}, [{ path: 'coverImageUrl', message: 'PORTAL_ARTICLE_UNSAFE_URL' }]);
  }
  if (!coverImageComplete({ url: fields.coverImageUrl, alt: fields.coverImageAlt })) {
    throw new AppError(422, 'PORTAL_ARTICLE_COVER_ALT', {}, [{ path: 'coverImageAlt', message: 'PORTAL_ARTICLE_COVER_ALT' }]);
  }
  return {
    title: fields.title, summary: fields.summary, body_markdown: fields.bodyMarkdown, body_html: renderArticleMarkdown(fields.bodyMarkdown),
    topic: fields.topic, district_id: fields.districtId, tags: JSON.stringify(fields.tags),
    cover_image_url: fields.coverImageUrl, cover_image_alt: fields.coverImageAlt, source: fields.source,
    publish_at: fields.publishAt === null ? null : new Date(fields.publishAt).toISOString(),
    search_text: toSimplified([fields.title, fields.summary, ...fields.tags].join(' ')),
  };
}

async function assertSlugFree(db: Executor, slug: string, exceptId?: number) {
  let q = db.selectFrom('portal_articles').select('id').where('slug', '=', slug);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) throw new AppError(409, 'PORTAL_ARTICLE_SLUG_TAKEN', { slug }, [{ path: 'slug', message: 'PORTAL_ARTICLE_SLUG_TAKEN' }]);
}

/** Two editors taking the same address at once: the second is told so, as when it was taken before. */
const slugRace = (slug: string | undefined) => (error: unknown): never => {
  if (slug && isUniqueViolation(error)) throw new AppError(409, 'PORTAL_ARTICLE_SLUG_TAKEN', { slug }, [{ path: 'slug', message: 'PORTAL_ARTICLE_SLUG_TAKEN' }]);
  throw error;
};

async function saveVersion(trx: Executor, articleId: number, userId: number, at: string) {
  const a = await trx.selectFrom('portal_articles').selectAll().where('id', '=', articleId).executeTakeFirstOrThrow();
  await trx.insertInto('portal_article_versions').values({
    article_id: a.id, version: a.version, status: a.status, slug: a.slug, title: a.title, summary: a.summary, body_markdown: a.body_markdown,
    topic: a.topic, district_id: a.district_id, tags: a.tags, cover_image_url: a.cover_image_url, cover_image_alt: a.cover_image_alt,
    source: a.source, publish_at: a.publish_at, saved_by: userId, saved_at: at,
  }).execute();
}

/** What the audit row keeps of an article (title as typed, so a formula stays text in the export). */
const auditView = (r: Pick<ArticleRowWithScope, 'slug' | 'title' | 'topic' | 'district_id' | 'status' | 'publish_at' | 'published_at' | 'version'>) => ({
  slug: r.slug, title: r.title, topic: r.topic, districtId: r.district_id, status: r.status, publishAt: r.publish_at, publishedAt: r.published_at, version: r.version,
});

const ACTION_AUDIT: Readonly<Record<Exclude<ArticleAction, 'edit'>, AuditAction>> = {
  submit: AuditActions.portalArticleSubmit, publish: AuditActions.portalArticlePublish,
  return: AuditActions.portalArticleReturn, withdraw: AuditActions.portalArticleWithdraw,
};

export function createPortalArticleService(deps: Deps) {
  const { db, clock, audit } = deps;
  const view = async (actor: Actor, id: number) => articleView(db, actor, await loadArticleInScope(db, actor, id), clock.now().toISOString());
  const refuse = () => new AppError(409, 'PORTAL_ARTICLE_ACTION_NOT_ALLOWED');

  async function create(ctx: RequestContext, fields: ArticleFields, action: AuditAction = AuditActions.portalArticleCreate, origin?: string): Promise<Article> {
    const actor = requireActor(ctx);
    const id = await db.transaction().execute(async (trx) => {
      const columns = contentColumns(fields);
      const organisationId = await owningOrganisation(trx, actor, fields.districtId);
      if (fields.slug) await assertSlugFree(trx, fields.slug);
      const at = clock.now().toISOString();
      const row = await trx.insertInto('portal_articles').values({
        ...columns, slug: fields.slug ?? `new-${randomUUID()}`, organisation_id: organisationId, status: 'draft',
        published_at: null, document_id: null, demo_note: null, created_by: actor.userId, created_at: at, updated_by: actor.userId, updated_at: at,
      }).returning('id').executeTakeFirstOrThrow();
      // Without an address of its own, the article is known by its number.
      if (!fields.slug) await trx.updateTable('portal_articles').set({ slug: `article-${row.id}` }).where('id', '=', row.id).execute();
      await saveVersion(trx, row.id, actor.userId, at);
      const stored = await articleRows(trx).where('a.id', '=', row.id).executeTakeFirstOrThrow();
      await audit.append(trx, ctx, { action, entityType: AuditEntityTypes.portalArticle, entityId: row.id, after: { ...auditView(stored), ...(origin ? { file: origin } : {}) } });
      return row.id;
    }).catch(slugRace(fields.slug));
    return view(actor, id);
  }

  async function update(ctx: RequestContext, id: number, body: UpdateArticle): Promise<Article> {
    const actor = requireActor(ctx);
    await db.transaction().execute(async (trx) => {
      const before = await loadArticleInScope(trx, actor, id);
      if (before.version !== body.version) throw staleVersion();
      if (!mayTakeArticleAction(before.status, { role: actor.role, inScope: true }, 'edit')) throw refuse();
      const columns = contentColumns(body);
      const organisationId = await owningOrganisation(trx, actor, body.districtId);
      if (body.slug) await assertSlugFree(trx, body.slug, id);
      const at = clock.now().toISOString();
      const result = await trx.updateTable('portal_articles')
        .set({ ...columns, slug: body.slug ?? before.slug, organisation_id: organisationId, version: before.version + 1, updated_by: actor.userId, updated_at: at })
        .where('id', '=', id).where('version', '=', body.version).executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
      await saveVersion(trx, id, actor.userId, at);
      const after = await articleRows(trx).where('a.id', '=', id).executeTakeFirstOrThrow();
      await audit.append(trx, ctx, { action: AuditActions.portalArticleUpdate, entityType: AuditEntityTypes.portalArticle, entityId: id, before: auditView(before), after: auditView(after) });
    }).catch(slugRace(body.slug));
    return view(actor, id);
  }

  /**
   * submit / publish / return / withdraw. Publishing sets the time the public sees it from: the time
   * asked for now, else the article's own publishAt, else this moment (the app's clock). Once the
   * publish is committed the article is queued to be taken in as a document; a failure to queue is
   * logged and never undoes the publish.
   */
  async function move(ctx: RequestContext, id: number, action: Exclude<ArticleAction, 'edit'>, version: number, publishAt?: string | null): Promise<Article> {
    const actor = requireActor(ctx);
    const visibleFrom = await db.transaction().execute(async (trx) => {
      const before = await loadArticleInScope(trx, actor, id);
      if (before.version !== version) throw staleVersion();
      if (!mayTakeArticleAction(before.status, { role: actor.role, inScope: true }, action)) throw refuse();
      const at = clock.now().toISOString();
      const scheduled = publishAt === undefined || publishAt === null ? before.publish_at : new Date(publishAt).toISOString();
      const publishColumns = action === 'publish' ? { publish_at: scheduled, published_at: scheduled ?? at }
        : action === 'return' ? { published_at: null } : {};
      const result = await trx.updateTable('portal_articles')
        .set({ status: ARTICLE_ACTION_TARGET[action], ...publishColumns, version: before.version + 1, updated_by: actor.userId, updated_at: at })
        .where('id', '=', id).where('version', '=', version).executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
      await saveVersion(trx, id, actor.userId, at);
      const after = await articleRows(trx).where('a.id', '=', id).executeTakeFirstOrThrow();
      await audit.append(trx, ctx, { action: ACTION_AUDIT[action], entityType: AuditEntityTypes.portalArticle, entityId: id, before: auditView(before), after: auditView(after) });
      return after.published_at;
    });
    if (action === 'publish' && visibleFrom) await enqueueArticleDocument(deps, ctx, id, new Date(visibleFrom));
    return view(actor, id);
  }

  return { create, update, move };
}
export type PortalArticleService = ReturnType<typeof createPortalArticleService>;
