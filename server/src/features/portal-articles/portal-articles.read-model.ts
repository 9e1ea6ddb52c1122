import type { z } from 'zod';
import type { Article, ArticleList, ArticleListItem, articleListQuerySchema } from '@hongtu/contracts/portal-articles';
import { articleActions, isArticleVisible } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import { containsText } from '../../db/like';
import type { Deps } from '../../platform/deps';
import { notFound, outOfScope } from '../../platform/errors/app-error';
import { requireActor, type Actor, type RequestContext } from '../../platform/permissions/actor';
import { toSimplified } from '../../platform/text/chinese';
import type { PortalArticlesRow } from './portal-articles.table';

type ListQuery = z.output<typeof articleListQuerySchema>;

export const parseTags = (json: string): string[] => {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
};

/** An article row with its scope path and its district's name. */
export function articleRows(db: Executor) {
  return db.selectFrom('portal_articles as a')
    .innerJoin('organisations as scope', 'scope.id', 'a.organisation_id')
    .leftJoin('organisations as d', 'd.id', 'a.district_id')
    .selectAll('a')
    .select(['scope.path as scope_path', 'd.name as district_name']);
}
export type ArticleRowWithScope = PortalArticlesRow & { scope_path: string; district_name: string | null };

/**
 * A stored article in the actor's scope, or the same 404 as a missing one (an article of another
 * district is not told to exist; the refusal is audited as a denial).
 */
export async function loadArticleInScope(db: Executor, actor: Actor, id: number): Promise<ArticleRowWithScope> {
  const row = await articleRows(db).where('a.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  if (!row.scope_path.startsWith(actor.organisationPath)) throw outOfScope();
  return row;
}

function listItemOf(row: ArticleRowWithScope, actor: Actor, nowIso: string): ArticleListItem {
  return {
    id: row.id, slug: row.slug, title: row.title, topic: row.topic, districtId: row.district_id, districtName: row.district_name,
    status: row.status, publishAt: row.publish_at, publishedAt: row.published_at,
    visible: isArticleVisible({ status: row.status, publishAt: row.published_at }, nowIso),
    version: row.version, updatedAt: row.updated_at,
    actions: articleActions(row.status, { role: actor.role, inScope: row.scope_path.startsWith(actor.organisationPath) }),
  };
}

/** The full article as the editor shows it, with every saved version. */
export async function articleView(db: Executor, actor: Actor, row: ArticleRowWithScope, nowIso: string): Promise<Article> {
  const versions = await db.selectFrom('portal_article_versions as v')
    .leftJoin('users as u', 'u.id', 'v.saved_by')
    .select(['v.version', 'v.status', 'v.title', 'v.saved_at', 'u.display_name'])
    .where('v.article_id', '=', row.id)
    .orderBy('v.version', 'desc')
    .execute();
  return {
    ...listItemOf(row, actor, nowIso),
    summary: row.summary, bodyMarkdown: row.body_markdown, bodyHtml: row.body_html, tags: parseTags(row.tags),
    coverImageUrl: row.cover_image_url, coverImageAlt: row.cover_image_alt, source: row.source,
    documentId: row.document_id, demoNote: row.demo_note, createdAt: row.created_at,
    versions: versions.map((v) => ({ version: v.version, status: v.status, title: v.title, savedAt: v.saved_at, savedByName: v.display_name })),
  };
}

/** Staff lists of 门户文章, always inside the reader's organisation subtree. */
export function createPortalArticlesReadModel({ db, clock }: Deps) {
  return {
    async list(ctx: RequestContext, query: ListQuery): Promise<ArticleList> {
      const actor = requireActor(ctx);
      let q = articleRows(db).where('scope.path', 'like', `${actor.organisationPath}%`);
      if (query.status) q = q.where('a.status', '=', query.status);
      if (query.topic) q = q.where('a.topic', '=', query.topic);
      if (query.q) q = q.where(containsText('a.search_text', toSimplified(query.q)));
      const [rows, count] = await Promise.all([
        q.orderBy('a.updated_at', 'desc').orderBy('a.id', 'desc').limit(query.pageSize).offset((query.page - 1) * query.pageSize).execute(),
        q.clearSelect().select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      const now = clock.now().toISOString();
      return { items: rows.map((r) => listItemOf(r, actor, now)), total: Number(count.n) };
    },

    async detail(ctx: RequestContext, id: number): Promise<Article> {
      const actor = requireActor(ctx);
      return articleView(db, actor, await loadArticleInScope(db, actor, id), clock.now().toISOString());
    },
  };
}
export type PortalArticlesReadModel = ReturnType<typeof createPortalArticlesReadModel>;
