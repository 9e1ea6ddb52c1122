import type { Article } from '@hongtu/contracts/portal-articles';
import type { ArticleStatus } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import { unique } from '../../test/permission-fixtures';
import type { TestApp } from '../../test/test-app';

/** Test support: articles written and moved through the API as a user. */
export function articleClient(t: TestApp) {
  const cookies = new Map<string, string>();
  const cookie = async (user: string) => {
    if (!cookies.has(user)) cookies.set(user, await t.login(user));
    return cookies.get(user)!;
  };
  const call = async (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: Record<string, unknown>, locale = 'zh-CN') =>
    t.app.inject({ method, url, payload, headers: { cookie: await cookie(user), 'accept-language': locale } });
  let counter = 0;
  return {
    cookie,
    call,
    /** A new draft (fields may be overridden); throws unless 201. */
    async draft(user: string, fields: Record<string, unknown> = {}): Promise<Article> {
      const response = await call(user, 'POST', '/api/portal-articles', {
        title: `测试文章 ${++counter}`, summary: '摘要', bodyMarkdown: '正文：签约项目 **12** 个。', topic: 'investment-news', districtId: null, ...fields,
      });
      if (response.statusCode !== 201) throw new Error(`draft: ${response.statusCode} ${response.body}`);
      return response.json() as Article;
    },
    /** An action on an article at its current version; returns the response. */
    async act(user: string, article: Pick<Article, 'id' | 'version'>, action: 'submit' | 'publish' | 'return' | 'withdraw', extra: Record<string, unknown> = {}) {
      return call(user, 'POST', `/api/portal-articles/${article.id}/${action}`, { version: article.version, ...extra });
    },
  };
}

/** An article stored directly (for the permission table): of a district, in a status, at version 1. */
export async function insertArticle(db: Executor, districtId: number, status: ArticleStatus = 'draft'): Promise<number> {
  const at = '2026-03-01T00:00:00.000Z';
  const row = await db.insertInto('portal_articles').values({
    slug: unique('perm-').toLowerCase(), title: '权限测试文章', summary: '', body_markdown: '正文', body_html: '<p>正文</p>\n', topic: 'investment-news',
    district_id: districtId, organisation_id: districtId, tags: '[]', cover_image_url: null, cover_image_alt: null, source: null, status,
    publish_at: null, published_at: status === 'published' ? at : null, search_text: '权限测试文章', document_id: null, demo_note: null,
    created_by: null, created_at: at, updated_by: null, updated_at: at,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
