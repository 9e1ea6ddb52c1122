import { PERMISSIONS, type ArticleStatus } from '@hongtu/domain';
import type { RouteCase } from '../../platform/permissions/route-case';
import { orgCode, unique } from '../../test/permission-fixtures';
import type { TestApp } from '../../test/test-app';
import { insertArticle } from './portal-articles.test-helpers';

/**
 * portal-articles routes in the permission table: "own" is an article of 武昌区, "other" one of 江岸区
 * (answered 404 like a missing one). Writing and importing name the actor's own district.
 */
const EDIT = PERMISSIONS['portal_article.edit'];
const PUBLISH = PERMISSIONS['portal_article.publish'];

const article = (status: ArticleStatus, path = '') => async (t: TestApp, target: 'own' | 'other') =>
  ({ url: `/api/portal-articles/${await insertArticle(t.database.db, await t.orgId(orgCode(target)), status)}${path}`, payload: { version: 1 } });

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/portal-articles': { allowed: EDIT, scoped: false, ok: 200, request: async () => ({ url: '/api/portal-articles?status=draft&topic=policy&q=招商' }) },
  'POST /api/portal-articles': {
    allowed: EDIT, scoped: false, ok: 201,
    request: async (t) => ({ url: '/api/portal-articles', payload: { title: '权限表文章', topic: 'policy', districtId: await t.orgId(orgCode('own')) } }),
  },
  'POST /api/portal-articles/import': {
    allowed: EDIT, scoped: false, ok: 201,
    request: async () => ({ url: '/api/portal-articles/import', payload: { markdown: `---\ntitle: 导入的文章\ndistrict: 武昌区\nslug: ${unique('import-').toLowerCase()}\n---\n正文` } }),
  },
  'POST /api/portal-articles/preview': { allowed: EDIT, scoped: false, ok: 200, request: async () => ({ url: '/api/portal-articles/preview', payload: { markdown: '**预览**' } }) },
  'GET /api/portal-articles/:id': { allowed: EDIT, scoped: true, ok: 200, request: async (t, target) => ({ url: (await article('draft')(t, target)).url }) },
  'PUT /api/portal-articles/:id': {
    allowed: EDIT, scoped: true, ok: 200,
    request: async (t, target) => ({ url: (await article('draft')(t, target)).url, payload: { title: '改后的标题', topic: 'policy', districtId: await t.orgId(orgCode(target)), version: 1 } }),
  },
  'POST /api/portal-articles/:id/submit': { allowed: EDIT, scoped: true, ok: 200, request: article('draft', '/submit') },
  'POST /api/portal-articles/:id/return': { allowed: EDIT, scoped: true, ok: 200, request: article('in_review', '/return') },
  'POST /api/portal-articles/:id/publish': { allowed: PUBLISH, scoped: true, ok: 200, request: article('in_review', '/publish') },
  'POST /api/portal-articles/:id/withdraw': { allowed: PUBLISH, scoped: true, ok: 200, request: article('published', '/withdraw') },
};
